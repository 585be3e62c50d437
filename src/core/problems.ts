/**
 * Every expected failure Goalpost reports, and the one message for each. A message names
 * the field (the argument, or a cell's position in it) and says how to fix it. Each entry
 * declares the facts it needs, so a caller cannot forget one or misspell it.
 */
import { FIRST_DAY, isoFromDay, LAST_DAY } from './dates.ts';
import { MAX_MAGNITUDE, MAX_RELATIVE_CHANGE, MIN_MAGNITUDE } from './numbers.ts';
import { DEFAULT_BANDS, KIND_LIST, type Bands } from './vocabulary.ts';

/** A day in a message; one outside the calendar a sheet holds is named by the end it passes, as a noun ("due a day before 1899-12-30"). */
const day = (serial: number): string => (serial < FIRST_DAY ? 'a day before 1899-12-30' : serial > LAST_DAY ? 'a day after 9999-12-31' : isoFromDay(serial));
const DEFAULTS = `${DEFAULT_BANDS.onTrack} and ${DEFAULT_BANDS.atRisk}`;
const DATE_HELP = 'use a date cell, DATE(2026,3,31) or the text 2026-03-31';

interface Field {
  /** The argument, or where a cell sits in it ("dates row 3"). */
  readonly field: string;
}
interface Shown extends Field {
  /** The value as typed, quoted and shortened. */
  readonly shown: string;
}

