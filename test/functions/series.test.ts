/**
 * Keyed series, so a goal table needs one formula per column: the series functions read one
 * KPI log once and answer per key, cut at an as-of day. Every value below is worked by hand
 * from the log in the comment.
 */
import { describe, expect, it } from 'vitest';
import { call, col, d, shown, thrown } from '../support/custom-functions.ts';
import { day } from '../fixtures/examples.ts';

/**
 * The log, as a goal table's KPI log sheet holds it (rows in entry order):
 * - R (revenue): 502,000 on Jan 1, then +6,000 every 15 days: 400 a day.
 * - W (wait, minutes): 40 on Jan 1, 38 on Feb 1, 36 on Mar 4: −2 every 31 days.
 * - N (NPS): one reading, 20 on Jan 10.
 * - F: 0.3, 0.1 + 0.2, 0.3 on three days: float noise, a flat trend.
 * - X: 5 on Jan 10, then "12%" typed as text on Jan 20 (log row 13): a bad reading.
 * - a blank row at the end (an open range).
 */
const LOG = [
  ['2026-01-01', 502_000, 'R'],
  ['2026-01-01', 40, 'W'],
  ['2026-01-16', 508_000, 'R'],
  ['2026-01-10', 20, 'N'],
  ['2026-01-31', 514_000, 'R'],
  ['2026-02-01', 38, 'W'],
  ['2026-01-05', 0.3, 'F'],
  ['2026-01-06', 0.1 + 0.2, 'F'],
  ['2026-01-07', 0.3, 'F'],
  ['2026-02-15', 520_000, 'R'],
  ['2026-03-04', 36, 'W'],
  ['2026-01-10', 5, 'X'],
  ['2026-01-20', '12%', 'X'],
  ['', '', ''],
] as const;
const dates = LOG.map(([date]) => [date === '' ? '' : d(date)]);
const values = LOG.map(([, v]) => [v]);
const keys = LOG.map(([, , k]) => [k]);
const log = [dates, values, keys] as const;
const BAD_X = 'Error: values row 13 "12%" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)';

describe('KPI_LATEST(dates, values, [keys], [key], [what], [as_of])', () => {
  it('one value per key: R 520,000 (Feb 15), W 36 (Mar 4), N 20; X spoiled by its own bad row only; no readings or a blank key give a blank', () => {
    expect(call('KPI_LATEST', ...log, col('R', 'W', 'N', 'X', 'Z', ''))).toEqual([[520_000], [36], [20], [BAD_X], [''], ['']]);
  });

  it('what "date" gives the latest reading\'s date', () => {
    expect(shown(call('KPI_LATEST', ...log, col('R', 'W', 'N'), 'date'))).toEqual([['2026-02-15'], ['2026-03-04'], ['2026-01-10']]);
  });

  it('as_of Feb 1 ignores later readings: R 514,000 (Jan 31), W 38 (Feb 1 counts)', () => {
    expect(call('KPI_LATEST', ...log, col('R', 'W'), 'value', d('2026-02-01'))).toEqual([[514_000], [38]]);
  });

  it('as_of before every reading of a key gives a blank', () => {
    expect(call('KPI_LATEST', ...log, 'R', '', d('2025-12-31'))).toBe('');
  });

  it('a bad reading dated after as_of is ignored with it', () => {
    expect(call('KPI_LATEST', ...log, 'X', '', d('2026-01-15'))).toBe(5);
  });

  it.each<[unknown[], string]>([
    [[...log, col('R'), 'values'], 'KPI_LATEST: what "values" is not one of "value", "date": use one of them (or leave it blank)'],
    [[dates, values, '', 'R'], 'KPI_LATEST: key is given but keys is blank: give the range of keys beside the dates'],
    [[...log, 'R', '', col(d('2026-02-01'), d('2026-03-01'))], 'KPI_LATEST: as_of is a range: give one value (a single cell)'],
  ])('refuses %#', (args, text) => {
    expect(thrown('KPI_LATEST', ...args)).toBe(text);
  });
});

