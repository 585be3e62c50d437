import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAST_DAY } from '../../src/core/dates.ts';
import { eta, fitTrend, heading, isFlat, outlook, valueAt, type Reading, type Trend } from '../../src/core/forecast.ts';
import { problem, value } from '../support/result.ts';
import { day, RETAIL, RETAIL_ETA, RETAIL_FORECAST_AT_DUE, RETAIL_READINGS, RETAIL_TREND_PER_DAY } from '../fixtures/examples.ts';

const retail: Reading[] = RETAIL_READINGS.map((r) => ({ day: day(r.date), value: r.value }));
const at = (iso: string, v: number): Reading => ({ day: day(iso), value: v });

describe('fitTrend: least squares b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², a = ȳ − b·x̄', () => {
  it('retail readings rise 6,000 every 15 days: 400 a day', () => {
    const line = value(fitTrend(retail));
    expect(line.slope).toBeCloseTo(RETAIL_TREND_PER_DAY, 9);
    expect(valueAt(line, day('2026-01-01'))).toBeCloseTo(502_000, 4);
  });

  it('scattered readings: days 0, 1, 2 with 1, 3, 2 → x̄ 1, ȳ 2, b = (−1·−1 + 0 + 1·0) / 2 = 0.5', () => {
    const line = value(fitTrend([at('2026-01-01', 1), at('2026-01-02', 3), at('2026-01-03', 2)]));
    expect(line.slope).toBe(0.5);
    // a = ȳ − b·x̄ at day 0 = Jan 1: 2 − 0.5 = 1.5
    expect(valueAt(line, day('2026-01-01'))).toBeCloseTo(1.5, 6);
  });

  it('a falling KPI has a negative slope: wait time 40, 38, 36 on Jan 1, Feb 1, Mar 4 (31 days apart)', () => {
    const line = value(fitTrend([at('2026-01-01', 40), at('2026-02-01', 38), at('2026-03-04', 36)]));
    expect(line.slope).toBeCloseTo(-2 / 31, 12);
  });

  it('order of readings does not matter', () => {
    expect(value(fitTrend([...retail].reverse())).slope).toBeCloseTo(RETAIL_TREND_PER_DAY, 9);
  });

  it.each<[string, Reading[], string, string]>([
    ['no readings', [], 'too-few-readings', 'only 0 dated reading(s): a trend needs at least two'],
    ['one reading', [at('2026-01-01', 5)], 'too-few-readings', 'only 1 dated reading(s): a trend needs at least two'],
    ['every reading on one day', [at('2026-01-01', 5), at('2026-01-01', 6)], 'readings-same-day', 'every reading has the same date: a trend needs readings on at least two different days'],
  ])('refuses %s', (_n, readings, code, text) => {
    expect(problem(fitTrend(readings))).toEqual({ code, text });
  });
});

describe('valueAt: the forecast', () => {
  it('retail at its due date Mar 31 (day 89): 502,000 + 400 × 89 = 537,600, short of 550,000', () => {
    const f = valueAt(value(fitTrend(retail)), day(RETAIL.due));
    expect(f).toBeCloseTo(RETAIL_FORECAST_AT_DUE, 4);
    expect(f).toBeLessThan(RETAIL.target);
  });
});

/** GOAL_ETA's reading of a fitted series. */
const etaDay = (readings: readonly Reading[], target: number, asOf?: number) => eta(value(fitTrend(readings)), readings, target, asOf);

