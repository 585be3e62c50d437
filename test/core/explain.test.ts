import { describe, expect, it } from 'vitest';
import { explainStatus } from '../../src/core/explain.ts';
import { PROBLEMS, type FactsOf, type ProblemCode } from '../../src/core/problems.ts';
import { describe as describeProblem, type Problem } from '../../src/core/result.ts';
import { DEFAULT_BANDS, goalStatus, type StatusInput } from '../../src/core/status.ts';
import { day, HEALTHCARE, RETAIL, SOFTWARE, statusInputOf } from '../fixtures/examples.ts';

function explain(i: StatusInput): string {
  const r = goalStatus(i);
  if (!r.ok) throw new Error(describeProblem(r.problem));
  return explainStatus(i, r.value);
}

const fromExample = statusInputOf;

const RETAIL_NUMBERS = 'baseline 500000, current 520000, target 550000, increase';
const QUARTER = { start: day('2026-01-01'), due: day('2026-03-31'), asOf: day('2026-02-15'), bands: DEFAULT_BANDS } as const;

describe('explainStatus: one line with the status, the rule that decided it and the numbers', () => {
  it.each<[string, StatusInput, string]>([
    [
      'retail, paced: 0.4 against 45/89 = 50.6%, pace 0.79 between the bands',
      fromExample(RETAIL),
      `At risk: progress 40.0% against expected 50.6% (45 of 89 days from start to due, 2026-01-01 to 2026-03-31); pace 0.79 is below on_track 0.9 but at least at_risk 0.7 [${RETAIL_NUMBERS}; as of 2026-02-15]`,
    ],
    [
      'healthcare, paced: 0.5 against 90/180 = 50.0%, pace 1.00',
      fromExample(HEALTHCARE),
      'On track: progress 50.0% against expected 50.0% (90 of 180 days from start to due, 2026-01-01 to 2026-06-30); pace 1.00 is at least on_track 0.9 [baseline 40, current 36, target 32, decrease; as of 2026-04-01]',
    ],
    [
      'retail under Cascade bands 0.95 / 0.85: pace 0.79 is below at_risk 0.85',
      fromExample(RETAIL, { bands: { onTrack: 0.95, atRisk: 0.85 } }),
      `Off track: progress 40.0% against expected 50.6% (45 of 89 days from start to due, 2026-01-01 to 2026-03-31); pace 0.79 is below at_risk 0.85 [${RETAIL_NUMBERS}; as of 2026-02-15]`,
    ],
    [
      'software, achieved: 30 / 2 = 1500%, unclamped',
      fromExample(SOFTWARE),
      'Achieved: progress 1500.0% has reached the target [baseline -10, current 20, target -8, increase; as of 2026-05-01]',
    ],
    [
      'no data: says to enter a reading',
      fromExample(RETAIL, { current: undefined }),
      'No data: current is blank: enter a reading to get a status [baseline 500000, no current, target 550000, increase; as of 2026-02-15]',
    ],
    [
      'not started: as of before start',
      fromExample(RETAIL, { asOf: day('2025-12-31') }),
      `Not started: as of 2025-12-31 is before start 2026-01-01 [${RETAIL_NUMBERS}; as of 2025-12-31]`,
    ],
    [
      'missed: due has passed with progress 40%',
      fromExample(RETAIL, { asOf: day('2026-04-01') }),
      `Missed: due 2026-03-31 has passed with progress 40.0% [${RETAIL_NUMBERS}; as of 2026-04-01]`,
    ],
    [
      'start day (E = 0): no pace yet',
      fromExample(RETAIL, { asOf: day('2026-01-01') }),
      `On track: the window starts on 2026-01-01; progress 40.0% [${RETAIL_NUMBERS}; as of 2026-01-01]`,
    ],
    [
      'early-window guard: 9 of 100 days, pace 0.01 / 0.09 = 0.11 is below 0.7 but not yet called Off track',
      { baseline: 0, target: 100, current: 1, start: day('2026-01-01'), due: day('2026-04-11'), asOf: day('2026-01-10'), bands: DEFAULT_BANDS },
      'At risk: progress 1.0% against expected 9.0% (9 of 100 days from start to due, 2026-01-01 to 2026-04-11); pace 0.11 is below at_risk 0.7, but less than 10.0% of the window has passed, so it is not yet called Off track [baseline 0, current 1, target 100, increase; as of 2026-01-10]',
    ],
    [
      'at least, holding before due',
      { kind: 'at least', target: 100, current: 120, ...QUARTER },
      'On track: current 120 is at least 100 until due 2026-03-31 [current 120, target 100, at least; as of 2026-02-15]',
    ],
    [
      'at most, held to the due day',
      { kind: 'at most', target: 30, current: 25, ...QUARTER, asOf: day('2026-03-31') },
      'Achieved: current 25 is at most 30 and due 2026-03-31 has come [current 25, target 30, at most; as of 2026-03-31]',
    ],
    [
      'within range, breached: 25 is 5 above 10..20, score 1 − 5/10 = 50%',
      { kind: 'within range', target: 10, upper: 20, current: 25, ...QUARTER },
      'Off track: current 25 is not within 10 to 20 (score 50.0%); due 2026-03-31 [current 25, target 10, upper 20, within range; as of 2026-02-15]',
    ],
    [
      'at least, breached after due',
      { kind: 'at least', target: 100, current: 80, ...QUARTER, asOf: day('2026-04-01') },
      'Missed: current 80 is not at least 100 and due 2026-03-31 has passed [current 80, target 100, at least; as of 2026-04-01]',
    ],
    [
      'milestone in steps, paced like an increase from 0 to 5: 2 of 5 = 40% against 45/89 = 50.6%, pace 0.79',
      { kind: 'milestone', target: 5, current: 2, ...QUARTER },
      'At risk: progress 40.0% against expected 50.6% (45 of 89 days from start to due, 2026-01-01 to 2026-03-31); pace 0.79 is below on_track 0.9 but at least at_risk 0.7 [current 2, target 5, milestone; as of 2026-02-15]',
    ],
    [
      'done-or-not milestone, open mid-window: 45 of 89 days',
      { kind: 'milestone', target: 1, current: 0, ...QUARTER },
      'On track: milestone 0.0% done, due 2026-03-31 (45 of 89 days from start to due, 2026-01-01 to 2026-03-31) [current 0, target 1, milestone; as of 2026-02-15]',
    ],
    [
      'done-or-not milestone, not done the day before due: E = 88/89 ≥ 0.9',
      { kind: 'milestone', target: 1, current: 0, ...QUARTER, asOf: day('2026-03-30') },
      'At risk: milestone not done with 98.9% of the window gone (88 of 89 days from start to due, 2026-01-01 to 2026-03-31); from 90.0% on an open milestone is at risk [current 0, target 1, milestone; as of 2026-03-30]',
    ],
    [
      'awaiting data: past due on a reading from before due names the reading missing',
      { ...fromExample(RETAIL), asOf: day('2026-04-05'), readingDay: day('2026-03-20') },
      `Awaiting data: due 2026-03-31 has passed but the reading is dated 2026-03-20, before it: enter the final reading (dated 2026-03-31 or later) to settle it [baseline 500000, current 520000 read 2026-03-20, target 550000, increase; as of 2026-04-05]`,
    ],
    [
      'a reading dated before as_of is judged on its own day: Feb 1 is 31 of 89 days, E = 0.348, r = 0.4 / 0.348 = 1.15',
      { ...fromExample(RETAIL), readingDay: day('2026-02-01') },
      `On track: progress 40.0% against expected 34.8% (31 of 89 days from start to due, on the reading's date 2026-02-01, 2026-01-01 to 2026-03-31); pace 1.15 is at least on_track 0.9 [baseline 500000, current 520000 read 2026-02-01, target 550000, increase; as of 2026-02-15]`,
    ],
    [
      'at most 30 from 48, moving toward the level: (34 − 48)/(30 − 48) = 0.778 against 151/364 = 0.415, pace 1.87',
      { kind: 'at most', baseline: 48, target: 30, current: 34, start: day('2026-01-01'), due: day('2026-12-31'), asOf: day('2026-06-01'), bands: DEFAULT_BANDS },
      'On track: moving toward at most 30: progress 77.8% against expected 41.5% (151 of 364 days from start to due, 2026-01-01 to 2026-12-31); pace 1.87 is at least on_track 0.9 [baseline 48, current 34, target 30, at most; as of 2026-06-01]',
    ],
    [
      // regression: read "moving toward within 4 to 6". Above the range, the nearer end is 6: (7 − 10)/(6 − 10) = 0.75 against 181/364 = 0.497, pace 1.51.
      'within 4 to 6 from 10, moving toward the range',
      { kind: 'within range', baseline: 10, target: 4, upper: 6, current: 7, start: day('2026-01-01'), due: day('2026-12-31'), asOf: day('2026-07-01'), bands: DEFAULT_BANDS },
      'On track: moving toward the range 4 to 6: progress 75.0% against expected 49.7% (181 of 364 days from start to due, 2026-01-01 to 2026-12-31); pace 1.51 is at least on_track 0.9 [baseline 10, current 7, target 4, upper 6, within range; as of 2026-07-01]',
    ],
    [
      // Below the range from 1, the nearer end is 4: (2 − 1)/(4 − 1) = 0.333 against 0.497, pace 0.67.
      'within 4 to 6 from 1, moving toward the range from below',
      { kind: 'within range', baseline: 1, target: 4, upper: 6, current: 2, start: day('2026-01-01'), due: day('2026-12-31'), asOf: day('2026-07-01'), bands: DEFAULT_BANDS },
      'Off track: moving toward the range 4 to 6: progress 33.3% against expected 49.7% (181 of 364 days from start to due, 2026-01-01 to 2026-12-31); pace 0.67 is below at_risk 0.7 [baseline 1, current 2, target 4, upper 6, within range; as of 2026-07-01]',
    ],
  ])('%s', (_name, input, expected) => {
    expect(explain(input)).toBe(expected);
  });

  it('starts with the same label GOAL_STATUS gives', () => {
    for (const asOf of ['2025-12-01', '2026-01-01', '2026-01-05', '2026-02-15', '2026-03-31', '2026-04-01']) {
      const i = fromExample(RETAIL, { asOf: day(asOf) });
      const r = goalStatus(i);
      if (!r.ok) throw new Error(describeProblem(r.problem));
      expect(explainStatus(i, r.value).startsWith(`${r.value.status}: `)).toBe(true);
    }
  });
});

