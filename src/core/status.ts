import type { Day } from './dates.ts';
import { isDoneOrNot, KIND_RULES, type GoalKind } from './kinds.ts';
import { reaches } from './numbers.ts';
import { expectedProgress, judgedOn } from './pace.ts';
import { readable, readableProgress, type GoalInput } from './progress.ts';
import { fail, ok, type Result } from './result.ts';
import type { Bands, StatusLabel } from './vocabulary.ts';

export { DEFAULT_BANDS, STATUS_LABELS, type Bands, type StatusLabel } from './vocabulary.ts';

/** Bands are pace ratios; above this they were surely typed as percentages (90 for 0.9). */
export const MAX_BAND = 2;

/** While less than this share of the window has passed, Off track is shown as At risk. */
export const EARLY_WINDOW = 0.1;

/** From this share of the window on, a done-or-not milestone still not done is At risk. */
export const MILESTONE_DUE_SOON = 0.9;

export interface StatusInput {
  readonly kind?: GoalKind;
  readonly baseline?: number;
  readonly target: number;
  readonly upper?: number;
  readonly current?: number;
  readonly start: Day;
  readonly due: Day;
  readonly asOf: Day;
  readonly bands: Bands;
  /** The day the current value was read; blank means it speaks for as_of. */
  readonly readingDay?: Day;
}

/** Which rule decided the status: explanations are written from it. */
export type StatusRule =
  | 'no-data'
  | 'achieved'
  | 'not-started'
  | 'awaiting-data'
  | 'missed'
  | 'start-day'
  | 'pace'
  | 'early-guard'
  | 'holding'
  | 'held-to-due'
  | 'breached'
  | 'breached-at-due'
  | 'milestone-open'
  | 'milestone-due-soon';

export interface StatusReading {
  readonly status: StatusLabel;
  readonly rule: StatusRule;
  readonly kind: GoalKind;
  readonly progress?: number;
  /** Expected progress on the day the reading is judged on. */
  readonly expected: number;
  /** progress / expected, for goals judged on pace once the window has started. */
  readonly ratio?: number;
  /** min(reading date, as_of), or as_of when the reading's date is not known. */
  readonly judgedOn: Day;
}

export function checkBands(bands: Bands): Result<Bands> {
  const { onTrack, atRisk } = bands;
  if (!(onTrack > 0) || !(atRisk > 0)) return fail('band-not-positive', { onTrack, atRisk });
  if (onTrack > MAX_BAND || atRisk > MAX_BAND) return fail('band-as-percent', { onTrack, atRisk });
  if (atRisk > onTrack) return fail('bands-out-of-order', { onTrack, atRisk });
  return ok(bands);
}

type Verdict = readonly [StatusLabel, StatusRule];

/** Every verdict a goal can get, made once: a 100k-row call allocates none of them. */
const V = {
  startOnTrack: ['On track', 'start-day'],
  startAtRisk: ['At risk', 'start-day'],
  onTrack: ['On track', 'pace'],
  atRisk: ['At risk', 'pace'],
  offTrack: ['Off track', 'pace'],
  guarded: ['At risk', 'early-guard'],
  notStarted: ['Not started', 'not-started'],
  awaiting: ['Awaiting data', 'awaiting-data'],
  heldToDue: ['Achieved', 'held-to-due'],
  holding: ['On track', 'holding'],
  breachedAtDue: ['Missed', 'breached-at-due'],
  breached: ['Off track', 'breached'],
  achieved: ['Achieved', 'achieved'],
  missed: ['Missed', 'missed'],
  milestoneOpen: ['On track', 'milestone-open'],
  milestoneDueSoon: ['At risk', 'milestone-due-soon'],
} as const satisfies Record<string, Verdict>;

/** Pace bands on r = p / E (compared at 12 significant digits), with the start-day rule and the early-window guard. */
function paceBand(progress: number, expected: number, bands: Bands): Verdict {
  if (expected === 0) return progress >= 0 ? V.startOnTrack : V.startAtRisk;
  const ratio = progress / expected;
  if (reaches(ratio, bands.onTrack)) return V.onTrack;
  if (reaches(ratio, bands.atRisk)) return V.atRisk;
  return expected < EARLY_WINDOW ? V.guarded : V.offTrack;
}

/**
 * goal-math.md's precedence: Achieved, Not started, Awaiting data, Missed, then pace.
 * Every kind is paced while it moves toward its target: held levels from a baseline on
 * the wrong side, k-of-n milestones from 0 to n; a done-or-not milestone turns At risk
 * near its due date.
 */
function decide(kind: GoalKind, g: GoalInput, progress: number, expected: number, input: StatusInput, day: Day): Verdict {
  const { asOf, start, due, readingDay } = input;
  const rule = KIND_RULES[kind];
  const done = reaches(progress, 1);
  // Past due on a reading from before it: the final reading settles it, not old data.
  const awaiting = asOf > due && readingDay !== undefined && readingDay < due;
  if (rule.tracking === 'held') {
    if (asOf < start) return V.notStarted;
    if (done) return day >= due ? V.heldToDue : awaiting ? V.awaiting : V.holding;
    if (asOf > due) return awaiting ? V.awaiting : V.breachedAtDue;
    return rule.approaching(g) ? paceBand(progress, expected, input.bands) : V.breached;
  }
  if (done) return V.achieved;
  if (asOf < start) return V.notStarted;
  if (asOf > due) return awaiting ? V.awaiting : V.missed;
  if (isDoneOrNot(kind, g.target)) return expected >= MILESTONE_DUE_SOON ? V.milestoneDueSoon : V.milestoneOpen;
  return paceBand(progress, expected, input.bands);
}

const PACE_RULES: ReadonlySet<StatusRule> = new Set(['pace', 'early-guard']);
const NO_READING_DATE: Result<number> = ok(0);

/** Status by goal-math.md's precedence, judged on the reading's own day. */
export function goalStatus(input: StatusInput): Result<StatusReading> {
  const bandProblem = checkBands(input.bands);
  if (!bandProblem.ok) return bandProblem;
  // No reading date (most rows): judged on as_of, without a Result per row.
  const day = input.readingDay === undefined ? NO_READING_DATE : judgedOn(input.asOf, input.readingDay);
  if (!day.ok) return day;
  const judged = day === NO_READING_DATE ? input.asOf : day.value;
  const pace = expectedProgress(input, judged);
  if (!pace.ok) return pace;
  const expected = pace.value;
  // Without a reading, the target stands in for it so a mistyped goal still shows at once.
  const { kind: given, baseline, target, upper, current } = input;
  // The input itself is a GoalInput once it has a reading: no copy per row.
  const goal = readable(current === undefined ? { kind: given, baseline, target, upper, current: target } : (input as GoalInput));
  const measured = readableProgress(goal);
  if (!measured.ok) return measured;
  const kind = measured.value.kind;
  if (current === undefined) return ok({ status: 'No data', rule: 'no-data', kind, expected, judgedOn: judged });
  const progress = measured.value.progress;
  const [status, rule] = decide(kind, goal, progress, expected, input, judged);
  // Spelled out, not spread: a spread per row made 100k-row calls several times slower.
  return ok(
    PACE_RULES.has(rule) && expected > 0
      ? { status, rule, kind, progress, expected, ratio: progress / expected, judgedOn: judged }
      : { status, rule, kind, progress, expected, judgedOn: judged },
  );
}
