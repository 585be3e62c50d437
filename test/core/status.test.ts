import { describe, expect, it } from 'vitest';
import { describe as describeProblem } from '../../src/core/result.ts';
import { checkBands, DEFAULT_BANDS, EARLY_WINDOW, goalStatus, type Bands, type StatusInput, type StatusLabel, type StatusRule } from '../../src/core/status.ts';
import { day, EXAMPLES, RETAIL, statusInputOf } from '../fixtures/examples.ts';

/** Retail's quarter (2026-01-01 → 2026-03-31, 89 days), B = 500,000, T = 550,000, as of Feb 15, unless overridden. */
function input(o: Partial<StatusInput> = {}): StatusInput {
  return statusInputOf(RETAIL, o);
}

function reading(i: StatusInput) {
  const r = goalStatus(i);
  if (!r.ok) throw new Error(`expected a status, got ${describeProblem(r.problem)}`);
  return r.value;
}

const statusOf = (o: Partial<StatusInput>): StatusLabel => reading(input(o)).status;

/** A 10-day window, B = 0, T = 100, as of day 5: E = 0.5 exactly, so r = 2p = C / 50. */
const TEN_DAYS = { baseline: 0, target: 100, start: day('2026-01-01'), due: day('2026-01-11'), asOf: day('2026-01-06') } as const;

describe('goalStatus: the four worked examples', () => {
  it.each(EXAMPLES.map((e) => [e.field, e.status, e] as const))('%s is %s (worked by hand)', (_f, _s, e) => {
    const r = reading(statusInputOf(e));
    expect(r.status).toBe(e.status);
    expect(r.kind).toBe(e.kind);
    expect(r.progress).toBeCloseTo(e.progress, 10);
    expect(r.expected).toBeCloseTo(e.expected, 12);
  });

  it('retail: p 0.4 against E 45/89 = 0.506 gives pace 0.79 (At risk)', () => {
    const r = reading(input());
    expect(r.expected).toBeCloseTo(0.5056, 4);
    expect(r.ratio).toBeCloseTo(0.7911, 4);
    expect(r.rule).toBe('pace');
  });
});

describe('goalStatus: precedence (first match wins)', () => {
  it.each<[string, Partial<StatusInput>, StatusLabel, StatusRule]>([
    ['no current value → No data, even mid-window', { current: undefined }, 'No data', 'no-data'],
    ['no current value → No data, even after due (No data beats Missed)', { current: undefined, asOf: day('2026-05-01') }, 'No data', 'no-data'],
    ['no current value → No data, even before start', { current: undefined, asOf: day('2025-12-01') }, 'No data', 'no-data'],
    ['p = 1 mid-window → Achieved', { current: 550_000 }, 'Achieved', 'achieved'],
    ['p = 1.2 before start → Achieved (Achieved beats Not started)', { current: 560_000, asOf: day('2025-12-01') }, 'Achieved', 'achieved'],
    ['p = 1 after due → Achieved (Achieved beats Missed)', { current: 550_000, asOf: day('2026-06-30') }, 'Achieved', 'achieved'],
    ['as of the day before start, p = 0.4 → Not started', { asOf: day('2025-12-31') }, 'Not started', 'not-started'],
    ['as of before start with negative progress → Not started, not Off track', { current: 400_000, asOf: day('2025-12-31') }, 'Not started', 'not-started'],
    ['as of the day after due, p = 0.4 → Missed', { asOf: day('2026-04-01') }, 'Missed', 'missed'],
    ['as of after due, p = 0.99 → Missed', { current: 549_500, asOf: day('2026-04-01') }, 'Missed', 'missed'],
    ['as of the due day itself is still in the window: p = 0.95, E = 1 → On track', { current: 547_500, asOf: day('2026-03-31') }, 'On track', 'pace'],
    ['as of the due day, p = 0.4, E = 1 → r = 0.4 → Off track (not yet Missed)', { asOf: day('2026-03-31') }, 'Off track', 'pace'],
  ])('%s', (_name, o, status, rule) => {
    const r = reading(input(o));
    expect(r.status).toBe(status);
    expect(r.rule).toBe(rule);
  });
});