describe('eta: the first whole day the line reaches the target', () => {
  const line = retail;

  it('retail reaches 550,000 on May 1: 48,000 / 400 = 120 days after Jan 1', () => {
    expect(value(etaDay(line, 550_000))).toBe(day(RETAIL_ETA));
  });

  it('a crossing inside a day rounds up to the next whole day: 550,100 is 120.25 days → May 2', () => {
    expect(value(etaDay(line, 550_100))).toBe(day('2026-05-02'));
  });

  it('a target the line is at on the latest day is reached that day', () => {
    expect(value(etaDay(line, 520_000))).toBe(day('2026-02-15'));
  });

  it('a falling KPI reaches a lower target: 40 → 36 over 62 days, 32 is 62 more days after Mar 4 → May 5', () => {
    const falling = [at('2026-01-01', 40), at('2026-02-01', 38), at('2026-03-04', 36)];
    expect(value(etaDay(falling, 32))).toBe(day('2026-05-05'));
  });

  it('a flat trend never reaches another value: it says Flat', () => {
    expect(value(etaDay([at('2026-01-01', 5), at('2026-01-02', 5)], 6))).toBe('Flat');
  });

  it('regression: a nearly flat trend gave a day past 9999-12-31 (GOAL_ETA showed "Invalid time value")', () => {
    // 0.001 a day: 1e6 − 100 is about 1e9 days away, far past serial 2,958,465 (9999-12-31).
    const slow = [at('2026-01-01', 100), at('2026-01-02', 100.001)];
    expect(problem(etaDay(slow, 1e6))).toEqual({
      code: 'eta-beyond-calendar',
      text: 'the trend is too slow to reach target 1000000 before 9999-12-31, the last date a sheet holds',
    });
    // 10,000 is 9,900,000 days on: also past the calendar. 101 is 1,000 days on: fine.
    expect(problem(etaDay(slow, 10_000)).code).toBe('eta-beyond-calendar');
    expect(value(etaDay(slow, 101))).toBe(day('2026-01-01') + 1000);
  });

  it('a target behind the first reading, with the line rising away from it, says Moving away: wait 40 → 42 toward 32', () => {
    // 32 is below the first reading (40): the way to it is down, and the line rises 2/31 a day.
    expect(value(etaDay([at('2026-01-01', 40), at('2026-02-01', 42)], 32))).toBe('Moving away');
  });

  it('a target the latest reading already passed gives the day of the reading from which they stayed past it (retail 510,000: Jan 31, 514,000)', () => {
    // Up from 502,000: 520,000 (Feb 15) and 514,000 (Jan 31) are at or above 510,000; 508,000 (Jan 16) is not.
    expect(value(etaDay(line, 510_000))).toBe(day('2026-01-31'));
  });

  it('regression: readings 0.3, 0.1 + 0.2, 0.3 gave an ETA of 2019-03-26; float noise is flat', () => {
    // 0.1 + 0.2 = 0.30000000000000004: slope ≈ 2e-18 a day, |slope × 2 days| ≤ 1e-12 × 0.3.
    const noisy = [at('2026-01-01', 0.3), at('2026-01-02', 0.1 + 0.2), at('2026-01-03', 0.3)];
    expect(isFlat(value(fitTrend(noisy)))).toBe(true);
    expect(value(etaDay(noisy, 0.5))).toBe('Flat');
  });

  it('a slow but real trend is not flat: 100 → 100.001 in a day', () => {
    expect(isFlat(value(fitTrend([at('2026-01-01', 100), at('2026-01-02', 100.001)])))).toBe(false);
  });
});

describe('regression: a thousand readings of ±1e300 overflowed the least-squares sums (KPI_TREND "too large", GOAL_ETA "too slow", GOAL_OUTLOOK "Misses by due" for a line that reaches)', () => {
  // Falling from 1e300 on day 46,000 to -9e299 a million days later, 500 readings at each end.
  const falling: Reading[] = Array.from({ length: 1000 }, (_, i) => (i % 2 ? { day: 1_046_000, value: -9e299 } : { day: 46_000, value: 1e300 }));

  it('fits the line: -1.9e300 over a million days', () => {
    const line = value(fitTrend(falling));
    expect(line.slope).toBeCloseTo(-1.9e294, -285);
    expect(valueAt(line, 46_000)).toBeCloseTo(1e300, -290);
  });

  it('reaches -1e300 about 52,632 days after the last reading', () => {
    expect(value(etaDay(falling, -1e300))).toBe(1_046_000 + Math.ceil(1e299 / 1.9e294));
    expect(outlook(falling, -1e300, LAST_DAY, -1).label).toBe('Reaches by');
  });

  it('every fit that did not overflow is unchanged, bit for bit (the values are scaled by a power of two); ȳ to within a unit in the last place of the largest value', () => {
    const plain = (rs: readonly Reading[]) => {
      const mx = rs.reduce((a, r) => a + r.day, 0) / rs.length;
      const my = rs.reduce((a, r) => a + r.value, 0) / rs.length;
      const sxy = rs.reduce((a, r) => a + (r.day - mx) * (r.value - my), 0);
      const sxx = rs.reduce((a, r) => a + (r.day - mx) ** 2, 0);
      return { slope: sxy / sxx, meanDay: mx, meanValue: my };
    };
    const reading = fc.record({ day: fc.integer({ min: 0, max: LAST_DAY }), value: fc.double({ min: -1e12, max: 1e12, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(reading, { minLength: 2, maxLength: 20 }), (rs) => {
        const fit = fitTrend(rs);
        // A flat fit has its slope set to 0 (fitTrend's flatness rule), which the plain sums do not know.
        if (!fit.ok || isFlat(fit.value)) return;
        const p = plain(rs);
        expect({ slope: fit.value.slope, meanDay: fit.value.meanDay }).toEqual({ slope: p.slope, meanDay: p.meanDay });
        // Scaled sums lose what lies below the scale's last bit (5e-324 beside 1e12): noise the line never shows.
        expect(Math.abs(fit.value.meanValue - p.meanValue)).toBeLessThanOrEqual(Number.EPSILON * fit.value.scale);
      }),
    );
  });
});