export const PROBLEMS = {
  // Reading a cell.
  'not-a-number': (f: Shown) => `${f.field} ${f.shown} is not a number: type a number such as 1200`,
  'not-plain-number': (f: Shown) => `${f.field} ${f.shown} is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)`,
  'not-finite': (f: Field) => `${f.field} is not a finite number: check the cell it comes from for a division by zero`,
  'number-out-of-range': (f: Shown) =>
    `${f.field} ${f.shown} is too large or too small to compute with: give 0 or a number whose size is between ${MIN_MAGNITUDE} and ${MAX_MAGNITUDE}`,
  'date-not-number': (f: Field) => `${f.field} is a date: give a number`,
  'error-from-formula': (f: Shown) => `${f.field} is an error from another formula (${f.shown}): fix that first`,
  'invalid-date': (f: Field) => `${f.field} is an invalid date: re-enter it as a date, such as 2026-03-31`,
  'date-out-of-calendar': (f: Shown) => `${f.field} ${f.shown} is outside the dates a sheet holds (1899-12-30 to 9999-12-31): ${DATE_HELP}`,
  'not-a-date': (f: Shown) => `${f.field} ${f.shown} is not a date: ${DATE_HELP}`,
  'unknown-kind': (f: Shown) => `${f.field} ${f.shown} is not a goal kind: use ${KIND_LIST} (or leave it blank)`,
  'unknown-choice': (f: Shown & { readonly choices: string }) => `${f.field} ${f.shown} is not one of ${f.choices}: use one of them (or leave it blank)`,
  'not-text': (f: Shown) => `${f.field} ${f.shown} is not text: give text or a number`,
  'blank-required': (f: Field & { readonly fix: string }) => `${f.field} is blank: ${f.fix}`,
  'not-positive': (f: Shown & { readonly fix: string }) => `${f.field} ${f.shown} is not above 0: ${f.fix}`,
  'not-whole-count': (f: Shown & { readonly most: number }) => `${f.field} ${f.shown} is not a whole number from 1 to ${f.most}`,

  // The shape of a call.
  'too-many-arguments': (f: { readonly fn: string; readonly most: number; readonly signature: string; readonly got: number }) =>
    `takes at most ${f.most} argument${f.most === 1 ? '' : 's'}, ${f.signature}, but got ${f.got}: remove the extra ones`,
  'shape-mismatch': (f: { readonly field: string; readonly size: string; readonly other: string; readonly otherSize: string }) =>
    `${f.field} is ${f.size} cells but ${f.other} is ${f.otherSize}: give ranges of the same size`,
  'length-mismatch': (f: { readonly field: string; readonly count: number; readonly other: string; readonly otherCount: number }) =>
    `${f.field} has ${f.count} cells but ${f.other} has ${f.otherCount}: give ranges of the same size`,
  'not-single': (f: Field) => `${f.field} is a range: give one value (a single cell)`,
  'needs-companion': (f: Field & { readonly other: string; readonly fix: string }) => `${f.field} is given but ${f.other} is blank: ${f.fix}`,
  'undated-reading': (f: Field & { readonly value: string }) => `${f.field} is blank but ${f.value} has a value: give every reading a date`,

  // Goals.
  'target-equals-baseline': (f: { readonly value: number }) =>
    `target equals baseline (${f.value}): there is nothing to move; use kind "at least" or "at most" to hold a level`,
  'change-as-percent': (f: { readonly change: number; readonly percent: number }) =>
    `change ${f.change} would be ${f.percent}%: write a percentage as a fraction (10% is 0.1); changes of ${MAX_RELATIVE_CHANGE * 100}% or more are refused`,
  'missing-target': () => 'target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)',
  'flag-not-milestone': (f: { readonly value: string }) => `current is ${f.value}, a done flag only a milestone takes: give a number, or set kind to "milestone"`,
  'missing-baseline': () => 'baseline is blank: an increase or decrease goal needs the starting value, or give a kind such as "at least"',
  'increase-target-below': (f: { readonly target: number; readonly baseline: number }) =>
    `kind is "increase" but target ${f.target} is below baseline ${f.baseline}: use "decrease", or leave kind blank`,
  'decrease-target-above': (f: { readonly target: number; readonly baseline: number }) =>
    `kind is "decrease" but target ${f.target} is above baseline ${f.baseline}: use "increase", or leave kind blank`,
  'missing-upper': () => 'upper is blank: a "within range" goal needs the high end in upper (target is the low end)',
  'upper-below-target': (f: { readonly low: number; readonly high: number }) => `upper ${f.high} is below target ${f.low}: target is the low end of the range, upper the high end`,
  'milestone-target': (f: { readonly target: number }) => `target ${f.target} is not a count: a milestone's target is 1 (done) or the number of steps`,
  'milestone-current': (f: { readonly current: number }) => `current ${f.current} is below 0: a milestone's current is TRUE/FALSE, 1/0 or the steps done`,
  'relative-zero-baseline': () => 'baseline is 0, which has no relative change: give the change in points instead (target = baseline + points)',
  'progress-overflow': (f: { readonly baseline: number; readonly target: number }) =>
    `baseline ${f.baseline} and target ${f.target} are too close together to measure progress between: give a target further from the baseline`,
  'change-too-large': (f: { readonly shown: string }) =>
    `the change ${f.shown} is ${MAX_RELATIVE_CHANGE * 100}% or more, which a target refuses (GOAL_TARGET too): check the number, or give the target itself, such as "to 40"`,
  'window-off-calendar': (f: { readonly phrase: string }) => `"${f.phrase}" reaches past the dates a sheet holds (1899-12-30 to 9999-12-31): give a nearer deadline`,
  'result-out-of-range': (f: { readonly what: string }) => `the ${f.what} is too large for a sheet to hold: check the sizes of the inputs`,
  'date-result-out-of-calendar': (f: { readonly what: string }) => `the ${f.what} falls outside the dates a sheet holds (1899-12-30 to 9999-12-31)`,

  // Time.
  'missing-date': (f: Field & { readonly which: string }) => `${f.field} is blank: give the ${f.which} day of the window`,
  'due-before-start': (f: { readonly start: number; readonly due: number }) =>
    `due ${day(f.due)} is before start ${day(f.start)}: the due date is the last day of the window, so give one on or after start`,
  'reading-after-as-of': (f: { readonly reading: number; readonly asOf: number }) =>
    `reading_date ${day(f.reading)} is after as_of ${day(f.asOf)}: a reading cannot come from the future; check the date, or move the as-of date on`,

  // Bands.
  'band-not-positive': (f: Bands) => `on_track ${f.onTrack} and at_risk ${f.atRisk} must be pace ratios above 0, such as ${DEFAULTS}`,
  'band-as-percent': (f: Bands) => `on_track ${f.onTrack} and at_risk ${f.atRisk} must be pace ratios such as ${DEFAULTS}, not percentages: write 90% as 0.9`,
  'bands-out-of-order': (f: Bands) => `at_risk ${f.atRisk} is above on_track ${f.onTrack}: at_risk must be the lower band (defaults ${DEFAULTS})`,

  // Series and trends.
  'too-few-readings': (f: { readonly count: number }) => `only ${f.count} dated reading(s): a trend needs at least two`,
  'readings-same-day': () => 'every reading has the same date: a trend needs readings on at least two different days',
  'eta-beyond-calendar': (f: { readonly target: number }) => `the trend is too slow to reach target ${f.target} before 9999-12-31, the last date a sheet holds`,

  // Rollups and standard KPIs.
  'negative-weight': (f: Field & { readonly weight: number }) => `${f.field} is ${f.weight}: weights are 0 or more`,
  'zero-weights': () => 'the weights of the children with data add up to 0: give at least one a weight above 0',
  'duplicate-id': (f: Field & { readonly id: string; readonly first: string }) => `${f.field} "${f.id}" is also ${f.first}: give every goal its own id`,
  'unknown-parent': (f: Field & { readonly id: string }) => `${f.field} "${f.id}" is not one of the ids: fix the parent, or leave it blank for a top-level goal`,
  'child-problem': (f: Field & { readonly child: string }) => `${f.field} cannot be rolled up: its child ${f.child} has an error; fix that row first`,
  'parent-cycle': (f: Field & { readonly path: string }) => `${f.field} is in a cycle of parents (${f.path}): a goal cannot be its own ancestor`,
  'nps-score': (f: Field & { readonly score: number }) => `${f.field} is ${f.score}: NPS scores are whole numbers from 0 to 10`,
  'oee-factor': (f: { readonly factor: string; readonly value: number }) => `${f.factor} ${f.value} is not a fraction between 0 and 1 (87.5% is 0.875)`,

  // Calls to the server (the sidebar's requests): the field is the parameter's path.
  'invalid-param': (f: Field & { readonly problem: string }) => `${f.field} ${f.problem}`,
  'unknown-method': (f: { readonly method: string; readonly methods: string }) => `${f.method} is not a Goalpost method: use one of ${f.methods}`,
  busy: () => 'Goalpost is busy with another change to this spreadsheet. Try again in a moment.',
  'server-error': (f: { readonly detail: string }) => `Goalpost failed unexpectedly (${f.detail}): reload, check the sheet, and try again`,

  // Goal tables, their KPI logs and change logs.
  'unknown-table': (f: Field & { readonly table: string }) => `goal table "${f.table}" is not in this spreadsheet any more: reload the goals`,
  'unknown-goal': (f: Field & { readonly id: string; readonly sheet: string }) => `goal "${f.id}" is not in ${f.sheet} any more (its row was deleted or its id changed): reload the goals`,
  'table-columns-missing': (f: { readonly sheet: string; readonly missing: string }) => `${f.sheet}: the header row has no ${f.missing} column: type the header back (or undo the change)`,
  'log-missing': (f: { readonly sheet: string }) => `${f.sheet}: its KPI log sheet was deleted: undo the deletion (or restore it from version history), or create a new table`,
  'changes-missing': (f: { readonly sheet: string }) => `${f.sheet}: its change log sheet was deleted: undo the deletion (or restore it from version history) to keep the history of targets and corrections`,
  'log-header-changed': (f: { readonly sheet: string; readonly expected: string }) => `${f.sheet}: row 1 should read ${f.expected}: type the headers back (or undo the change) so entries land in the right columns`,
  'reading-moved': (f: Field & { readonly sheet: string; readonly row: number }) => `${f.sheet} row ${f.row} no longer holds that check-in (the log was edited or sorted): reload the goal and try again`,
  'reading-in-future': (f: Field & { readonly date: string; readonly today: string }) => `${f.field} ${f.date} is after today (${f.today}): a reading cannot come from the future`,
  'target-unchanged': (f: Field & { readonly target: number }) => `${f.field} ${f.target} is the goal's target already: give the new target`,
  'target-is-formula': (f: { readonly cell: string; readonly formula: string }) =>
    `${f.cell} computes the target with a formula (${f.formula}): change the formula, or clear it to revise the target here`,
  'goal-has-children': (f: Field & { readonly id: string; readonly children: string }) =>
    `goal "${f.id}" is the parent of ${f.children}: archive those first, or give them another parent (or none)`,
  'nothing-to-correct': () => 'the correction changes nothing: give a new value, date, confidence or note, or delete the check-in',

  // Adopting a sheet someone made.
  'sheet-not-found': (f: Field & { readonly sheet: string }) => `${f.field} "${f.sheet}" is not a sheet of this spreadsheet: give the name its tab shows`,
  'already-goal-table': (f: Field & { readonly sheet: string; readonly table: string }) =>
    `${f.sheet} is goal table ${f.table} already: use Refresh to bring its columns back, or adopt another sheet`,
  'goalpost-sheet': (f: Field & { readonly sheet: string; readonly what: string }) =>
    `${f.sheet} is ${f.what}, a sheet Goalpost keeps itself: adopt the sheet that lists your goals`,
  'no-header-row': (f: Field & { readonly sheet: string; readonly rows: number }) =>
    `${f.sheet}: none of its first ${f.rows} rows names a goal (or KPI) column and another Goalpost knows, such as Target, Goal value or Deadline: give headerRow, or rename the headers`,
  'role-is-computed': (f: Field & { readonly role: string }) =>
    `${f.role} is a column Goalpost computes and adds itself: leave it out of the mapping (only current and readingDate may be your own columns)`,
  'column-outside-sheet': (f: Field & { readonly column: string; readonly last: string }) =>
    `${f.field} ${f.column} is past the sheet's last column with content (${f.last}): give a column from A to ${f.last}`,
  'column-without-header': (f: Field & { readonly column: string; readonly row: number }) =>
    `${f.field} ${f.column} has no header in row ${f.row}: type one there first, since Goalpost finds a table's columns by their headers`,
  'header-not-unique': (f: Field & { readonly column: string; readonly header: string; readonly first: string }) =>
    `${f.field} ${f.column}: its header "${f.header}" is also column ${f.first}'s: rename one of them, since Goalpost finds a table's columns by their headers`,
  'header-too-long': (f: Field & { readonly column: string; readonly most: number }) =>
    `${f.field} ${f.column}: its header is longer than ${f.most} characters: shorten it, since Goalpost records a table's headers to find its columns`,
  'column-mapped-twice': (f: Field & { readonly column: string; readonly other: string }) =>
    `${f.field} ${f.column} is also given as ${f.other}: a column holds one role; map one of them to another column (or to null)`,
  'adopt-roles-missing': (f: { readonly sheet: string; readonly missing: string }) =>
    `${f.sheet} cannot become a goal table: no column gives ${f.missing}: rename that column's header (or map it), then adopt again; nothing was changed`,
} as const;

export type ProblemCode = keyof typeof PROBLEMS;
/** The facts a code's message needs; undefined for a message that needs none. */
export type FactsOf<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]> extends [infer F] ? F : undefined;