describe('goalStatus: pace bands on r = p / E (defaults 0.9 and 0.7)', () => {
  it.each<[string, number, StatusLabel]>([
    ['C = 60: p 0.6 / E 0.5 = 1.2 → On track', 60, 'On track'],
    ['C = 46: r = 0.92 → On track', 46, 'On track'],
    ['C = 45: r = 0.9 exactly → On track (the band is inclusive)', 45, 'On track'],
    ['C = 44: r = 0.88 → At risk', 44, 'At risk'],
    ['C = 35: r = 0.7 exactly → At risk (inclusive)', 35, 'At risk'],
    ['C = 34: r = 0.68 → Off track', 34, 'Off track'],
    ['C = −10: p −0.1, r = −0.2 → Off track', -10, 'Off track'],
  ])('%s', (_name, current, status) => {
    const r = reading(input({ ...TEN_DAYS, current }));
    expect(r.expected).toBe(0.5);
    expect(r.ratio).toBeCloseTo(current / 50, 12);
    expect(r.status).toBe(status);
  });

  it('a decrease goal paces the same way: healthcare 40 → 32 at 36 is On track (r = 1.006)', () => {
    const r = reading(input({ baseline: 40, target: 32, current: 36, start: day('2026-01-01'), due: day('2026-07-01'), asOf: day('2026-04-01') }));
    expect(r.ratio).toBeCloseTo(90.5 / 90, 10);
    expect(r.status).toBe('On track');
  });

  it('a decrease goal moving the wrong way is Off track: 40 → 32, now 41 (p = −0.125)', () => {
    expect(statusOf({ baseline: 40, target: 32, current: 41, start: day('2026-01-01'), due: day('2026-07-01'), asOf: day('2026-04-01') })).toBe('Off track');
  });
});

describe('goalStatus: the start day (E = 0)', () => {
  it.each<[string, number, StatusLabel]>([
    ['at baseline (p = 0) → On track', 500_000, 'On track'],
    ['above baseline (p = 0.4) → On track', 520_000, 'On track'],
    ['below baseline (p = −0.2) → At risk, never Off track', 490_000, 'At risk'],
  ])('%s', (_name, current, status) => {
    const r = reading(input({ current, asOf: day(RETAIL.start) }));
    expect(r.expected).toBe(0);
    expect(r.status).toBe(status);
    expect(r.rule).toBe('start-day');
    expect(r.ratio).toBeUndefined();
  });
});