describe('KPI_TREND(dates, values, [keys], [key], [per], [as_of])', () => {
  it('per key: R 400 a day; W −2/31 = −0.0645161290323 a day; N has one reading: blank; F is flat: 0', () => {
    expect(call('KPI_TREND', ...log, col('R', 'W', 'N', 'F'))).toEqual([[400], [-0.0645161290323], [''], [0]]);
  });

  it.each<[string, number]>([
    ['day', 400],
    ['week', 2800], // 400 × 7
    ['month', 12_175], // 400 × 30.4375
    ['year', 146_100], // 400 × 365.25
  ])('per "%s": R gives %s', (per, slope) => {
    expect(call('KPI_TREND', ...log, 'R', per)).toBe(slope);
  });

  it('as_of Jan 20 keeps R\'s first two readings: still 400 a day; W has one: blank', () => {
    expect(call('KPI_TREND', ...log, col('R', 'W'), '', d('2026-01-20'))).toEqual([[400], ['']]);
  });

  it('unkeyed, too few readings is an error that says why', () => {
    expect(thrown('KPI_TREND', col(d('2026-01-01')), col(5))).toBe('KPI_TREND: only 1 dated reading(s): a trend needs at least two');
  });
});

describe('regression: flatness (|slope × span| ≤ 1e-12 × max |value|) and the line read through its means', () => {
  // Serial numbers, as a date cell's value may arrive: S is 2026-01-01.
  const S = day('2026-01-01');
  const d3 = col(S, S + 10, S + 20);
  it.each<[string, string, unknown[], unknown]>([
    // 0.1 + 0.2 = 0.30000000000000004, then 0.3, 0.3: slope ≈ −2.8e-18 a day, |slope × 20| ≈ 5.6e-17 ≤ 1e-12 × 0.3: flat, so exactly 0 (was −2.77555756156e-18).
    ['KPI_TREND of float noise is exactly 0', 'KPI_TREND', [d3, col(0.1 + 0.2, 0.3, 0.3)], 0],
    // Flat: the forecast is ȳ = 0.3 whatever the day (was 0.299999999992 from a + b·x at serial 46,387).
    ['GOAL_FORECAST of a flat 0.3 series is 0.3', 'GOAL_FORECAST', [d3, col(0.1 + 0.2, 0.3, 0.3), day('2026-12-31')], 0.3],
    // Days S, S + 3 with 0, 1: x̄ = S + 1.5, ȳ = 0.5, b = 1/3; at S + 1: 0.5 + (1/3)(−0.5) = 1/3 → 0.333333333333 (was 0.333333333332).
    ['GOAL_FORECAST reads ȳ + b·(x − x̄)', 'GOAL_FORECAST', [col(S, S + 3), col(0, 1), S + 1], 0.333333333333],
    // The same line at S + 3: 0.5 + (1/3)(1.5) = 1.
    ['GOAL_FORECAST at the last reading gives it back', 'GOAL_FORECAST', [col(S, S + 3), col(0, 1), S + 3], 1],
  ])('%s', (_n, fn, args, expected) => {
    expect(call(fn, ...args)).toBe(expected);
  });
});

