import { describe, expect, it } from 'vitest';
import { dayFromYmd, instantFromSerial } from '../../src/core/dates.ts';
import { bindCustomFunctions } from '../../src/functions/index.ts';

const ZONE = 'Pacific/Auckland';
const fns = bindCustomFunctions({ timeZone: () => ZONE });
const date = (y: number, m: number, d: number) => new Date(instantFromSerial(dayFromYmd(y, m, d), ZONE));

describe('open ranges: a table column read to the bottom of the sheet in one call', () => {
  // Two goals, then the sheet's empty rows (Sheets passes "" for them).
  const col = (...v: unknown[]) => [...v, '', '', ''].map((x) => [x]);

  it('leaves empty rows blank when dates and as-of are given once for the whole column', () => {
    const status = fns.GOAL_STATUS?.(col(500000, 40), col(550000, 32), col(520000, 36), date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 15));
    // Healthcare here runs to Mar 31 (89 days): expected 45/89, progress 0.5, pace 0.989: On track.
    expect(status).toEqual([['At risk'], ['On track'], [''], [''], ['']]);
  });

  it('still reports a row with a goal but no target as an error, not a blank', () => {
    const status = fns.GOAL_STATUS?.(col(500000, 40), col(550000, ''), col(520000, 36), date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 15)) as string[][];
    expect(status[0]).toEqual(['At risk']);
    expect(status[1]?.[0]).toBe('Error: target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)');
    expect(status.slice(2)).toEqual([[''], [''], ['']]);
  });

  it('gives a row of results for a row of inputs', () => {
    expect(fns.GOAL_PROGRESS?.([[500000, 40]], [[550000, 32]], [[520000, 36]])).toEqual([[0.4, 0.5]]);
  });
});

describe('regression: a single blank row threw ("GOAL_STATUS: target is blank") where the same row in a range is blank', () => {
  // One rule for a call and a range: a row is blank when the goal's own values are blank (for
  // GOAL_STATUS and GOAL_EXPLAIN baseline, target and current; for GOAL_REQUIRED_RATE current
  // and target); a window, a kind or an as-of date alone, as a table fills them down, do not make a row.
  const [s, e, a] = [date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 1)];
  it.each<[string, unknown[], unknown]>([
    ['GOAL_STATUS', ['', '', '', s, e, a], ''],
    ['GOAL_STATUS', ['', '', '', s, e, a, 'increase', '', 0.9, 0.7, date(2026, 6, 1)], ''],
    ['GOAL_EXPLAIN', ['', '', '', s, e, a], ''],
    ['GOAL_REQUIRED_RATE', ['', '', e, a, ''], ''],
    ['GOAL_PROGRESS', ['', '', '', 'at least', ''], ''],
    ['GOAL_TARGET', ['', ''], ''],
    ['GOAL_EXPECTED', ['', '', a], ''],
    ['KPI_OEE', ['', '', ''], ''],
    ['GOAL_SMART', ['', s], ''],
    ['GOAL_PARSE', ['', s], [['', '', '', '', '', '', '', '']]],
  ])('%s alone with %j gives a blank, as its row in a range does', (name, args, blank) => {
    const f = fns[name] as (...x: unknown[]) => unknown;
    expect(f(...args)).toEqual(blank);
    // The same row as the second of a range whose first row has data: the data arguments ranged, the rest given once.
    const first = (name === 'GOAL_SMART' || name === 'GOAL_PARSE') ? ['Increase sales by 10% in Q3'] : [1, 2, 1];
    const ranged = args.map((v, i) => (i < first.length && v === '' ? [[first[i]], ['']] : v));
    const out = f(...ranged) as unknown[][];
    expect(out[out.length - 1]).toEqual(Array.isArray(blank) ? blank[0] : [blank]);
  });

  it('a row with a goal but no window still says what is missing', () => {
    expect(() => fns.GOAL_STATUS?.(0, 10, 5, '', e, a)).toThrow('GOAL_STATUS: start is blank: give the first day of the window');
    expect(() => fns.GOAL_REQUIRED_RATE?.(5, 10, '', a)).toThrow('GOAL_REQUIRED_RATE: due is blank: give the last day of the window');
  });
});

describe('bands', () => {
  const args = [500000, 550000, 520000, date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 15), '', ''] as const;

  it('lowers the default at_risk with a lone on_track below it (regression: failed over an at_risk nobody typed)', () => {
    // Retail pace 0.79: with on_track 0.6 (and at_risk then 0.6 too) it is On track.
    expect(fns.GOAL_STATUS?.(...args, 0.6)).toBe('On track');
  });

  it('refuses bands typed as percentages, saying how to write them', () => {
    expect(() => fns.GOAL_STATUS?.(...args, 90, 70)).toThrow('GOAL_STATUS: on_track 90 and at_risk 70 must be pace ratios such as 0.9 and 0.7, not percentages: write 90% as 0.9');
  });
});

describe('regression: GOAL_PROGRESS(40, 32, 40) returned −0', () => {
  it('gives 0 at the baseline', () => {
    expect(Object.is(fns.GOAL_PROGRESS?.(40, 32, 40), 0)).toBe(true);
  });
});