describe('goalStatus: early-window guard (no Off track while E < 0.1)', () => {
  // A 100-day window: 2026-01-01 → 2026-04-11 (31 + 28 + 31 + 10), B = 0, T = 100.
  const window = { baseline: 0, target: 100, start: day('2026-01-01'), due: day('2026-04-11') } as const;

  it('the guard threshold is 10% of the window', () => {
    expect(EARLY_WINDOW).toBe(0.1);
  });

  it.each<[string, string, number, StatusLabel, StatusRule]>([
    ['day 9 (E 0.09), p 0.01: r 0.11 would be Off track → At risk', '2026-01-10', 1, 'At risk', 'early-guard'],
    ['day 1 (E 0.01), p −0.05: r −5 would be Off track → At risk', '2026-01-02', -5, 'At risk', 'early-guard'],
    ['day 10 (E 0.1, guard over), p 0.01: r 0.1 → Off track', '2026-01-11', 1, 'Off track', 'pace'],
    ['day 9, p 0.09: r 1 → On track (the guard only softens Off track)', '2026-01-10', 9, 'On track', 'pace'],
    ['day 9, p 0.07: r 0.78 → At risk by the bands, not by the guard', '2026-01-10', 7, 'At risk', 'pace'],
  ])('%s', (_name, asOf, current, status, rule) => {
    const r = reading(input({ ...window, current, asOf: day(asOf) }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe(rule);
  });
});

describe('goalStatus: custom bands', () => {
  it.each<[string, Bands, number, StatusLabel]>([
    ['Cascade 0.95 / 0.85: r = 0.92 → At risk (On track by default)', { onTrack: 0.95, atRisk: 0.85 }, 46, 'At risk'],
    ['Cascade 0.95 / 0.85: r = 0.8 → Off track (At risk by default)', { onTrack: 0.95, atRisk: 0.85 }, 40, 'Off track'],
    ['UpRaise 0.95 / 0.75: r = 0.76 → At risk', { onTrack: 0.95, atRisk: 0.75 }, 38, 'At risk'],
    ['Recruiterflow 0.99 / 0.81: r = 0.98 → At risk', { onTrack: 0.99, atRisk: 0.81 }, 49, 'At risk'],
    ['Recruiterflow 0.99 / 0.81: r = 0.8 → Off track', { onTrack: 0.99, atRisk: 0.81 }, 40, 'Off track'],
    ['equal bands 0.8 / 0.8: r = 0.8 → On track', { onTrack: 0.8, atRisk: 0.8 }, 40, 'On track'],
    ['equal bands 0.8 / 0.8: r = 0.78 → Off track', { onTrack: 0.8, atRisk: 0.8 }, 39, 'Off track'],
  ])('%s', (_name, bands, current, status) => {
    expect(statusOf({ ...TEN_DAYS, current, bands })).toBe(status);
  });

  it('retail (r = 0.79) is Off track under Cascade but At risk under UpRaise', () => {
    expect(statusOf({ bands: { onTrack: 0.95, atRisk: 0.85 } })).toBe('Off track');
    expect(statusOf({ bands: { onTrack: 0.95, atRisk: 0.75 } })).toBe('At risk');
  });
});

describe('goalStatus: held kinds (at least, at most, within range) hold a level; without a baseline on the wrong side a shortfall is a breach', () => {
  const q = { start: day('2026-01-01'), due: day('2026-03-31') } as const;
  it.each<[string, Partial<StatusInput>, StatusLabel, StatusRule]>([
    ['at least 100, now 120, mid-window → On track', { kind: 'at least', baseline: undefined, target: 100, current: 120, asOf: day('2026-02-15') }, 'On track', 'holding'],
    ['at least 100, now 120, on the due day → Achieved', { kind: 'at least', baseline: undefined, target: 100, current: 120, asOf: day('2026-03-31') }, 'Achieved', 'held-to-due'],
    ['at least 100, now 120, after due → Achieved', { kind: 'at least', baseline: undefined, target: 100, current: 120, asOf: day('2026-04-15') }, 'Achieved', 'held-to-due'],
    ['at least 100, now 80, mid-window → Off track', { kind: 'at least', baseline: undefined, target: 100, current: 80, asOf: day('2026-02-15') }, 'Off track', 'breached'],
    ['at least 100, now 99, on day 1 → Off track (a breach is not a pace, so no early guard)', { kind: 'at least', baseline: undefined, target: 100, current: 99, asOf: day('2026-01-02') }, 'Off track', 'breached'],
    ['at least 100, now 80, on the due day → Off track (still the last day)', { kind: 'at least', baseline: undefined, target: 100, current: 80, asOf: day('2026-03-31') }, 'Off track', 'breached'],
    ['at least 100, now 80, after due → Missed', { kind: 'at least', baseline: undefined, target: 100, current: 80, asOf: day('2026-04-01') }, 'Missed', 'breached-at-due'],
    ['at least 100, before start → Not started', { kind: 'at least', baseline: undefined, target: 100, current: 120, asOf: day('2025-12-31') }, 'Not started', 'not-started'],
    ['at least 100, blank current → No data', { kind: 'at least', baseline: undefined, target: 100, current: undefined }, 'No data', 'no-data'],
    ['at most 30, now 25, mid-window → On track', { kind: 'at most', baseline: undefined, target: 30, current: 25, asOf: day('2026-02-15') }, 'On track', 'holding'],
    ['at most 30, now 35, mid-window → Off track', { kind: 'at most', baseline: undefined, target: 30, current: 35, asOf: day('2026-02-15') }, 'Off track', 'breached'],
    ['at most 30, now 30, after due → Achieved', { kind: 'at most', baseline: undefined, target: 30, current: 30, asOf: day('2026-05-01') }, 'Achieved', 'held-to-due'],
    ['at most 30, now 35, after due → Missed', { kind: 'at most', baseline: undefined, target: 30, current: 35, asOf: day('2026-05-01') }, 'Missed', 'breached-at-due'],
    ['within 10..20, now 15, mid-window → On track', { kind: 'within range', baseline: undefined, target: 10, upper: 20, current: 15, asOf: day('2026-02-15') }, 'On track', 'holding'],
    ['within 10..20, now 25, mid-window → Off track', { kind: 'within range', baseline: undefined, target: 10, upper: 20, current: 25, asOf: day('2026-02-15') }, 'Off track', 'breached'],
    ['within 10..20, now 20, on the due day → Achieved', { kind: 'within range', baseline: undefined, target: 10, upper: 20, current: 20, asOf: day('2026-03-31') }, 'Achieved', 'held-to-due'],
    ['within 10..20, now 9, after due → Missed', { kind: 'within range', baseline: undefined, target: 10, upper: 20, current: 9, asOf: day('2026-04-01') }, 'Missed', 'breached-at-due'],
  ])('%s', (_name, o, status, rule) => {
    const r = reading(input({ ...q, ...o }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe(rule);
  });

  it('an at-least goal short of its level from a baseline below it is paced: at least 100 from 60, now 80 → 0.5 against 45/89, pace 0.99', () => {
    // Retail's quarter as of Feb 15: E = 45/89 = 0.506; r = 0.5 / 0.506 = 0.989 ≥ 0.9.
    const r = reading(input({ kind: 'at least', baseline: 60, target: 100, current: 80 }));
    expect(r.progress).toBe(0.5);
    expect(r.status).toBe('On track');
    expect(r.rule).toBe('pace');
  });
});

describe('goalStatus: milestones', () => {
  const m = { kind: 'milestone', baseline: undefined, target: 1, start: day('2026-01-01'), due: day('2026-03-31') } as const;
  it.each<[string, number, string, StatusLabel, StatusRule]>([
    ['not done, before start → Not started', 0, '2025-12-31', 'Not started', 'not-started'],
    ['not done, on the start day → On track', 0, '2026-01-01', 'On track', 'milestone-open'],
    ['not done, Mar 22: E = 80/89 = 0.899 just under 0.9 → On track', 0, '2026-03-22', 'On track', 'milestone-open'],
    ['not done, Mar 23: E = 81/89 = 0.910 ≥ 0.9 → At risk', 0, '2026-03-23', 'At risk', 'milestone-due-soon'],
    ['not done, the day before due (E = 88/89) → At risk', 0, '2026-03-30', 'At risk', 'milestone-due-soon'],
    ['not done, on the due day → At risk', 0, '2026-03-31', 'At risk', 'milestone-due-soon'],
    ['not done, after due → Missed', 0, '2026-04-01', 'Missed', 'missed'],
    ['done, before start → Achieved', 1, '2025-12-01', 'Achieved', 'achieved'],
    ['done, after due → Achieved', 1, '2026-05-01', 'Achieved', 'achieved'],
  ])('%s', (_name, current, asOf, status, rule) => {
    const r = reading(input({ ...m, current, asOf: day(asOf) }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe(rule);
  });

  it('3 of 5 steps as of Feb 15 is paced like an increase from 0 to 5: 0.6 against 45/89 = 0.506, pace 1.19 → On track', () => {
    const r = reading(input({ ...m, target: 5, current: 3 }));
    expect(r.status).toBe('On track');
    expect(r.progress).toBe(0.6);
    expect(r.rule).toBe('pace');
  });

  it('1 of 5 steps as of Feb 15: 0.2 against 0.506, pace 0.40 → Off track', () => {
    expect(reading(input({ ...m, target: 5, current: 1 })).status).toBe('Off track');
  });
});

describe('goalStatus: failures name the field and the fix', () => {
  it.each<[string, Partial<StatusInput>, string, string]>([
    ['due before start', { start: day('2026-03-31'), due: day('2026-01-01') }, 'due-before-start', 'due 2026-01-01 is before start 2026-03-31: the due date is the last day of the window, so give one on or after start'],
    ['target equals baseline, even with no current yet', { target: 500_000, current: undefined }, 'target-equals-baseline', 'target equals baseline (500000): there is nothing to move; use kind "at least" or "at most" to hold a level'],
    ['missing baseline, even with no current yet', { baseline: undefined, current: undefined }, 'missing-baseline', 'baseline is blank: an increase or decrease goal needs the starting value, or give a kind such as "at least"'],
    ['increase with a target below baseline', { kind: 'increase', target: 450_000 }, 'increase-target-below', 'kind is "increase" but target 450000 is below baseline 500000: use "decrease", or leave kind blank'],
    ['on_track of 0', { bands: { onTrack: 0, atRisk: 0.7 } }, 'band-not-positive', 'on_track 0 and at_risk 0.7 must be pace ratios above 0, such as 0.9 and 0.7'],
    ['at_risk below 0', { bands: { onTrack: 0.9, atRisk: -0.1 } }, 'band-not-positive', 'on_track 0.9 and at_risk -0.1 must be pace ratios above 0, such as 0.9 and 0.7'],
    ['bands swapped', { bands: { onTrack: 0.7, atRisk: 0.9 } }, 'bands-out-of-order', 'at_risk 0.9 is above on_track 0.7: at_risk must be the lower band (defaults 0.9 and 0.7)'],
    ['milestone current below 0', { kind: 'milestone', baseline: undefined, target: 1, current: -1 }, 'milestone-current', "current -1 is below 0: a milestone's current is TRUE/FALSE, 1/0 or the steps done"],
  ])('%s', (_name, o, code, text) => {
    const r = goalStatus(input(o));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(describeProblem(r.problem)).toBe(text);
  });
});

describe('checkBands', () => {
  it('accepts the defaults and the surveyed anchors', () => {
    for (const b of [DEFAULT_BANDS, { onTrack: 0.95, atRisk: 0.85 }, { onTrack: 0.95, atRisk: 0.75 }, { onTrack: 0.99, atRisk: 0.81 }]) {
      expect(checkBands(b)).toEqual({ ok: true, value: b });
    }
  });
  it('rejects NaN bands as not positive', () => {
    const r = checkBands({ onTrack: Number.NaN, atRisk: 0.7 });
    expect(r.ok ? undefined : r.problem.code).toBe('band-not-positive');
  });
});

describe('goalStatus: every kind is paced while it moves toward its target (goal-math.md, Status)', () => {
  const year = { start: day('2026-01-01'), due: day('2026-12-31'), asOf: day('2026-06-01') } as const;
  it.each<[string, Partial<StatusInput>, StatusLabel, StatusRule]>([
    // (34 − 48)/(30 − 48) = 0.778; E = 151/364 = 0.415; r = 1.87.
    ['regression: at most 30 from 48, 34 on 2026-06-01 read Off track; it is On track (r = 1.87)', { kind: 'at most', baseline: 48, target: 30, current: 34 }, 'On track', 'pace'],
    // (44 − 48)/(30 − 48) = 0.222; r = 0.222 / 0.415 = 0.54.
    ['at most 30 from 48, 44 on 2026-06-01: r = 0.54 → Off track', { kind: 'at most', baseline: 48, target: 30, current: 44 }, 'Off track', 'pace'],
    // (38 − 48)/(30 − 48) = 0.556; r = 1.34.
    ['at most 30 from 48, 38: r = 1.34 → On track', { kind: 'at most', baseline: 48, target: 30, current: 38 }, 'On track', 'pace'],
    // (33 − 20)/(40 − 20) = 0.65; r = 0.65 / 0.415 = 1.57.
    ['at least 40 from 20, 33: r = 1.57 → On track', { kind: 'at least', baseline: 20, target: 40, current: 33 }, 'On track', 'pace'],
    ['at least 40 from 50 (baseline already above), 33: a breach → Off track', { kind: 'at least', baseline: 50, target: 40, current: 33 }, 'Off track', 'breached'],
    // Range 4..6 from 1 (below): toward the low end, (2.5 − 1)/(4 − 1) = 0.5; r = 1.2.
    ['within 4..6 from 1, now 2.5: toward the low end, r = 1.2 → On track', { kind: 'within range', baseline: 1, target: 4, upper: 6, current: 2.5 }, 'On track', 'pace'],
    // Range 4..6 from 10 (above): toward the high end, (9.5 − 10)/(6 − 10) = 0.125; r = 0.30.
    ['within 4..6 from 10, now 9.5: toward the high end, r = 0.30 → Off track', { kind: 'within range', baseline: 10, target: 4, upper: 6, current: 9.5 }, 'Off track', 'pace'],
    ['within 4..6 from 1, overshot to 7: past the far end is a breach', { kind: 'within range', baseline: 1, target: 4, upper: 6, current: 7 }, 'Off track', 'breached'],
    ['at most 30 from 48, 34 after due → Missed', { kind: 'at most', baseline: 48, target: 30, current: 34, asOf: day('2027-01-02') }, 'Missed', 'breached-at-due'],
    ['regression: a done-or-not milestone not done the day before due read On track; it is At risk', { kind: 'milestone', baseline: undefined, target: 1, current: 0, asOf: day('2026-12-30') }, 'At risk', 'milestone-due-soon'],
    ['a done-or-not milestone given as FALSE-like 0 with a blank target settles to 1 of 1', { kind: 'milestone', baseline: undefined, target: 1, current: 1, asOf: day('2026-12-30') }, 'Achieved', 'achieved'],
  ])('%s', (_name, o, status, rule) => {
    const r = reading(input({ ...year, ...o }));
    expect(r.status).toBe(status);
    expect(r.rule).toBe(rule);
  });
});

describe("goalStatus: the reading's date (E at min(reading date, as_of); Awaiting data past due)", () => {
  // Retail: 0.4 progress in Q1 2026.
  it.each<[string, string | undefined, string, StatusLabel, number]>([
    // E = 45/89 = 0.506: r = 0.79.
    ['no reading date: judged on as_of', undefined, '2026-02-15', 'At risk', 45 / 89],
    // E = 31/89 = 0.348: r = 1.15.
    ['read on Feb 1, as of Feb 15: judged on Feb 1 → On track', '2026-02-01', '2026-02-15', 'On track', 31 / 89],
    // The reading on the as-of day: the same as no date.
    ['read on the as-of day', '2026-02-15', '2026-02-15', 'At risk', 45 / 89],
    // Past due, read before due: the final reading has not come in.
    ['past due on a reading from Mar 20 → Awaiting data', '2026-03-20', '2026-04-05', 'Awaiting data', 78 / 89],
    ['past due on a reading from the due day → Missed', '2026-03-31', '2026-04-05', 'Missed', 1],
    ['past due with no reading date → Missed', undefined, '2026-04-05', 'Missed', 1],
  ])('%s', (_name, read, asOf, status, expected) => {
    const r = reading(input({ readingDay: read === undefined ? undefined : day(read), asOf: day(asOf) }));
    expect(r.status).toBe(status);
    expect(r.expected).toBeCloseTo(expected, 12);
  });

  it('a held level past due on an early reading is Awaiting data, not Achieved or Missed', () => {
    const q = { kind: 'at most', baseline: undefined, target: 30, start: day('2026-01-01'), due: day('2026-03-31'), asOf: day('2026-04-10'), readingDay: day('2026-03-01') } as const;
    expect(reading(input({ ...q, current: 25 })).status).toBe('Awaiting data');
    expect(reading(input({ ...q, current: 35 })).status).toBe('Awaiting data');
  });

  it('an achieved goal stays Achieved whatever the reading date', () => {
    expect(reading(input({ current: 560_000, readingDay: day('2026-03-01'), asOf: day('2026-05-01') })).status).toBe('Achieved');
  });

  it('a reading dated after as_of is an error naming it', () => {
    const r = goalStatus(input({ readingDay: day('2026-02-16') }));
    expect(r.ok ? undefined : describeProblem(r.problem)).toBe(
      'reading_date 2026-02-16 is after as_of 2026-02-15: a reading cannot come from the future; check the date, or move the as-of date on',
    );
  });
});

describe('goalStatus: numbers compared as people read them (12 significant digits)', () => {
  it('regression: a target of 0.35 − 20% (0.27999999999999997) and a current of 0.28 read Missed; it is Achieved', () => {
    const target = 0.35 - 0.35 * 0.2;
    expect(target).not.toBe(0.28);
    const r = reading(input({ baseline: 0.35, target, current: 0.28, asOf: day('2026-04-05') }));
    expect(r.status).toBe('Achieved');
    expect(r.progress).toBe(1);
  });
});