describe('GOAL_FORECAST(dates, values, due, [keys], [key], [as_of]) and GOAL_ETA(dates, values, target, [keys], [key], [as_of])', () => {
  it('forecast per key, due paired row by row: R at Mar 31 = 502,000 + 400 × 89 = 537,600; W at Jun 30 = 40 − 2 × 180/31 = 28.3870967742', () => {
    expect(call('GOAL_FORECAST', dates, values, col(d('2026-03-31'), d('2026-06-30')), keys, col('R', 'W'))).toEqual([[537_600], [28.3870967742]]);
  });

  it('ETA per key, target paired row by row: R reaches 550,000 on May 1 (120 days); W reaches 32 on May 5 (8 ÷ 2/31 = 124 days); N has one reading: blank', () => {
    expect(shown(call('GOAL_ETA', dates, values, col(550_000, 32, 30), keys, col('R', 'W', 'N')))).toEqual([['2026-05-01'], ['2026-05-05'], ['']]);
  });

  it('a flat series and a target already reached say so in their rows (text, not an error)', () => {
    // F: float noise, flat. R toward 510,000: the first reading (502,000) is below it, so up; the
    // latest readings 514,000 (Jan 31) and 520,000 (Feb 15) are past it, 508,000 (Jan 16) is not: Jan 31.
    // W toward 45: 40 first, so up, but W falls 2 every 31 days: moving away.
    expect(shown(call('GOAL_ETA', dates, values, col(0.5, 510_000, 45), keys, col('F', 'R', 'W')))).toEqual([['Flat'], ['2026-01-31'], ['Moving away']]);
  });

  it('regression: readings 0.3, 0.1 + 0.2, 0.3 gave an ETA of 2019-03-26; the trend is flat', () => {
    expect(call('GOAL_ETA', col(d('2026-01-05'), d('2026-01-06'), d('2026-01-07')), col(0.3, 0.1 + 0.2, 0.3), 0.5)).toBe('Flat');
  });

  it('as_of Jan 31 forecasts from R\'s first three readings: still 400 a day, 537,600 at Mar 31', () => {
    expect(call('GOAL_FORECAST', dates, values, d('2026-03-31'), keys, 'R', d('2026-01-31'))).toBe(537_600);
  });

  it('a key column and a due column of different sizes are refused', () => {
    expect(thrown('GOAL_FORECAST', dates, values, col(d('2026-03-31'), d('2026-06-30')), keys, col('R', 'W', 'N'))).toBe(
      'GOAL_FORECAST: due is 2×1 cells but key is 3×1: give ranges of the same size',
    );
  });
});

describe('KPI_SERIES(dates, values, keys, key, [n], [as_of]): a sparkline block in one call', () => {
  it('the last 3 readings per key, oldest first, blanks after: R 508,000 514,000 520,000; W 40 38 36; N 20; Z none', () => {
    expect(call('KPI_SERIES', ...log, col('R', 'W', 'N', 'Z'), 3)).toEqual([
      [508_000, 514_000, 520_000],
      [40, 38, 36],
      [20, '', ''],
      ['', '', ''],
    ]);
  });

  it('12 readings by default; a blank key row is a blank row; a spoiled key shows its error in its first cell', () => {
    const out = call('KPI_SERIES', ...log, col('W', '', 'X')) as unknown[][];
    expect(out.map((r) => r.length)).toEqual([12, 12, 12]);
    expect(out[0]?.slice(0, 4)).toEqual([40, 38, 36, '']);
    expect(out[1]?.every((c) => c === '')).toBe(true);
    expect(out[2]?.[0]).toBe(BAD_X);
  });

  it('as_of Jan 20 shows the series as it stood: R 502,000 508,000', () => {
    expect(call('KPI_SERIES', ...log, 'R', 3, d('2026-01-20'))).toEqual([[502_000, 508_000, '']]);
  });

  it.each([0, 2.5, 1001])('n %s is refused', (n) => {
    expect(thrown('KPI_SERIES', ...log, 'R', n)).toBe(`KPI_SERIES: n ${n} is not a whole number from 1 to 1000`);
  });
});

