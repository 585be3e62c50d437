import { describe, expect, it } from 'vitest';
import { instantFromSerial, isoFromDay } from '../../src/core/dates.ts';
import { ENTRIES } from '../../src/functions/index.ts';
import { call, col, d, fns, row, shown, thrown } from '../support/custom-functions.ts';
import {
  day,
  EXAMPLES,
  HEALTHCARE,
  MANUFACTURING,
  NPS_SCORES,
  OEE_EXAMPLE,
  RETAIL,
  RETAIL_ETA,
  RETAIL_FORECAST_AT_DUE,
  RETAIL_READINGS,
  RETAIL_REQUIRED_RATE,
  RETAIL_TREND_PER_DAY,
  SHEET_ZONE,
  SOFTWARE,
} from '../fixtures/examples.ts';

const midnight = (iso: string): number => instantFromSerial(day(iso), SHEET_ZONE);

const readingDates = RETAIL_READINGS.map((r) => d(r.date));
const readingValues = RETAIL_READINGS.map((r) => r.value);

describe('the registry', () => {
  it('binds every custom function by its public name', () => {
    expect(Object.keys(fns).sort()).toEqual(
      [
        'GOAL_ETA',
        'GOAL_EXPECTED',
        'GOAL_EXPLAIN',
        'GOAL_FORECAST',
        'GOAL_OUTLOOK',
        'KPI_SERIES',
        'KPI_STALE',
        'GOAL_PARSE',
        'GOAL_PROGRESS',
        'GOAL_REQUIRED_RATE',
        'GOAL_ROLLUP',
        'GOAL_SMART',
        'GOAL_STATUS',
        'GOAL_TARGET',
        'KPI_LATEST',
        'KPI_NPS',
        'KPI_OEE',
        'KPI_TREND',
      ].sort(),
    );
    expect(ENTRIES.map((e) => e.name).sort()).toEqual(Object.keys(fns).sort());
  });

  it('an unexpected failure reaches the cell as one line naming the function, never the engine message', () => {
    const hostile = new Proxy([[1]], { get: () => { throw new Error('boom'); } });
    expect(thrown('GOAL_PROGRESS', hostile, 550_000, 520_000)).toBe(
      'GOAL_PROGRESS: could not compute this (an internal error, not your input); please report it with the arguments used',
    );
  });

  it('an object that throws when printed is refused as not a number, not printed', () => {
    const hostile = { toString: () => { throw new Error('boom'); } };
    expect(thrown('GOAL_PROGRESS', hostile, 550_000, 520_000)).toBe('GOAL_PROGRESS: baseline an object is not a number: type a number such as 1200');
  });
});