describe('problem messages: every code names the field it is about and what to do', () => {
  // [facts, the field or input named, the fix or reason given]: a Record over every code, so a new code must be added here.
  const d = day;
  const CASES: { [C in ProblemCode]: [FactsOf<C>, string, string] } = {
    'not-a-number': [{ field: 'current', shown: 'an object' }, 'current an object', 'type a number such as 1200'],
    'not-plain-number': [{ field: 'values row 3', shown: '"2%"' }, 'values row 3 "2%"', 'type digits only'],
    'not-finite': [{ field: 'baseline' }, 'baseline is not a finite number', 'check the cell it comes from for a division by zero'],
    'number-out-of-range': [{ field: 'current', shown: '"1e400"' }, 'current "1e400"', 'between 1e-300 and 1e+300'],
    'date-not-number': [{ field: 'target' }, 'target is a date', 'give a number'],
    'error-from-formula': [{ field: 'current', shown: '"Error: x"' }, 'current is an error from another formula', 'fix that first'],
    'invalid-date': [{ field: 'due' }, 'due is an invalid date', 're-enter it as a date'],
    'date-out-of-calendar': [{ field: 'start', shown: '"0001-01-01"' }, 'start "0001-01-01"', '1899-12-30 to 9999-12-31'],
    'not-a-date': [{ field: 'due', shown: '"soon"' }, 'due "soon" is not a date', 'DATE(2026,3,31)'],
    'unknown-kind': [{ field: 'kind', shown: '"more"' }, 'kind "more" is not a goal kind', 'use increase, decrease, at least, at most, within range or milestone'],
    'unknown-choice': [{ field: 'per', shown: '"fortnight"', choices: '"day", "week"' }, 'per "fortnight"', 'use one of them'],
    'not-text': [{ field: 'keys row 2', shown: 'an object' }, 'keys row 2', 'give text or a number'],
    'blank-required': [{ field: 'as_of', fix: 'point it at the as-of date cell' }, 'as_of is blank', 'point it at the as-of date cell'],
    'not-positive': [{ field: 'cadence', shown: '0', fix: 'give the days allowed between readings' }, 'cadence 0 is not above 0', 'give the days allowed'],
    'not-whole-count': [{ field: 'n', shown: '2.5', most: 1000 }, 'n 2.5', 'whole number from 1 to 1000'],
    'not-single': [{ field: 'per' }, 'per is a range', 'give one value'],
    'too-many-arguments': [{ fn: 'KPI_NPS', most: 1, signature: 'KPI_NPS(scores)', got: 2 }, 'takes at most 1 argument, KPI_NPS(scores), but got 2', 'remove the extra ones'],
    'shape-mismatch': [{ field: 'target', size: '3×1', other: 'baseline', otherSize: '4×1' }, 'target is 3×1 cells but baseline is 4×1', 'give ranges of the same size'],
    'length-mismatch': [{ field: 'dates', count: 3, other: 'values', otherCount: 4 }, 'dates has 3 cells but values has 4', 'give ranges of the same size'],
    'needs-companion': [{ field: 'key', other: 'keys', fix: 'give the range of keys' }, 'key is given but keys is blank', 'give the range of keys'],
    'undated-reading': [{ field: 'dates row 2', value: 'values row 2' }, 'dates row 2 is blank but values row 2 has a value', 'give every reading a date'],
    'target-equals-baseline': [{ value: 100 }, 'target equals baseline (100)', 'use kind "at least" or "at most" to hold a level'],
    'change-as-percent': [{ change: 10, percent: 1000 }, 'change 10 would be 1000%', 'write a percentage as a fraction (10% is 0.1)'],
    'missing-target': [undefined, 'target is blank', 'only a done-or-not milestone may leave it blank'],
    'flag-not-milestone': [{ value: 'TRUE' }, 'current is TRUE', 'give a number, or set kind to "milestone"'],
    'missing-baseline': [undefined, 'baseline is blank', 'needs the starting value, or give a kind such as "at least"'],
    'increase-target-below': [{ baseline: 40, target: 32 }, 'kind is "increase" but target 32 is below baseline 40', 'use "decrease", or leave kind blank'],
    'decrease-target-above': [{ baseline: 10, target: 20 }, 'kind is "decrease" but target 20 is above baseline 10', 'use "increase", or leave kind blank'],
    'missing-upper': [undefined, 'upper is blank', 'needs the high end in upper (target is the low end)'],
    'upper-below-target': [{ low: 20, high: 10 }, 'upper 10 is below target 20', 'target is the low end of the range, upper the high end'],
    'milestone-target': [{ target: 0 }, 'target 0 is not a count', "a milestone's target is 1 (done) or the number of steps"],
    'milestone-current': [{ current: -1 }, 'current -1 is below 0', "a milestone's current is TRUE/FALSE, 1/0 or the steps done"],
    'relative-zero-baseline': [undefined, 'baseline is 0', 'give the change in points instead'],
    'progress-overflow': [{ baseline: 5e-324, target: 0 }, 'baseline 5e-324 and target 0', 'give a target further from the baseline'],
    'change-too-large': [{ shown: '+1000000%' }, 'the change +1000000% is 500% or more', 'give the target itself'],
    'window-off-calendar': [{ phrase: 'in 10000' }, '"in 10000" reaches past the dates a sheet holds', 'give a nearer deadline'],
    'result-out-of-range': [{ what: 'forecast' }, 'the forecast', 'check the sizes of the inputs'],
    'date-result-out-of-calendar': [{ what: 'date' }, 'the date', '1899-12-30 to 9999-12-31'],
    'missing-date': [{ field: 'start', which: 'first' }, 'start is blank', 'give the first day of the window'],
    'due-before-start': [{ start: d('2026-03-31'), due: d('2026-01-01') }, 'due 2026-01-01 is before start 2026-03-31', 'the due date is the last day of the window'],
    'reading-after-as-of': [{ reading: d('2026-03-02'), asOf: d('2026-03-01') }, 'reading_date 2026-03-02 is after as_of 2026-03-01', 'check the date, or move the as-of date on'],
    'band-not-positive': [{ onTrack: 0, atRisk: 0.7 }, 'on_track 0 and at_risk 0.7', 'must be pace ratios above 0, such as 0.9 and 0.7'],
    'band-as-percent': [{ onTrack: 90, atRisk: 70 }, 'on_track 90 and at_risk 70', 'not percentages: write 90% as 0.9'],
    'bands-out-of-order': [{ onTrack: 0.7, atRisk: 0.9 }, 'at_risk 0.9 is above on_track 0.7', 'at_risk must be the lower band (defaults 0.9 and 0.7)'],
    'too-few-readings': [{ count: 1 }, 'only 1 dated reading(s)', 'a trend needs at least two'],
    'readings-same-day': [undefined, 'every reading has the same date', 'readings on at least two different days'],
    'eta-beyond-calendar': [{ target: 1e6 }, 'target 1000000', 'too slow to reach target 1000000 before 9999-12-31'],
    'negative-weight': [{ field: 'weights row 3', weight: -1 }, 'weights row 3 is -1', 'weights are 0 or more'],
    'zero-weights': [undefined, 'the weights of the children with data add up to 0', 'give at least one a weight above 0'],
    'duplicate-id': [{ field: 'ids row 4', id: 'G1', first: 'ids row 1' }, 'ids row 4 "G1" is also ids row 1', 'give every goal its own id'],
    'unknown-parent': [{ field: 'parents row 2', id: 'G9' }, 'parents row 2 "G9" is not one of the ids', 'leave it blank for a top-level goal'],
    'child-problem': [{ field: 'ids row 1', child: 'ids row 3' }, 'ids row 1 cannot be rolled up: its child ids row 3 has an error', 'fix that row first'],
    'parent-cycle': [{ field: 'ids row 2', path: 'A → B → A' }, 'ids row 2 is in a cycle of parents (A → B → A)', 'a goal cannot be its own ancestor'],
    'nps-score': [{ field: 'scores column 2', score: 11 }, 'scores column 2 is 11', 'NPS scores are whole numbers from 0 to 10'],
    'oee-factor': [{ factor: 'availability', value: 87.5 }, 'availability 87.5', 'a fraction between 0 and 1 (87.5% is 0.875)'],
    'invalid-param': [{ field: 'value', problem: 'is missing: give a number' }, 'value is missing', 'give a number'],
    'unknown-method': [{ method: '"checkin"', methods: 'listGoals, checkIn' }, '"checkin" is not a Goalpost method', 'use one of listGoals, checkIn'],
    busy: [undefined, 'Goalpost is busy with another change', 'Try again in a moment'],
    'server-error': [{ detail: 'Service invoked too many times' }, 'Goalpost failed unexpectedly (Service invoked too many times)', 'check the sheet, and try again'],
    'unknown-table': [{ field: 'tableId', table: 'T7' }, 'goal table "T7" is not in this spreadsheet', 'reload the goals'],
    'unknown-goal': [{ field: 'goalId', id: 'R9', sheet: 'Retail goals' }, 'goal "R9" is not in Retail goals', 'reload the goals'],
    'table-columns-missing': [{ sheet: 'Retail goals', missing: '"Due"' }, 'Retail goals: the header row has no "Due" column', 'type the header back'],
    'log-missing': [{ sheet: 'Retail goals' }, 'Retail goals: its KPI log sheet was deleted', 'undo the deletion'],
    'changes-missing': [{ sheet: 'Retail goals' }, 'Retail goals: its change log sheet was deleted', 'undo the deletion'],
    'log-header-changed': [{ sheet: 'Retail goals log', expected: 'Date, Goal id' }, 'Retail goals log: row 1 should read Date, Goal id', 'type the headers back'],
    'reading-moved': [{ field: 'row', sheet: 'Retail goals log', row: 7 }, 'Retail goals log row 7 no longer holds that check-in', 'reload the goal and try again'],
    'reading-in-future': [{ field: 'date', date: '2026-12-01', today: '2026-11-29' }, 'date 2026-12-01 is after today (2026-11-29)', 'a reading cannot come from the future'],
    'target-unchanged': [{ field: 'target', target: 550000 }, "target 550000 is the goal's target already", 'give the new target'],
    'target-is-formula': [{ cell: 'Retail goals!I4', formula: '=GOAL_TARGET(H4, 0.1)' }, 'Retail goals!I4 computes the target with a formula (=GOAL_TARGET(H4, 0.1))', 'clear it to revise the target here'],
    'nothing-to-correct': [undefined, 'the correction changes nothing', 'or delete the check-in'],
    'goal-has-children': [{ field: 'goalId', id: 'R', children: '"R1", "R2"' }, 'goal "R" is the parent of "R1", "R2"', 'archive those first, or give them another parent'],
    'sheet-not-found': [{ field: 'sheetName', sheet: 'Plans' }, 'sheetName "Plans" is not a sheet', 'give the name its tab shows'],
    'already-goal-table': [{ field: 'sheetName', sheet: 'Retail goals', table: 'T1' }, 'Retail goals is goal table T1 already', 'adopt another sheet'],
    'goalpost-sheet': [{ field: 'sheetName', sheet: 'Retail goals log', what: 'the KPI log of Retail goals' }, 'Retail goals log is the KPI log of Retail goals', 'adopt the sheet that lists your goals'],
    'no-header-row': [{ field: 'headerRow', sheet: 'Plans', rows: 20 }, 'Plans: none of its first 20 rows', 'give headerRow, or rename the headers'],
    'role-is-computed': [{ field: 'mapping.status', role: 'status' }, 'status is a column Goalpost computes', 'leave it out of the mapping'],
    'column-outside-sheet': [{ field: 'mapping.target', column: 'Z', last: 'H' }, "mapping.target Z is past the sheet's last column", 'give a column from A to H'],
    'column-without-header': [{ field: 'mapping.target', column: 'C', row: 2 }, 'mapping.target C has no header in row 2', 'type one there first'],
    'header-not-unique': [{ field: 'mapping.target', column: 'F', header: 'Value', first: 'C' }, 'mapping.target F: its header "Value" is also column C\'s', 'rename one of them'],
    'header-too-long': [{ field: 'mapping.goal', column: 'A', most: 100 }, 'mapping.goal A: its header is longer than 100 characters', 'shorten it'],
    'column-mapped-twice': [{ field: 'mapping.goal', column: 'C', other: 'mapping.kpi' }, 'mapping.goal C is also given as mapping.kpi', 'map one of them to another column'],
    'adopt-roles-missing': [{ sheet: 'Plans', missing: 'the target' }, 'Plans cannot become a goal table: no column gives the target', "rename that column's header (or map it)"],
  };

  it.each(Object.entries(CASES))('%s', (code, [facts, field, fix]) => {
    const text = describeProblem({ code, facts } as Problem);
    expect(text).toContain(field);
    expect(text).toContain(fix);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  it('covers every problem code', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(PROBLEMS).sort());
  });
});