describe('GOAL_OUTLOOK(dates, values, keys, key, target, due, [baseline], [kind], [upper], [as_of])', () => {
  it('pace and trend read together, per goal', () => {
    const out = call(
      'GOAL_OUTLOOK',
      ...log,
      col('R', 'W', 'N', 'W', 'F', 'R', 'Z'),
      col(550_000, 32, 30, 45, 0.5, 510_000, 10),
      col(d('2026-03-31'), d('2026-06-30'), d('2026-12-31'), d('2026-06-30'), d('2026-03-31'), d('2026-03-31'), d('2026-03-31')),
      col(500_000, 40, 25, 40, 0.2, 500_000, 0),
    );
    expect(out).toEqual([
      ['Misses by due'], // R reaches 550,000 on May 1, after Mar 31
      ['Reaches by 2026-05-05'], // W falls 2 every 31 days: 32 on May 5, before Jun 30
      ['Too few readings'], // N has one reading
      ['Moving away'], // W falls while the goal is to raise it from 40 to 45
      ['Flat'], // F: float noise only
      [''], // R's 520,000 already passed 510,000: achieved
      ['Too few readings'], // Z has no readings
    ]);
  });

  it('the kind gives the direction where there is no baseline: at most 35 for W falls toward it', () => {
    // W at 36 on Mar 4, falling 2 every 31 days: 35 after 15.5 more days, Mar 20.
    expect(call('GOAL_OUTLOOK', ...log, 'W', 35, d('2026-06-30'), '', 'at most')).toBe('Reaches by 2026-03-20');
  });

  it('a reach the line has already passed is dated no earlier than as_of: W at most 35 as of Apr 1 (the line crossed 35 on Mar 20)', () => {
    expect(call('GOAL_OUTLOOK', ...log, 'W', 35, d('2026-06-30'), '', 'at most', '', d('2026-04-01'))).toBe('Reaches by 2026-04-01');
  });

  it.each<[string, unknown[], unknown]>([
    // W at 36 (Mar 4), above the range 30..34: nearer end 34, falling 2 every 31 days: 34 after 31 days, Apr 4.
    ['a range with both ends: W within 30..34 reaches 34 by Apr 4', ['W', 30, d('2026-06-30'), '', 'within range', 34], 'Reaches by 2026-04-04'],
    // regression: with upper blank it read the range as 30..30 and answered "Reaches by …"; GOAL_STATUS refuses it.
    ['regression: a range with upper blank is refused, naming upper', ['W', 30, d('2026-06-30'), '', 'within range', ''], 'Error: upper is blank: a "within range" goal needs the high end in upper (target is the low end)'],
    ['a range upside down is refused', ['W', 30, d('2026-06-30'), '', 'within range', 20], 'Error: upper 20 is below target 30: target is the low end of the range, upper the high end'],
    // Refused before the readings are looked at: Z has none.
    ['a range with upper blank is refused even with no readings', ['Z', 30, d('2026-06-30'), '', 'within range', ''], 'Error: upper is blank: a "within range" goal needs the high end in upper (target is the low end)'],
  ])('%s', (_n, [key, ...rest], expected) => {
    expect(call('GOAL_OUTLOOK', ...log, col(key), ...rest.map((v) => col(v)))).toEqual([[expected]]);
  });

  it('milestones have no outlook', () => {
    expect(call('GOAL_OUTLOOK', ...log, 'R', 1, d('2026-06-30'), '', 'milestone')).toBe('');
  });

  it('as_of Jan 16: R has two readings, 400 a day, 550,000 still on May 1: Misses by due (Mar 31)', () => {
    expect(call('GOAL_OUTLOOK', ...log, 'R', 550_000, d('2026-03-31'), 500_000, '', '', d('2026-01-16'))).toBe('Misses by due');
  });
});

describe('KPI_STALE(dates, values, keys, key, cadence, as_of, [start])', () => {
  it('as of Mar 20 with a 30-day cadence: R last read Feb 15 (33 days): Stale; W Mar 4 (16): fresh; N Jan 10 (69): Stale', () => {
    expect(call('KPI_STALE', ...log, col('R', 'W', 'N'), 30, d('2026-03-20'))).toEqual([['Stale'], [''], ['Stale']]);
  });

  it('a KPI with no readings is stale once as_of − start exceeds its cadence: Z from Jan 1 (78 days) Stale, from Mar 1 (19) not', () => {
    expect(call('KPI_STALE', ...log, col('Z', 'Z'), 30, d('2026-03-20'), col(d('2026-01-01'), d('2026-03-01')))).toEqual([['Stale'], ['']]);
  });

  it('exactly the cadence is not stale yet: R as of Mar 17 is 30 days after Feb 15', () => {
    expect(call('KPI_STALE', ...log, 'R', 30, d('2026-03-17'))).toBe('');
    expect(call('KPI_STALE', ...log, 'R', 30, d('2026-03-18'))).toBe('Stale');
  });

  it('cadences per key; a blank cadence is never stale; readings after as_of do not count', () => {
    // As of Feb 10: R's latest counted reading is Jan 31 (10 days), W's Feb 1 (9 days).
    expect(call('KPI_STALE', ...log, col('R', 'W', 'N'), col(7, 7, ''), d('2026-02-10'))).toEqual([['Stale'], ['Stale'], ['']]);
  });

  it('a cadence of 0 or less is refused in its row', () => {
    expect(call('KPI_STALE', ...log, col('R', 'W'), col(0, 30), d('2026-03-20'))).toEqual([
      ['Error: cadence 0 is not above 0: give the days allowed between readings, such as 7 or 30'],
      [''],
    ]);
  });
});