describe('GOAL_PROGRESS', () => {
  it.each(EXAMPLES.map((e) => [e.field, e] as const))('%s: (C − B) / (T − B) as worked by hand', (_f, e) => {
    expect(call('GOAL_PROGRESS', e.baseline, e.target, e.current)).toBeCloseTo(e.progress, 10);
  });

  it.each<[string, unknown[], number]>([
    ['plain numeric text counts as a number: "500000", "550000", "520000" → 0.4', ['500000', '550000', '520000'], 0.4],
    ['"at least" 100 with no baseline, now 80 → C / T = 0.8', ['', 100, 80, 'at least'], 0.8],
    ['"At Most" 30, now 40 → T / C = 0.75 (kind read case-insensitively)', ['', 30, 40, 'At Most'], 0.75],
    ['"within range" 10..20, now 25 → 1 − 5/10 = 0.5', ['', 10, 25, 'within range', 20], 0.5],
    ['milestone done: TRUE → 1', ['', 1, true, 'milestone'], 1],
    ['milestone not done: FALSE → 0', ['', 1, false, 'milestone'], 0],
    ['milestone 2 of 5 steps → 0.4', ['', 5, 2, 'milestone'], 0.4],
    // A done flag makes the milestone done-or-not whatever its target: TRUE is 1 of 1, FALSE 0 of 1.
    ['regression: milestone target 5, TRUE → 1 (was 1/5 = 0.2)', ['', 5, true, 'milestone'], 1],
    ['milestone target 5, FALSE → 0', ['', 5, false, 'milestone'], 0],
    ['milestone target 0, TRUE → 1 (the flag settles the target to 1)', ['', 0, true, 'milestone'], 1],
    ['overachieved is not clamped: 40 → 32, now 30 → 1.25', [40, 32, 30], 1.25],
  ])('%s', (_n, args, expected) => {
    expect(call('GOAL_PROGRESS', ...args)).toBeCloseTo(expected, 12);
  });

  it('is blank when current is blank, and for an all-blank row', () => {
    expect(call('GOAL_PROGRESS', 500_000, 550_000, '')).toBe('');
    expect(call('GOAL_PROGRESS', '', '', '')).toBe('');
  });

  it.each<[string, unknown[], string]>([
    ['target = baseline', [100, 100, 90], 'GOAL_PROGRESS: target equals baseline (100): there is nothing to move; use kind "at least" or "at most" to hold a level'],
    ['a blank target', [40, '', 36], 'GOAL_PROGRESS: target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)'],
    ['a blank baseline with no kind', ['', 550_000, 520_000], 'GOAL_PROGRESS: baseline is blank: an increase or decrease goal needs the starting value, or give a kind such as "at least"'],
    ['"1,200" with a separator', ['1,200', 1500, 1300], 'GOAL_PROGRESS: baseline "1,200" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ['"$5" with a currency sign', [0, '$5', 3], 'GOAL_PROGRESS: target "$5" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ['"12%" with a percent sign', [0, 0.2, '12%'], 'GOAL_PROGRESS: current "12%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ['an unknown kind', [40, 32, 36, 'lower'], 'GOAL_PROGRESS: kind "lower" is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)'],
    ['increase with a falling target', [40, 32, 36, 'increase'], 'GOAL_PROGRESS: kind is "increase" but target 32 is below baseline 40: use "decrease", or leave kind blank'],
    ['within range without upper', ['', 10, 15, 'within range'], 'GOAL_PROGRESS: upper is blank: a "within range" goal needs the high end in upper (target is the low end)'],
    ['an error text from another formula in current', [40, 32, 'Error: target is blank'], 'GOAL_PROGRESS: current is an error from another formula ("Error: target is blank"): fix that first'],
  ])('a single-value call throws for %s, naming the function, the argument and the fix', (_n, args, text) => {
    expect(thrown('GOAL_PROGRESS', ...args)).toBe(text);
  });
});

describe('range calls keep the input shape (shown with GOAL_PROGRESS)', () => {
  it('a column in gives a column out: retail 0.4, healthcare 0.5', () => {
    expect(call('GOAL_PROGRESS', col(500_000, 40), col(550_000, 32), col(520_000, 36))).toEqual([[0.4], [0.5]]);
  });

  it('a row in gives a row out', () => {
    expect(call('GOAL_PROGRESS', row(500_000, 40), row(550_000, 32), row(520_000, 36))).toEqual([[0.4, 0.5]]);
  });

  it('a 2×2 block gives a 2×2 block', () => {
    expect(call('GOAL_PROGRESS', 0, 100, [[10, 20], [30, 40]])).toEqual([[0.1, 0.2], [0.3, 0.4]]);
  });

  it('single values broadcast: baseline 0 and target 100 for a column of currents', () => {
    expect(call('GOAL_PROGRESS', 0, 100, col(25, 50, 125))).toEqual([[0.25], [0.5], [1.25]]);
  });

  it('a 1×1 range broadcasts like a single value', () => {
    expect(call('GOAL_PROGRESS', [[0]], [[100]], col(25, 50))).toEqual([[0.25], [0.5]]);
  });

  it('a bad row gives a short "Error: ..." text while the other rows compute', () => {
    expect(call('GOAL_PROGRESS', col(500_000, 100, 40, '1,200'), col(550_000, 100, 32, 1500), col(520_000, 90, 36, 1300))).toEqual([
      [0.4],
      ['Error: target equals baseline (100): there is nothing to move; use kind "at least" or "at most" to hold a level'],
      [0.5],
      ['Error: baseline "1,200" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ]);
  });

  it('rows whose data inputs are all blank give "" (an open range such as B2:B)', () => {
    expect(call('GOAL_PROGRESS', col(500_000, '', ''), col(550_000, '', ''), col(520_000, '', ''), col('', 'increase', ''))).toEqual([[0.4], [''], ['']]);
  });

  it('regression: a bad argument given once (as_of, kind) turned every empty row of an open range into an error', () => {
    const goals = [col(500_000, '', ''), col(550_000, '', ''), col(520_000, '', '')] as const;
    expect(call('GOAL_STATUS', ...goals, d('2026-01-01'), d('2026-03-31'), 'Feb 15')).toEqual([
      ['Error: as_of "Feb 15" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
      [''],
      [''],
    ]);
    expect(call('GOAL_PROGRESS', ...goals, 'upward')).toEqual([
      ['Error: kind "upward" is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)'],
      [''],
      [''],
    ]);
    expect(call('GOAL_STATUS', '', '', '', '', '', 'Feb 15')).toBe('');
  });

  it('a row whose only data is a bad value is an error, not a blank', () => {
    expect(call('GOAL_PROGRESS', col('', ''), col('', ''), col('12%', ''))).toEqual([
      ['Error: current "12%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
      [''],
    ]);
  });

  it.each<[string, unknown[], string]>([
    ['a longer column', [col(1, 2), col(3, 4), col(5, 6, 7)], 'GOAL_PROGRESS: current is 3×1 cells but baseline is 2×1: give ranges of the same size'],
    ['a row against a column', [col(1, 2, 3), row(3, 4, 5), 4], 'GOAL_PROGRESS: target is 1×3 cells but baseline is 3×1: give ranges of the same size'],
  ])('ranges of unequal size throw a message saying so: %s', (_n, args, text) => {
    expect(thrown('GOAL_PROGRESS', ...args)).toBe(text);
  });
});

describe('GOAL_TARGET: T = B + |B| × change', () => {
  it.each<[number, number, number]>([
    [500_000, 0.1, 550_000],
    [40, -0.2, 32],
    [-10, 0.2, -8],
  ])('baseline %s with change %s gives %s', (b, change, t) => {
    expect(call('GOAL_TARGET', b, change)).toBeCloseTo(t, 9);
  });

  it('accepts the change as plain numeric text', () => {
    expect(call('GOAL_TARGET', 500_000, '0.1')).toBeCloseTo(550_000, 9);
  });

  it.each<[unknown[], string]>([
    [[0, 0.1], 'GOAL_TARGET: baseline is 0, which has no relative change: give the change in points instead (target = baseline + points)'],
    [[500_000, ''], 'GOAL_TARGET: change is blank: give the change, such as 0.1 for +10%'],
    [['', 0.1], 'GOAL_TARGET: baseline is blank: a relative target needs the starting value'],
    [[500_000, '10%'], 'GOAL_TARGET: change "10%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
  ])('throws for %j', (args, text) => {
    expect(thrown('GOAL_TARGET', ...args)).toBe(text);
  });

  it('a column of baselines: 500,000 → 550,000, −10 → −9, 0 → an error, blank → blank', () => {
    expect(call('GOAL_TARGET', col(500_000, -10, 0, ''), 0.1)).toEqual([
      [550_000],
      [-9],
      ['Error: baseline is 0, which has no relative change: give the change in points instead (target = baseline + points)'],
      [''],
    ]);
  });
});

describe('GOAL_EXPECTED: share of the window passed', () => {
  it.each<[string, unknown[]]>([
    ['Dates at midnight in the spreadsheet zone', [d('2026-01-01'), d('2026-03-31'), d('2026-02-15')]],
    ['serial numbers (DATE(2026,1,1) = 46023)', [46_023, 46_112, 46_068]],
    ['ISO text', ['2026-01-01', '2026-03-31', '2026-02-15']],
    ['a mix', [d('2026-01-01'), '2026-03-31', 46_068]],
  ])('retail 45 / 89 = 0.506 from %s', (_n, args) => {
    expect(call('GOAL_EXPECTED', ...args)).toBeCloseTo(45 / 89, 12);
  });

  it('healthcare 90 / 180 = 0.5 (Jan 1 → Jun 30 is 180 days from start to due)', () => {
    expect(call('GOAL_EXPECTED', d(HEALTHCARE.start), d(HEALTHCARE.due), d(HEALTHCARE.asOf))).toBe(0.5);
  });

  it('reading_date: judged on min(reading_date, as_of): read Feb 1 → 31/89 = 0.348315', () => {
    expect(call('GOAL_EXPECTED', d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), d('2026-02-01'))).toBe(0.348314606742);
  });

  it('reading_date after as_of is an error naming it', () => {
    expect(thrown('GOAL_EXPECTED', d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), d('2026-02-16'))).toBe(
      'GOAL_EXPECTED: reading_date 2026-02-16 is after as_of 2026-02-15: a reading cannot come from the future; check the date, or move the as-of date on',
    );
  });

  it('a column of as-of dates: before start 0, start 0, mid 45/89, due 1, after due 1', () => {
    const out = call('GOAL_EXPECTED', d('2026-01-01'), d('2026-03-31'), col(d('2025-12-01'), d('2026-01-01'), d('2026-02-15'), d('2026-03-31'), d('2026-05-01')));
    // Returned numbers are rounded to 12 significant digits: 45/89 = 0.505617977528.
    expect(out).toEqual([[0], [0], [0.505617977528], [1], [1]]);
  });

  it.each<[unknown[], string]>([
    [[d('2026-03-31'), d('2026-01-01'), d('2026-02-15')], 'GOAL_EXPECTED: due 2026-01-01 is before start 2026-03-31: the due date is the last day of the window, so give one on or after start'],
    [[d('2026-01-01'), d('2026-03-31'), ''], 'GOAL_EXPECTED: as_of is blank: point it at the as-of date cell'],
    [[d('2026-01-01'), '', d('2026-02-15')], 'GOAL_EXPECTED: due is blank: give the last day of the window'],
    [[d('2026-01-01'), d('2026-03-31'), '15/02/2026'], 'GOAL_EXPECTED: as_of "15/02/2026" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [['2026-02-30', d('2026-03-31'), d('2026-02-15')], 'GOAL_EXPECTED: start "2026-02-30" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
  ])('throws for bad dates %#', (args, text) => {
    expect(thrown('GOAL_EXPECTED', ...args)).toBe(text);
  });
});

describe('GOAL_STATUS', () => {
  it.each(EXAMPLES.map((e) => [e.field, e.status, e] as const))('%s is %s (worked by hand)', (_f, _s, e) => {
    expect(call('GOAL_STATUS', e.baseline, e.target, e.current, d(e.start), d(e.due), d(e.asOf))).toBe(e.status);
  });

  const retail = (o: { current?: unknown; asOf?: unknown; rest?: unknown[] } = {}) =>
    call('GOAL_STATUS', RETAIL.baseline, RETAIL.target, 'current' in o ? o.current : RETAIL.current, d(RETAIL.start), d(RETAIL.due), o.asOf ?? d(RETAIL.asOf), ...(o.rest ?? []));

  it.each<[string, Parameters<typeof retail>[0], string]>([
    ['a blank current → No data', { current: '' }, 'No data'],
    ['p = 1 → Achieved', { current: 550_000 }, 'Achieved'],
    ['as of before start → Not started', { asOf: d('2025-12-31') }, 'Not started'],
    ['as of after due with p < 1 → Missed', { asOf: d('2026-04-01') }, 'Missed'],
    ['as of the start day (E = 0) → On track', { asOf: d('2026-01-01') }, 'On track'],
    ['day 5 of 89 (E 0.056), p −0.2 → At risk by the early-window guard, not Off track', { current: 490_000, asOf: d('2026-01-06') }, 'At risk'],
    ['day 30 (E 0.337), p −0.2 → Off track', { current: 490_000, asOf: d('2026-01-31') }, 'Off track'],
    ['Cascade bands 0.95 / 0.85: pace 0.79 → Off track', { rest: ['', '', 0.95, 0.85] }, 'Off track'],
    ['UpRaise bands 0.95 / 0.75: pace 0.79 → At risk', { rest: ['', '', 0.95, 0.75] }, 'At risk'],
    ['a lower on_track alone: 0.75 with the default at_risk 0.7 → On track', { rest: ['', '', 0.75] }, 'On track'],
    ['as_of as ISO text', { asOf: '2026-02-15' }, 'At risk'],
  ])('%s', (_n, o, status) => {
    expect(retail(o)).toBe(status);
  });

  it.each<[string, unknown[], string]>([
    ['at least 100, holding mid-window → On track', ['', 100, 120, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'at least'], 'On track'],
    ['at least 100, holding at due → Achieved', ['', 100, 120, d('2026-01-01'), d('2026-03-31'), d('2026-03-31'), 'at least'], 'Achieved'],
    ['at most 30, breached mid-window → Off track', ['', 30, 35, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'at most'], 'Off track'],
    ['within 10..20, breached after due → Missed', ['', 10, 25, d('2026-01-01'), d('2026-03-31'), d('2026-04-01'), 'within range', 20], 'Missed'],
    ['milestone FALSE mid-window → On track', ['', 1, false, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'milestone'], 'On track'],
    ['milestone FALSE after due → Missed', ['', 1, false, d('2026-01-01'), d('2026-03-31'), d('2026-04-01'), 'milestone'], 'Missed'],
    ['milestone TRUE → Achieved', ['', 1, true, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'milestone'], 'Achieved'],
    // Done-or-not whatever the target (goal-math.md: "target blank or 1, or current TRUE/FALSE"); window Jan 1 – Mar 31 is 89 days.
    ['regression: milestone target 5, TRUE → Achieved (was Off track on progress 0.2)', ['', 5, true, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'milestone'], 'Achieved'],
    ['milestone target 5, FALSE on Feb 15: E = 45/89 = 0.506 < 0.9 → On track', ['', 5, false, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'milestone'], 'On track'],
    ['milestone target 5, FALSE on Mar 23: E = 81/89 = 0.910 ≥ 0.9 → At risk', ['', 5, false, d('2026-01-01'), d('2026-03-31'), d('2026-03-23'), 'milestone'], 'At risk'],
    ['milestone target 5, FALSE after due → Missed', ['', 5, false, d('2026-01-01'), d('2026-03-31'), d('2026-04-01'), 'milestone'], 'Missed'],
    ['milestone target 5 with the number 1 is 1 of 5 steps: 0.2 against E 0.506, pace 0.395 < 0.7 → Off track', ['', 5, 1, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), 'milestone'], 'Off track'],
  ])('%s', (_n, args, status) => {
    expect(call('GOAL_STATUS', ...args)).toBe(status);
  });

  it('an all-blank row is blank, even with an as-of date', () => {
    expect(call('GOAL_STATUS', '', '', '', '', '', d(RETAIL.asOf))).toBe('');
  });

  it.each<[string, unknown[], string]>([
    ['swapped bands', [500_000, 550_000, 520_000, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), '', '', 0.7, 0.9], 'GOAL_STATUS: at_risk 0.9 is above on_track 0.7: at_risk must be the lower band (defaults 0.9 and 0.7)'],
    ['a blank start', [500_000, 550_000, 520_000, '', d('2026-03-31'), d('2026-02-15')], 'GOAL_STATUS: start is blank: give the first day of the window'],
    ['a blank as_of', [500_000, 550_000, 520_000, d('2026-01-01'), d('2026-03-31'), ''], 'GOAL_STATUS: as_of is blank: point it at the as-of date cell'],
    ['due before start', [500_000, 550_000, 520_000, d('2026-03-31'), d('2026-01-01'), d('2026-02-15')], 'GOAL_STATUS: due 2026-01-01 is before start 2026-03-31: the due date is the last day of the window, so give one on or after start'],
    ['a mistyped goal with no reading yet', [500_000, 500_000, '', d('2026-01-01'), d('2026-03-31'), d('2026-02-15')], 'GOAL_STATUS: target equals baseline (500000): there is nothing to move; use kind "at least" or "at most" to hold a level'],
    ['a number where a date belongs is a serial, but text is not', [500_000, 550_000, 520_000, 'Jan 1', d('2026-03-31'), d('2026-02-15')], 'GOAL_STATUS: start "Jan 1" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['a date where a number belongs', [500_000, 550_000, d('2026-02-15'), d('2026-01-01'), d('2026-03-31'), d('2026-02-15')], 'GOAL_STATUS: current is a date: give a number'],
  ])('throws for %s', (_n, args, text) => {
    expect(thrown('GOAL_STATUS', ...args)).toBe(text);
  });

  it('a goal table in one call: the four examples, a blank row, a bad row, an error from another formula', () => {
    const out = call(
      'GOAL_STATUS',
      col(...EXAMPLES.map((e) => e.baseline), '', 100, 40),
      col(...EXAMPLES.map((e) => e.target), '', 100, 32),
      col(...EXAMPLES.map((e) => e.current), '', 90, 'Error: target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)'),
      col(...EXAMPLES.map((e) => d(e.start)), '', d('2026-01-01'), d('2026-01-01')),
      col(...EXAMPLES.map((e) => d(e.due)), '', d('2026-03-31'), d('2026-07-01')),
      col(...EXAMPLES.map((e) => d(e.asOf)), d('2026-02-15'), d('2026-02-15'), d('2026-04-01')),
    );
    expect(out).toEqual([
      ['At risk'],
      ['On track'],
      ['Off track'],
      ['Achieved'],
      [''],
      ['Error: target equals baseline (100): there is nothing to move; use kind "at least" or "at most" to hold a level'],
      ['Error: current is an error from another formula ("Error: target is blank: a goal needs…): fix that first'],
    ]);
  });

  it('one as-of date and one window for a column of goals, with the open range\'s empty rows blank', () => {
    expect(call('GOAL_STATUS', col(500_000, 40, ''), col(550_000, 32, ''), col(520_000, 36, ''), d('2026-01-01'), d('2026-07-01'), d('2026-04-01'))).toEqual([
      // Retail over the six months: 0.4 / (90/181) = 0.80 → At risk; healthcare 1.006 → On track.
      ['At risk'],
      ['On track'],
      [''],
    ]);
  });
});

describe('GOAL_EXPLAIN', () => {
  it('healthcare: one line with the pace, the window and the numbers', () => {
    expect(call('GOAL_EXPLAIN', 40, 32, 36, d('2026-01-01'), d('2026-06-30'), d('2026-04-01'))).toBe(
      'On track: progress 50.0% against expected 50.0% (90 of 180 days from start to due, 2026-01-01 to 2026-06-30); pace 1.00 is at least on_track 0.9 [baseline 40, current 36, target 32, decrease; as of 2026-04-01]',
    );
  });

  it('a column of goals gives a column of explanations, blank rows blank', () => {
    const out = call('GOAL_EXPLAIN', col(500_000, ''), col(550_000, ''), col('', ''), d('2026-01-01'), d('2026-03-31'), d('2026-02-15'));
    expect(out).toEqual([['No data: current is blank: enter a reading to get a status [baseline 500000, no current, target 550000, increase; as of 2026-02-15]'], ['']]);
  });

  it('throws with the same message as GOAL_STATUS, under its own name', () => {
    expect(thrown('GOAL_EXPLAIN', 40, 32, 36, d('2026-01-01'), d('2026-07-01'), '')).toBe('GOAL_EXPLAIN: as_of is blank: point it at the as-of date cell');
  });
});

describe('GOAL_REQUIRED_RATE: (T − C) / (due − as_of)', () => {
  it('retail: 30,000 over the 44 days Feb 15 → Mar 31 = 681.8 a day', () => {
    // 30,000 / 44 = 681.818181818… shown to 12 significant digits.
    expect(call('GOAL_REQUIRED_RATE', RETAIL.current, RETAIL.target, d(RETAIL.due), d(RETAIL.asOf))).toBe(681.818181818);
  });

  it('healthcare: −4 minutes over the 90 days Apr 1 → Jun 30, negative for a decrease', () => {
    expect(call('GOAL_REQUIRED_RATE', 36, 32, d('2026-06-30'), d('2026-04-01'))).toBe(-0.0444444444444);
  });

  it.each([
    ['on the due day', '2026-03-31'],
    ['after it', '2026-04-20'],
  ])('from the due date on it says so in words: %s', (_n, asOf) => {
    expect(call('GOAL_REQUIRED_RATE', 520_000, 550_000, d('2026-03-31'), d(asOf))).toBe('Due date reached (2026-03-31): no days left');
  });

  it.each<[unknown[], string]>([
    [[true, 550_000, d('2026-03-31'), d('2026-02-15')], 'GOAL_REQUIRED_RATE: current is TRUE, a done flag only a milestone takes: give a number, or set kind to "milestone"'],
  ])('throws %#', (args, text) => {
    expect(thrown('GOAL_REQUIRED_RATE', ...args)).toBe(text);
  });

  it('regression: a goal-table row with a target but no reading yet showed "Error: current is blank"; it is blank like its progress', () => {
    expect(call('GOAL_REQUIRED_RATE', '', 550_000, d('2026-03-31'), d('2026-02-15'))).toBe('');
  });

  it('a column of currents against one target', () => {
    expect(call('GOAL_REQUIRED_RATE', col(520_000, 550_000, ''), 550_000, d('2026-03-31'), d('2026-03-21'))).toEqual([[3000], [0], ['']]);
  });
});

describe('GOAL_FORECAST: the least-squares line read at due', () => {
  it('retail readings (400 a day from 502,000) at Mar 31: 537,600', () => {
    expect(call('GOAL_FORECAST', col(...readingDates), col(...readingValues), d(RETAIL.due))).toBeCloseTo(RETAIL_FORECAST_AT_DUE, 4);
  });

  it('readings laid out in a row, dates as ISO text, due as a serial', () => {
    expect(call('GOAL_FORECAST', row(...RETAIL_READINGS.map((r) => r.date)), row(...readingValues), day(RETAIL.due))).toBeCloseTo(RETAIL_FORECAST_AT_DUE, 4);
  });

  it('skips the empty rows of open ranges and days without a value', () => {
    expect(call('GOAL_FORECAST', col(...readingDates, d('2026-03-01'), '', ''), col(...readingValues, '', '', ''), d(RETAIL.due))).toBeCloseTo(RETAIL_FORECAST_AT_DUE, 4);
  });

  it('a column of due dates gives a column of forecasts, a bad one an error text in its place', () => {
    const out = call('GOAL_FORECAST', col(...readingDates), col(...readingValues), col(d('2026-03-31'), d('2026-01-01'), '', 'soon')) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0]?.[0]).toBeCloseTo(537_600, 4);
    expect(out[1]?.[0]).toBeCloseTo(502_000, 4);
    expect(out.slice(2)).toEqual([[''], ['Error: due "soon" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31']]);
  });

  it.each<[string, unknown[], string]>([
    ['one reading', [col(d('2026-01-01'), ''), col(5, ''), d('2026-03-31')], 'GOAL_FORECAST: only 1 dated reading(s): a trend needs at least two'],
    ['readings on one day', [col(d('2026-01-01'), d('2026-01-01')), col(5, 6), d('2026-03-31')], 'GOAL_FORECAST: every reading has the same date: a trend needs readings on at least two different days'],
    ['a value without a date, by its row', [col(d('2026-01-01'), d('2026-01-16'), ''), col(1, 2, 3), d('2026-03-31')], 'GOAL_FORECAST: dates row 3 is blank but values row 3 has a value: give every reading a date'],
    ['a value with a separator, by its row', [col(...readingDates), col(502_000, '508,000', 514_000, 520_000), d('2026-03-31')], 'GOAL_FORECAST: values row 2 "508,000" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ['an error text from another formula, by its column', [row(...readingDates), row(502_000, 508_000, 514_000, 'Error: x'), d('2026-03-31')], 'GOAL_FORECAST: values column 4 is an error from another formula ("Error: x"): fix that first'],
    ['a bad date, by its row', [col(d('2026-01-01'), '2026-13-01'), col(1, 2), d('2026-03-31')], 'GOAL_FORECAST: dates row 2 "2026-13-01" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['ranges of unequal size', [col(...readingDates), col(1, 2, 3), d('2026-03-31')], 'GOAL_FORECAST: dates has 4 cells but values has 3: give ranges of the same size'],
    ['a bad single due date', [col(...readingDates), col(...readingValues), 'soon'], 'GOAL_FORECAST: due "soon" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
  ])('throws for %s', (_n, args, text) => {
    expect(thrown('GOAL_FORECAST', ...args)).toBe(text);
  });
});

describe('GOAL_ETA: the date the trend reaches the target', () => {
  it('retail reaches 550,000 on May 1, returned as a Date at midnight in the spreadsheet zone', () => {
    const eta = call('GOAL_ETA', col(...readingDates), col(...readingValues), RETAIL.target);
    expect(eta).toBeInstanceOf(Date);
    expect((eta as Date).getTime()).toBe(midnight(RETAIL_ETA));
  });

  it('a row of targets gives a row of dates: 550,000 → May 1, 550,100 (120.25 days) → May 2, 520,000 → Feb 15', () => {
    expect(shown(call('GOAL_ETA', col(...readingDates), col(...readingValues), row(550_000, 550_100, 520_000)))).toEqual([['2026-05-01', '2026-05-02', '2026-02-15']]);
  });

  it('a falling trend towards a lower target: wait time 40, 38, 36 a month apart reaches 32 on May 5', () => {
    expect(shown(call('GOAL_ETA', col(d('2026-01-01'), d('2026-02-01'), d('2026-03-04')), col(40, 38, 36), 32))).toBe('2026-05-05');
  });

  it('a target behind the readings says the trend moves away, in words: 400,000 is below the first reading, and the line rises', () => {
    expect(shown(call('GOAL_ETA', col(...readingDates), col(...readingValues), col(550_000, 400_000)))).toEqual([['2026-05-01'], ['Moving away']]);
  });

  const d3 = col(d('2026-01-01'), d('2026-01-11'), d('2026-01-21'));
  it.each<[string, number[], number, unknown, string]>([
    // Flat: 5, 5 never reaches 6.
    ['a flat trend', [5, 5, 5], 6, '', 'Flat'],
    // First 10 is below 20 (up), but 10, 9, 8 falls 0.1 a day.
    ['a trend sloping away from the target', [10, 9, 8], 20, '', 'Moving away'],
    // 10, 20, 12: x̄ Jan 11, ȳ 14, b = (−10·−4 + 0 + 10·−2) / 200 = 0.1 a day; the line is at 13 on Jan 1,
    // before the latest reading (12, short of 13): it reaches 13 on the latest reading's day, Jan 21.
    ['a line already past the target while the latest reading is not: the latest reading\'s day', [10, 20, 12], 13, '', '2026-01-21'],
    // The same as of Feb 15: never before as_of.
    ['the same, as of Feb 15', [10, 20, 12], 13, d('2026-02-15'), '2026-02-15'],
    // 10, 14, 15 toward 13 (up from 10): 15 (Jan 21) and 14 (Jan 11) are past it, 10 is not: reached on Jan 11.
    ['the latest reading already past the target: the reading that reached it', [10, 14, 15], 13, '', '2026-01-11'],
    // 13, 13, 13 at 13: flat, but at the target from the first reading on.
    ['a flat series at the target: the first reading', [13, 13, 13], 13, '', '2026-01-01'],
    // Falling 40, 38, 36 toward 37: 36 (Jan 21) is at or below it, 38 is not.
    ['a falling series past a lower target', [40, 38, 36], 37, '', '2026-01-21'],
  ])('%s', (_n, vals, target, asOf, expected) => {
    const args = asOf === '' ? [] : ['', '', asOf];
    expect(shown(call('GOAL_ETA', d3, col(...vals), target, ...args))).toBe(expected);
  });

  it('GOAL_ETA and GOAL_OUTLOOK read a trend by one rule: 10, 20, 12 toward 13 (from 10) reaches by Jan 21 in both', () => {
    const keys = col('R', 'R', 'R');
    expect(shown(call('GOAL_ETA', d3, col(10, 20, 12), 13))).toBe('2026-01-21');
    expect(call('GOAL_OUTLOOK', d3, col(10, 20, 12), keys, 'R', 13, d('2026-03-31'), 10)).toBe('Reaches by 2026-01-21');
    // 10, 9, 8 toward 20 (from 10): both say Moving away.
    expect(call('GOAL_ETA', d3, col(10, 9, 8), 20)).toBe('Moving away');
    expect(call('GOAL_OUTLOOK', d3, col(10, 9, 8), keys, 'R', 20, d('2026-03-31'), 10)).toBe('Moving away');
  });

  it('regression: a nearly flat trend threw "GOAL_ETA: Invalid time value"; it now says the target is out of reach', () => {
    expect(thrown('GOAL_ETA', col(d('2026-01-01'), d('2026-01-02')), col(100, 100.001), 1e6)).toBe(
      'GOAL_ETA: the trend is too slow to reach target 1000000 before 9999-12-31, the last date a sheet holds',
    );
  });

  it('regression: a long log (150,000 readings) threw "Maximum call stack size exceeded"', () => {
    // 150 readings a day for 1,000 days from Jan 1 2026, rising 1 a day from 0: 2,000 is reached on day 2,000.
    const n = 150_000;
    const dates = Array.from({ length: n }, (_, i) => [day('2026-01-01') + Math.floor(i / 150)]);
    const values = Array.from({ length: n }, (_, i) => [Math.floor(i / 150)]);
    expect(shown(call('GOAL_ETA', dates, values, 2000))).toBe(isoFromDay(day('2026-01-01') + 2000));
  });

  it('rejects a bad reading by its position', () => {
    expect(thrown('GOAL_ETA', col(...readingDates), col(502_000, 508_000, '$514000', 520_000), 550_000)).toBe(
      'GOAL_ETA: values row 3 "$514000" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)',
    );
  });
});

describe('GOAL_ROLLUP: Σ w·clamp(p) / Σ w over children with data', () => {
  it('weights 2, 1, 1, 1 with 1.2 counting as 1 and −0.3 as 0: (0.8 + 0.5 + 1 + 0) / 5 = 0.46', () => {
    expect(call('GOAL_ROLLUP', col(0.4, 0.5, 1.2, -0.3), col(2, 1, 1, 1))).toBeCloseTo(0.46, 12);
  });

  it('mixes increase and decrease children via GOAL_PROGRESS: retail 0.4 and healthcare 0.5 → 0.45', () => {
    const progress = call('GOAL_PROGRESS', col(500_000, 40), col(550_000, 32), col(520_000, 36));
    expect(call('GOAL_ROLLUP', progress)).toBeCloseTo(0.45, 12);
  });

  it('skips blank children and counts blank weights as 1: (0.4 × 3 + 0.8 × 1) / 4 = 0.5', () => {
    expect(call('GOAL_ROLLUP', col(0.4, '', 0.8, ''), col(3, 5, '', ''))).toBeCloseTo(0.5, 12);
  });

  it('a row of children works like a column', () => {
    expect(call('GOAL_ROLLUP', row(0.2, 0.6))).toBeCloseTo(0.4, 12);
  });

  it('is blank when no child has data', () => {
    expect(call('GOAL_ROLLUP', col('', '', ''))).toBe('');
  });

  it.each<[string, unknown[], string]>([
    ['a negative weight, by its row in the range (not among the children with data)', [col(0.5, '', 0.3), col(1, 1, -1)], 'GOAL_ROLLUP: weights row 3 is -1: weights are 0 or more'],
    ['weights adding up to 0', [col(0.5, 0.3), col(0, 0)], 'GOAL_ROLLUP: the weights of the children with data add up to 0: give at least one a weight above 0'],
    ['an error text from another formula, by its row', [col(0.4, 'Error: target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)')], 'GOAL_ROLLUP: progress row 2 is an error from another formula ("Error: target is blank: a goal needs…): fix that first'],
    // regression: "#N/A" was "not a plain number: type digits only".
    ['a Sheets error from another formula, by its row', [col(0.4, '#N/A')], 'GOAL_ROLLUP: progress row 2 is an error from another formula ("#N/A"): fix that first'],
    ['a percentage typed as text', [col('50%', 0.2)], 'GOAL_ROLLUP: progress row 1 "50%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ['ranges of unequal size', [col(0.4, 0.5, 0.6), col(1, 1)], 'GOAL_ROLLUP: progress has 3 cells but weights has 2: give ranges of the same size'],
  ])('throws for %s', (_n, args, text) => {
    expect(thrown('GOAL_ROLLUP', ...args)).toBe(text);
  });
});

describe('KPI_LATEST', () => {
  const dates = col(d('2026-01-01'), d('2026-02-01'), d('2026-01-15'), d('2026-02-10'), '', '');
  const values = col(40, 36, 38, 25, '', '');
  const keys = col('wait', 'Wait ', 'nps', 'NPS', '', '');

  it('without keys: the value with the latest date (Feb 10: 25), whatever the row order', () => {
    expect(call('KPI_LATEST', dates, values)).toBe(25);
  });

  it('with a key: only rows whose key matches, trimmed and case-insensitive ("wait": Feb 1 → 36)', () => {
    expect(call('KPI_LATEST', dates, values, keys, 'WAIT')).toBe(36);
  });

  it('a column of keys gives one result per key, blank where nothing matches', () => {
    expect(call('KPI_LATEST', dates, values, keys, col('wait', 'nps', 'churn', ''))).toEqual([[36], [25], [''], ['']]);
  });

  it('a row of keys gives a row of results', () => {
    expect(call('KPI_LATEST', dates, values, keys, row('nps', 'wait'))).toEqual([[25, 36]]);
  });

  it('the last reading entered wins a same-day tie', () => {
    expect(call('KPI_LATEST', col(d('2026-02-01'), d('2026-02-01')), col(36, 35))).toBe(35);
  });

  it('is blank without readings', () => {
    expect(call('KPI_LATEST', col('', ''), col('', ''))).toBe('');
  });

  it.each<[string, unknown[], string]>([
    ['a key without keys', [dates, values, '', 'wait'], 'KPI_LATEST: key is given but keys is blank: give the range of keys beside the dates'],
    ['keys without a key', [dates, values, keys, ''], 'KPI_LATEST: keys is given but key is blank: give the key to match, or a range of keys'],
    ['keys of another size', [dates, values, col('wait', 'wait'), 'wait'], 'KPI_LATEST: dates has 6 cells but keys has 2: give ranges of the same size'],
    ['a bad date, by its row', [col(d('2026-01-01'), 'yesterday'), col(1, 2)], 'KPI_LATEST: dates row 2 "yesterday" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['an error text in values, by its row', [col(d('2026-01-01'), d('2026-01-02')), col(1, 'Error: x')], 'KPI_LATEST: values row 2 is an error from another formula ("Error: x"): fix that first'],
    [
      'regression: an error text in keys, by its row (was read as a key and matched nothing)',
      [dates, values, col('wait', 'Error: x', 'nps', 'nps', '', ''), 'wait'],
      'KPI_LATEST: keys row 2 is an error from another formula ("Error: x"): fix that first',
    ],
    ['regression: an error text as the key (was a blank result)', [dates, values, keys, 'Error: x'], 'KPI_LATEST: key is an error from another formula ("Error: x"): fix that first'],
  ])('throws for %s', (_n, args, text) => {
    expect(thrown('KPI_LATEST', ...args)).toBe(text);
  });
});

describe('KPI_TREND: least-squares slope per day', () => {
  it('retail readings rise 400 a day', () => {
    expect(call('KPI_TREND', col(...readingDates), col(...readingValues))).toBeCloseTo(RETAIL_TREND_PER_DAY, 9);
  });

  it('days 0, 1, 2 with values 1, 3, 2: slope 0.5', () => {
    expect(call('KPI_TREND', ['2026-01-01', '2026-01-02', '2026-01-03'].map((x) => [x]), col(1, 3, 2))).toBeCloseTo(0.5, 12);
  });

  it.each<[unknown[], string]>([
    [[col(d('2026-01-01')), col(5)], 'KPI_TREND: only 1 dated reading(s): a trend needs at least two'],
    [[col(d('2026-01-01'), d('2026-01-01')), col(5, 6)], 'KPI_TREND: every reading has the same date: a trend needs readings on at least two different days'],
    [[col(d('2026-01-01'), d('2026-01-02')), col(5, '6 kg')], 'KPI_TREND: values row 2 "6 kg" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
  ])('throws %#', (args, text) => {
    expect(thrown('KPI_TREND', ...args)).toBe(text);
  });
});

describe('KPI_NPS', () => {
  it('the worked survey as a column: 50% − 30% = 20', () => {
    expect(call('KPI_NPS', col(...NPS_SCORES))).toBe(20);
  });

  it('as a row, with numeric text and open-range blanks', () => {
    expect(call('KPI_NPS', row(...NPS_SCORES.map(String), '', ''))).toBe(20);
  });

  it('is blank without scores', () => {
    expect(call('KPI_NPS', col('', ''))).toBe('');
  });

  it.each<[unknown, string]>([
    [col(10, 9, 11), 'KPI_NPS: scores row 3 is 11: NPS scores are whole numbers from 0 to 10'],
    [row(10, 8.5), 'KPI_NPS: scores column 2 is 8.5: NPS scores are whole numbers from 0 to 10'],
    [[[9, 9], [9, -1]], 'KPI_NPS: scores row 2, column 2 is -1: NPS scores are whole numbers from 0 to 10'],
    [col(9, 'Error: x'), 'KPI_NPS: scores row 2 is an error from another formula ("Error: x"): fix that first'],
    [col(9, 'ten'), 'KPI_NPS: scores row 2 "ten" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
  ])('rejects a bad score by its position %#', (scores, text) => {
    expect(thrown('KPI_NPS', scores)).toBe(text);
  });
});

describe('KPI_OEE', () => {
  it('0.875 × 0.952 × 0.95 = 0.79135', () => {
    expect(call('KPI_OEE', OEE_EXAMPLE.availability, OEE_EXAMPLE.performance, OEE_EXAMPLE.quality)).toBeCloseTo(0.79135, 12);
  });

  it('a column of lines, with a blank row and a bad row', () => {
    expect(call('KPI_OEE', col(0.875, '', 87.5), col(0.952, '', 0.9), col(0.95, '', 0.9))).toEqual([
      [0.79135],
      [''],
      ['Error: availability 87.5 is not a fraction between 0 and 1 (87.5% is 0.875)'],
    ]);
  });

  it.each<[unknown[], string]>([
    [[87.5, 0.952, 0.95], 'KPI_OEE: availability 87.5 is not a fraction between 0 and 1 (87.5% is 0.875)'],
    [[0.875, 0.952, ''], 'KPI_OEE: quality is blank: give quality as a fraction'],
    [['87.5%', 0.952, 0.95], 'KPI_OEE: availability "87.5%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
  ])('throws %#', (args, text) => {
    expect(thrown('KPI_OEE', ...args)).toBe(text);
  });
});

describe('regression: GOAL_PARSE threw "Invalid time value" for "within 999999 years", then gave a blank window with no message', () => {
  const OFF = 'reaches past the dates a sheet holds (1899-12-30 to 9999-12-31): give a nearer deadline';
  it.each<[string, string, string]>([
    // 2026 + 999999 years: past what Date holds.
    ['Grow revenue by 10% within 999999 years', '2026-01-01', 'within 999999 years'],
    // The year 10000 starts after 9999-12-31.
    ['Grow revenue by 10% in 10000', '2026-01-01', 'in 10000'],
    ['Grow revenue by 10% by 10000-01-01', '2026-01-01', 'by 10000-01-01'],
    // From 9999-06-01 the next calendar year is 10000.
    ['Grow revenue by 10% in the next year', '9999-06-01', 'in the next year'],
  ])('GOAL_PARSE "%s" from %s is an error naming the window', (text, start, phrase) => {
    expect(thrown('GOAL_PARSE', text, d(start))).toBe(`GOAL_PARSE: "${phrase}" ${OFF}`);
    expect(call('GOAL_PARSE', col(text), d(start))).toEqual([[`Error: "${phrase}" ${OFF}`, '', '', '', '', '', '', '']]);
  });

  it('"by 9999-12-31" is still on the calendar', () => {
    expect(shown(call('GOAL_PARSE', 'Grow revenue by 10% by 9999-12-31', d('2026-01-01')))).toEqual([['increase', 0.1, '', 'revenue', '2026-01-01', '9999-12-31', '', '']]);
  });

  it.each<[string, string]>([
    ['Increase sales to 1e400 in Q3', 'the sentence\'s number "1e400" is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300'],
    ['Increase sales by 1000000% in Q3', 'the change +1000000% is 500% or more, which a target refuses (GOAL_TARGET too): check the number, or give the target itself, such as "to 40"'],
  ])('GOAL_PARSE "%s" is an error in its row; the rows around it read', (text, message) => {
    // "in Q3" from 2026-02-10 is 2026-07-01 .. 2026-09-30; 1.5e3 is 1500.
    expect(shown(call('GOAL_PARSE', col('Increase sales to 1.5e3 in Q3', text), d('2026-02-10')))).toEqual([
      ['increase', '', 1500, 'sales', '2026-07-01', '2026-09-30', '', ''],
      [`Error: ${message}`, '', '', '', '', '', '', ''],
    ]);
    expect(thrown('GOAL_PARSE', text, d('2026-02-10'))).toBe(`GOAL_PARSE: ${message}`);
    expect(call('GOAL_SMART', text)).toContain(`Measurable ✗ ${message}`);
  });

  it('GOAL_SMART says why', () => {
    const text = 'Grow revenue by 10% within 999999 years';
    expect(call('GOAL_SMART', text)).toBe(
      'Specific ✓ (increase revenue) · Measurable ✓ (+10%) · Time-bound ✗ "within 999999 years" reaches past the dates a sheet holds (1899-12-30 to 9999-12-31): give a nearer deadline · Achievable: needs review · Relevant: needs review',
    );
  });
});

describe('GOAL_PARSE and GOAL_SMART', () => {
  it('GOAL_PARSE returns one row with the window as Dates at midnight in the spreadsheet zone', () => {
    const out = call('GOAL_PARSE', HEALTHCARE.goal, d(HEALTHCARE.typedOn)) as unknown[][];
    expect(out).toHaveLength(1);
    expect(out[0]?.[4]).toBeInstanceOf(Date);
    expect((out[0]?.[4] as Date).getTime()).toBe(midnight('2026-01-01'));
    // 2026-01-01 + 6 months = 2026-07-01; the rolling window ends the day before.
    expect(shown(out)).toEqual([['decrease', -0.2, '', 'patient wait times', '2026-01-01', '2026-06-30', '', '']]);
  });

  // The fixtures' healthcare and software due dates (2026-07-01, 2027-01-01) predate the
  // rule that a rolling window ends the day before its anniversary, so the windows the
  // sentences give are worked here: typed on the fixture's typedOn date.
  it.each([
    [RETAIL.field, RETAIL, '2026-01-01', '2026-03-31'], // typed 2025-12-15: the first quarter starting after it is Q1 2026
    [HEALTHCARE.field, HEALTHCARE, '2026-01-01', '2026-06-30'], // 2026-01-01 + 6 months − 1 day
    [MANUFACTURING.field, MANUFACTURING, '2026-01-01', '2026-12-31'], // typed 2025-12-15: the first year starting after it is 2026
    [SOFTWARE.field, SOFTWARE, '2026-01-01', '2026-12-31'], // 2026-01-01 + 12 months − 1 day
  ] as const)('GOAL_PARSE reads the %s sentence into its kind, change and window', (_f, e, start, due) => {
    const [kind, change, , , from, to] = (shown(call('GOAL_PARSE', e.goal, d(e.typedOn))) as unknown[][])[0] ?? [];
    expect([kind, change, from, to]).toEqual([e.kind, e.change, start, due]);
  });

  it('GOAL_PARSE over a column gives a row per sentence, blank rows blank, a bad row an error in its first cell', () => {
    const out = shown(call('GOAL_PARSE', col(RETAIL.goal, '', MANUFACTURING.goal), col(d(RETAIL.typedOn), '', 'someday'))) as unknown[][];
    expect(out[0]).toEqual(['increase', 0.1, '', 'sales revenue', '2026-01-01', '2026-03-31', '', '']);
    expect(out[1]).toEqual(['', '', '', '', '', '', '', '']);
    expect(out[2]).toEqual(['Error: start "someday" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31', '', '', '', '', '', '', '']);
  });

  // Columns: kind, change, target, metric, start, due, baseline, upper.
  it.each([
    // "from 42 to 33.6": baseline 42 and target 33.6; rolling six months end 2026-06-30.
    ['Reduce wait time from 42 to 33.6 within six months', ['decrease', '', 33.6, 'wait time', '2026-01-01', '2026-06-30', 42, '']],
    // "between 4 and 6": the range's low end is the target, the high end upper.
    ['Keep Customer Satisfaction between 4 and 6 in 2026', ['within range', '', 4, 'Customer Satisfaction', '2026-01-01', '2026-12-31', '', 6]],
    // A label is dropped; "by half" is −50%; "by 2027" is due 2027-12-31.
    ['Goal: Reduce defects by half by 2027', ['decrease', -0.5, '', 'defects', '2026-01-01', '2027-12-31', '', '']],
    ['Enhance NPS by 5 points', ['increase', '+5 points', '', 'NPS', '', '', '', '']],
  ])('GOAL_PARSE reads "%s" into all eight columns', (text, cells) => {
    expect(shown(call('GOAL_PARSE', text, d('2026-01-01')))).toEqual([cells]);
  });

  it('regression: GOAL_PARSE lost the baseline of "from 42 to 33.6"', () => {
    const [row] = shown(call('GOAL_PARSE', 'Reduce wait time from 42 to 33.6', d('2026-01-01'))) as unknown[][];
    expect(row?.[6]).toBe(42);
    expect(row?.[2]).toBe(33.6);
  });

  it('GOAL_PARSE throws without a start date', () => {
    expect(thrown('GOAL_PARSE', RETAIL.goal, '')).toBe('GOAL_PARSE: start is blank: give the start date');
  });

  it('GOAL_SMART never passes Achievable or Relevant', () => {
    expect(call('GOAL_SMART', SOFTWARE.goal)).toMatch(/Achievable: needs review · Relevant: needs review$/);
  });
});

describe('regression: KPI_SERIES with n = 1 and a range of keys put a one-element array in each cell, not the value', () => {
  const dates = col(d('2026-01-01'), d('2026-02-01'), d('2026-01-15'));
  const keys = col('wait', 'wait', 'nps');

  it('gives each key its latest reading as a plain cell', () => {
    expect(call('KPI_SERIES', dates, col(40, 36, 38), keys, col('wait', 'nps', 'none'), 1)).toEqual([[36], [38], ['']]);
  });

  it('a single key gives one cell, as before', () => {
    expect(call('KPI_SERIES', dates, col(40, 36, 38), keys, 'wait', 1)).toBe(36);
  });
});

describe('regression: GOAL_ROLLUP with ids and parents laid results out by the first row’s width, so a ragged range came back in other rows', () => {
  it('a column keeps its shape: the parent gets the mean of its children, each child its own progress', () => {
    expect(call('GOAL_ROLLUP', col('', 0.2, 0.6), '', col('A', 'B', 'C'), col('', 'A', 'A'))).toEqual([[0.4], [0.2], [0.6]]);
  });

  it('a 2×2 block keeps its shape', () => {
    expect(call('GOAL_ROLLUP', [['', 0.2], [0.6, '']], '', [['A', 'B'], ['C', 'D']], [['', 'A'], ['A', '']])).toEqual([[0.4, 0.2], [0.6, '']]);
  });

  it('rows of different lengths (only a script can pass them) come back row for row', () => {
    expect(call('GOAL_ROLLUP', [['', 0.2], [0.6]], '', [['A', 'B'], ['C']], [['', 'A'], ['A']])).toEqual([[0.4, 0.2], [0.6]]);
    expect(call('GOAL_ROLLUP', [[''], [0.2, 0.6]], '', [['A'], ['B', 'C']], [[''], ['A', 'A']])).toEqual([[0.4], [0.2, 0.6]]);
    expect(call('GOAL_ROLLUP', [[], [0.5]], '', [[], ['A']], [[], ['']])).toEqual([[], [0.5]]);
  });
});
