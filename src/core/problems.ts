import { isoFromDay } from './dates.ts';

/** Every expected failure the core reports, and the one message for each. Messages name the field and the fix. */
type Facts = Readonly<Record<string, string | number>>;

const day = (v: string | number | undefined) => (typeof v === 'number' ? isoFromDay(v) : String(v));

export const PROBLEM_MESSAGES = {
  'target-equals-baseline': (f: Facts) =>
    `target equals baseline (${f.value}): there is nothing to move; use kind "at least" or "at most" to hold a level`,
  'change-as-percent': (f: Facts) =>
    `change ${f.change} would be ${f.percent}%: write a percentage as a fraction (10% is 0.1); changes of 500% or more are refused`,
  /** A reading the function layer found bad, pinned on one result (KPI_LATEST's key). */
  'bad-reading': (f: Facts) => `${f.detail}`,
  'missing-date': (f: Facts) => `${f.field} is blank: give the ${f.which} day of the window`,
  'missing-target': () => 'target is blank: a goal needs a target (only a done-or-not milestone may leave it blank)',
  'flag-not-milestone': (f: Facts) => `current is ${f.value}, a done flag only a milestone takes: give a number, or set kind to "milestone"`,
  'missing-baseline': () => 'baseline is blank: an increase or decrease goal needs the starting value, or give a kind such as "at least"',
  'increase-target-below': (f: Facts) =>
    `kind is "increase" but target ${f.target} is below baseline ${f.baseline}: use "decrease", or leave kind blank`,
  'decrease-target-above': (f: Facts) =>
    `kind is "decrease" but target ${f.target} is above baseline ${f.baseline}: use "increase", or leave kind blank`,
  'missing-upper': () => 'upper is blank: a "within range" goal needs the high end in upper (target is the low end)',
  'upper-below-target': (f: Facts) => `upper ${f.high} is below target ${f.low}: target is the low end of the range, upper the high end`,
  'milestone-target': (f: Facts) => `target ${f.target} is not a count: a milestone's target is 1 (done) or the number of steps`,
  'milestone-current': (f: Facts) => `current ${f.current} is below 0: a milestone's current is TRUE/FALSE, 1/0 or the steps done`,
  'unknown-kind': (f: Facts) =>
    `kind "${f.text}" is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)`,
  'relative-zero-baseline': () => 'baseline is 0, which has no relative change: give the change in points instead (target = baseline + points)',
  'due-before-start': (f: Facts) => `due ${day(f.due)} is before start ${day(f.start)}: the due date is the last day of the window, so give one on or after start`,
  'no-days-left': (f: Facts) => `as_of ${day(f.asOf)} is not before due ${day(f.due)}: no days are left to reach the target; set a later due date to plan a new pace`,
  'band-not-positive': (f: Facts) => `on_track ${f.onTrack} and at_risk ${f.atRisk} must be pace ratios above 0, such as 0.9 and 0.7`,
  'band-as-percent': (f: Facts) =>
    `on_track ${f.onTrack} and at_risk ${f.atRisk} must be pace ratios such as 0.9 and 0.7, not percentages: write 90% as 0.9`,
  'bands-out-of-order': (f: Facts) => `at_risk ${f.atRisk} is above on_track ${f.onTrack}: at_risk must be the lower band (defaults 0.9 and 0.7)`,
  'too-few-readings': (f: Facts) => `only ${f.count} dated reading(s): a trend needs at least two`,
  'readings-same-day': () => 'every reading has the same date: a trend needs readings on at least two different days',
  'flat-trend': (f: Facts) => `the trend is flat, so it never reaches target ${f.target}: it needs readings that change`,
  'eta-beyond-calendar': (f: Facts) => `the trend is too slow to reach target ${f.target} before 9999-12-31, the last date a sheet holds`,
  'negative-weight': (f: Facts) => `weight ${f.weight} at position ${f.position} is below 0: weights are 0 or more`,
  'zero-weights': () => 'the weights of the children with data add up to 0: give at least one a weight above 0',
  'nps-score': (f: Facts) => `scores item ${f.position} is ${f.score}: NPS scores are whole numbers from 0 to 10`,
  'oee-factor': (f: Facts) => `${f.factor} ${f.value} is not a fraction between 0 and 1 (87.5% is 0.875)`,
} satisfies Record<string, (facts: Facts) => string>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