describe('GOAL_ROLLUP(progress, [weights], [ids], [parents]): one value per row', () => {
  // G1 has K1 (0.4, weight 2), K2 (1.2, weight 1), K3 (−0.3, weight 1); G2 has K4 (0.5); G0 has G1 and G2.
  const ids = col('G0', 'G1', 'K1', 'K2', 'K3', 'G2', 'K4');
  const parents = col('', 'G0', 'G1', 'G1', 'G1', 'G0', 'G2');
  const progress = col('', '', 0.4, 1.2, -0.3, '', 0.5);
  const weights = col('', '', 2, 1, 1, '', '');

  it('children first, then parents: G1 = (2 × 0.4 + 1 + 0) / 4 = 0.45; G2 = 0.5; G0 = (0.45 + 0.5) / 2 = 0.475; other rows their own progress', () => {
    expect(call('GOAL_ROLLUP', progress, weights, ids, parents)).toEqual([[0.475], [0.45], [0.4], [1.2], [-0.3], [0.5], [0.5]]);
  });

  it('a parent whose children have no data is blank; blank rows stay blank', () => {
    expect(call('GOAL_ROLLUP', col('', '', ''), '', col('P', 'C', ''), col('', 'P', ''))).toEqual([[''], [''], ['']]);
  });

  it('a cycle is reported in the rows it touches; a row below it reports its parent', () => {
    expect(call('GOAL_ROLLUP', col(0.2, 0.4, 0.6), '', col('A', 'B', 'C'), col('B', 'A', 'A'))).toEqual([
      ['Error: ids row 1 is in a cycle of parents (A → B → A): a goal cannot be its own ancestor'],
      ['Error: ids row 2 is in a cycle of parents (A → B → A): a goal cannot be its own ancestor'],
      [0.6],
    ]);
  });

  it('an unknown parent and a duplicate id are reported in their rows', () => {
    expect(call('GOAL_ROLLUP', col(0.2, 0.4, 0.6), '', col('A', 'A', 'C'), col('', '', 'Z'))).toEqual([
      ['Error: ids row 1 "A" is also ids row 2: give every goal its own id'],
      ['Error: ids row 2 "A" is also ids row 1: give every goal its own id'],
      ['Error: parents row 3 "Z" is not one of the ids: fix the parent, or leave it blank for a top-level goal'],
    ]);
  });

  it('a parent whose child has an error says which, rather than rolling up without it', () => {
    expect(call('GOAL_ROLLUP', col('', 0.5, 'x'), '', col('P', 'C1', 'C2'), col('', 'P', 'P'))).toEqual([
      ['Error: ids row 1 cannot be rolled up: its child ids row 3 has an error; fix that row first'],
      [0.5],
      ['Error: progress row 3 "x" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)'],
    ]);
  });

  it('regression: a child holding #N/A from another formula was "not a plain number"; it is named as an error from another formula', () => {
    // P has children A (#N/A) and B (0.4): P reports its child, A says what it holds, B is its own 0.4.
    expect(call('GOAL_ROLLUP', col('', '#N/A', 0.4), '', col('P', 'A', 'B'), col('', 'P', 'P'))).toEqual([
      ['Error: ids row 1 cannot be rolled up: its child ids row 2 has an error; fix that row first'],
      ['Error: progress row 2 is an error from another formula ("#N/A"): fix that first'],
      [0.4],
    ]);
  });

  it('ids without parents is refused with the fix', () => {
    expect(thrown('GOAL_ROLLUP', col(0.2), '', col('A'), '')).toBe("GOAL_ROLLUP: ids is given but parents is blank: give each row's parent id (blank for a top-level goal)");
  });

  it('a parent\'s status comes from GOAL_STATUS with baseline 0, target 1 and the rolled-up progress as current', () => {
    // G1 = 0.45 as of Feb 15 in Q1: E = 45/89 = 0.506, pace 0.89 → At risk.
    expect(call('GOAL_STATUS', 0, 1, 0.45, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'))).toBe('At risk');
  });
});

describe('the numbered trust points at the edge, as users see them', () => {
  it('1. regression: GOAL_TARGET(0.35, −0.2) returned 0.27999999999999997; it is 0.28, and a current of 0.28 against it is Achieved', () => {
    expect(call('GOAL_TARGET', 0.35, -0.2)).toBe(0.28);
    expect(call('GOAL_STATUS', 0.35, 0.35 - 0.35 * 0.2, 0.28, d('2026-01-01'), d('2026-03-31'), d('2026-04-05'))).toBe('Achieved');
  });

  it('3. GOAL_STATUS takes the reading date as its 11th argument: retail read Feb 1 as of Feb 15 is judged on Feb 1 (31/89), pace 1.15 → On track', () => {
    expect(call('GOAL_STATUS', 500_000, 550_000, 520_000, d('2026-01-01'), d('2026-03-31'), d('2026-02-15'), '', '', '', '', d('2026-02-01'))).toBe('On track');
  });

  it('3. a column of reading dates pairs row by row; one after as_of is an error in its own row', () => {
    expect(
      call('GOAL_STATUS', 500_000, 550_000, col(520_000, 520_000), d('2026-01-01'), d('2026-03-31'), d('2026-04-05'), '', '', '', '', col(d('2026-03-20'), d('2026-04-06'))),
    ).toEqual([['Awaiting data'], ['Error: reading_date 2026-04-06 is after as_of 2026-04-05: a reading cannot come from the future; check the date, or move the as-of date on']]);
  });

  it('3. GOAL_EXPLAIN names the reading that is missing', () => {
    expect(call('GOAL_EXPLAIN', 500_000, 550_000, 520_000, d('2026-01-01'), d('2026-03-31'), d('2026-04-05'), '', '', '', '', d('2026-03-20'))).toBe(
      'Awaiting data: due 2026-03-31 has passed but the reading is dated 2026-03-20, before it: enter the final reading (dated 2026-03-31 or later) to settle it [baseline 500000, current 520000 read 2026-03-20, target 550000, increase; as of 2026-04-05]',
    );
  });

  it('4. GOAL_ETA as of Jan 16 fits R\'s first two readings: still 400 a day, May 1', () => {
    expect(shown(call('GOAL_ETA', dates, values, 550_000, keys, 'R', d('2026-01-16')))).toBe('2026-05-01');
  });

  it('14. a baseline and target so close that progress overflows is refused, naming both', () => {
    expect(thrown('GOAL_PROGRESS', 1e-300, 0, 1e10)).toBe(
      'GOAL_PROGRESS: baseline 1e-300 and target 0 are too close together to measure progress between: give a target further from the baseline',
    );
  });

  it('15. regression: a nearly flat trend moving away gave "Invalid time value"; it says so in words', () => {
    // 100 then 100.001 a day later, target 50: down from the first reading, but the line rises.
    expect(call('GOAL_ETA', col(d('2026-01-01'), d('2026-01-02')), col(100, 100.001), 50)).toBe('Moving away');
  });

  it('15. a forecast beyond what a cell holds is refused with a message, not Infinity', () => {
    expect(thrown('GOAL_FORECAST', col(d('2026-01-01'), d('2026-01-02')), col(-1e300, 1e300), d('9999-12-31'))).toBe(
      'GOAL_FORECAST: the forecast is too large for a sheet to hold: check the sizes of the inputs',
    );
  });
});