describe('milestones and done flags', () => {
  it('a done-or-not milestone may leave target blank: TRUE is 1 (done), FALSE is 0', () => {
    expect(fns.GOAL_PROGRESS?.('', '', true, 'milestone')).toBe(1);
    expect(fns.GOAL_PROGRESS?.('', '', false, 'milestone')).toBe(0);
    expect(fns.GOAL_STATUS?.('', '', true, date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 15), 'milestone')).toBe('Achieved');
  });

  it('regression: TRUE/FALSE counted as 1/0 on goals that are not milestones', () => {
    expect(() => fns.GOAL_PROGRESS?.(0, 100, true)).toThrow('GOAL_PROGRESS: current is TRUE, a done flag only a milestone takes: give a number, or set kind to "milestone"');
    expect(fns.GOAL_STATUS?.([[0], [0]], [[100], [100]], [[false], [40]], date(2026, 1, 1), date(2026, 3, 31), date(2026, 2, 15))).toEqual([
      ['Error: current is FALSE, a done flag only a milestone takes: give a number, or set kind to "milestone"'],
      ['At risk'],
    ]);
  });
});

describe('regression: GOAL_TARGET(500000, 10) silently gave 5,500,000', () => {
  it('refuses a change typed as a whole-number percentage, saying how to write it', () => {
    expect(() => fns.GOAL_TARGET?.(500000, 10)).toThrow('GOAL_TARGET: change 10 would be 1000%: write a percentage as a fraction (10% is 0.1); changes of 500% or more are refused');
    expect(fns.GOAL_TARGET?.(500000, 4.99)).toBeCloseTo(2995000, 6);
  });
});

describe('GOAL_SMART with a start date', () => {
  it('says when the deadline comes before the start', () => {
    expect(fns.GOAL_SMART?.('Increase revenue by 10% by Q1 2026', '2026-05-10')).toBe(
      'Specific ✓ (increase revenue) · Measurable ✓ (+10%) · Time-bound ✗ the deadline 2026-03-31 is before the start 2026-05-10: give a later one · Achievable: needs review · Relevant: needs review',
    );
    expect(fns.GOAL_SMART?.('Increase revenue by 10% by Q1 2026')).toContain('Time-bound ✓ (by Q1 2026)');
  });
});

describe('regression: one bad log row blanked every key in KPI_LATEST', () => {
  const d = (m: number, day: number) => date(2026, m, day);
  const dates = [[d(1, 1)], [d(2, 1)], [d(1, 1)], [d(3, 1)], ['']];
  const values = [[500000], [520000], [40], ['2%'], ['']];
  const keys = [['revenue'], ['revenue'], ['wait'], ['wait'], ['']];

  it('keeps the other keys and puts the error on the bad reading\'s key', () => {
    expect(fns.KPI_LATEST?.(dates, values, keys, [['revenue'], ['wait'], ['nps']])).toEqual([
      [520000],
      ['Error: values row 4 "2%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
      [''],
    ]);
  });

  it('throws for a single key whose reading is bad, and answers for a good one', () => {
    expect(() => fns.KPI_LATEST?.(dates, values, keys, 'wait')).toThrow('KPI_LATEST: values row 4 "2%" is not a plain number');
    expect(fns.KPI_LATEST?.(dates, values, keys, 'revenue')).toBe(520000);
  });
});

describe('regression: GOAL_REQUIRED_RATE told an achieved decrease goal to get worse', () => {
  const due = date(2026, 7, 1);
  const asOf = date(2026, 4, 1); // 91 days before due

  it('with the baseline, a target already passed needs 0 a day', () => {
    // Wait time 10 → 8, now 7: already below 8.
    expect(fns.GOAL_REQUIRED_RATE?.(7, 8, due, asOf, 10)).toBe(0);
    // Still above it: (8 − 9) / 91 a day.
    expect(fns.GOAL_REQUIRED_RATE?.(9, 8, due, asOf, 10)).toBeCloseTo(-1 / 91, 12);
  });

  it('without it, the rate is (target − current) / days left, whatever the direction', () => {
    expect(fns.GOAL_REQUIRED_RATE?.(7, 8, due, asOf)).toBeCloseTo(1 / 91, 12);
  });
});

describe('status precedence: No data comes first', () => {
  it('a planned goal with no reading and no window yet is No data, not an error', () => {
    expect(fns.GOAL_STATUS?.(40, 32, '', '', '', date(2026, 4, 1))).toBe('No data');
  });

  it('a goal with a reading still needs its window', () => {
    expect(() => fns.GOAL_STATUS?.(40, 32, 36, '', date(2026, 7, 1), date(2026, 4, 1))).toThrow('GOAL_STATUS: start is blank: give the first day of the window');
    expect(() => fns.GOAL_STATUS?.(40, 32, 36, date(2026, 1, 1), '', date(2026, 4, 1))).toThrow('GOAL_STATUS: due is blank: give the last day of the window');
  });
});

describe('regression: extra arguments were silently ignored', () => {
  it('names the signature and says to remove them', () => {
    expect(() => fns.KPI_NPS?.([[10, 9]], [[1]])).toThrow('KPI_NPS: takes at most 1 argument, KPI_NPS(scores), but got 2: remove the extra ones');
  });
});