describe('regression: a day outside the calendar read "on before 1899-12-30" inside a sentence', () => {
  // day() names such a day by the end it passes, as a noun phrase that fits wherever a date does.
  it.each<[string, Problem, string]>([
    ['due before the calendar', { code: 'due-before-start', facts: { start: day('2026-01-01'), due: -5000 } }, 'due a day before 1899-12-30 is before start 2026-01-01'],
    ['a reading after the calendar', { code: 'reading-after-as-of', facts: { reading: 3_000_000, asOf: day('2026-03-01') } }, 'reading_date a day after 9999-12-31 is after as_of 2026-03-01'],
  ])('%s', (_n, problem, text) => {
    expect(describeProblem(problem)).toContain(text);
  });
});

describe('regression: the explanation printed "pace 0.90 is below on_track 0.9"', () => {
  it('shows as many decimals as it takes for the pace not to contradict the band', async () => {
    const { goalStatus } = await import('../../src/core/status.ts');
    const { explainStatus } = await import('../../src/core/explain.ts');
    // Progress 0.4498 against expected 0.5 is pace 0.8996: At risk, which two decimals would show as 0.90.
    const input = { baseline: 0, target: 1, current: 0.4498, start: 100, due: 200, asOf: 150, bands: { onTrack: 0.9, atRisk: 0.7 } };
    const r = goalStatus(input);
    if (!r.ok) throw new Error('expected a status');
    expect(r.value.status).toBe('At risk');
    expect(explainStatus(input, r.value)).toContain('pace 0.8996 is below on_track 0.9');
  });
});

describe('regression: a one-day window was explained as "day 0 of 0"', () => {
  it('names the one day instead', async () => {
    const { goalStatus } = await import('../../src/core/status.ts');
    const { explainStatus } = await import('../../src/core/explain.ts');
    // Start = due = as-of = serial 46100 (2026-03-19): expected is 1, progress 0.5 gives pace 0.5: Off track.
    const input = { baseline: 0, target: 10, current: 5, start: 46100, due: 46100, asOf: 46100, bands: { onTrack: 0.9, atRisk: 0.7 } };
    const r = goalStatus(input);
    if (!r.ok) throw new Error('expected a status');
    expect(explainStatus(input, r.value)).toContain('(a one-day window, 2026-03-19)');
  });
});

describe('regression: GOAL_EXPLAIN showed "progress Infinity%" and "pace -Infinity" for a current 1e300 away from a target 1e-7 away from its baseline', () => {
  const QUARTER = { start: 46000, due: 46090, bands: DEFAULT_BANDS } as const;

  it('progress past 1e306 is shown with its exponent', () => {
    // (1e300 − 0) / (1e-7 − 0) = 1e307: Achieved, 1e309%.
    expect(explain({ baseline: 0, target: 1e-7, current: 1e300, ...QUARTER, asOf: 46045 })).toContain('Achieved: progress 1.0e+309% has reached the target');
    // −1e307 half-way through: Off track, −1e309%.
    const line = explain({ baseline: 0, target: 1e-7, current: -1e300, ...QUARTER, asOf: 46045 });
    expect(line).toContain('progress -1.0e+309% against expected 50.0%');
    expect(line).not.toMatch(/Infinity|NaN/);
  });

  it('a pace past what a double holds says so', () => {
    // −1e302 progress against 1 day of 2,000,000 (expected 5e-7): the ratio overflows to −Infinity.
    const line = explain({ baseline: 0, target: 0.01, current: -1e300, start: 46000, due: 2_046_000, asOf: 46001, bands: DEFAULT_BANDS });
    expect(line).toContain('pace below -1e308 is below at_risk 0.7');
    expect(line).not.toMatch(/Infinity|NaN/);
  });
});
