import type { Day } from './dates.ts';
import { KIND_RULES, type GoalKind, type Tracking } from './kinds.ts';
import { expectedProgress } from './pace.ts';
import { goalProgress, type GoalInput } from './progress.ts';
import { fail, ok, type Result } from './result.ts';

export type StatusLabel = 'No data' | 'Achieved' | 'Not started' | 'Missed' | 'On track' | 'At risk' | 'Off track';

export interface Bands {
  /** Pace ratio at or above which a goal is On track. */
  readonly onTrack: number;
  /** Pace ratio at or above which a goal is At risk rather than Off track. */
  readonly atRisk: number;
}

export const DEFAULT_BANDS: Bands = { onTrack: 0.9, atRisk: 0.7 };

/** Bands are pace ratios; above this they were surely typed as percentages (90 for 0.9). */
export const MAX_BAND = 2;

/** While less than this share of the window has passed, Off track is shown as At risk. */
export const EARLY_WINDOW = 0.1;

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
}

/** Which rule decided the status: explanations are written from it. */
export type StatusRule =
  | 'no-data'
  | 'achieved'
  | 'not-started'
  | 'missed'
  | 'start-day'
  | 'pace'
  | 'early-guard'
  | 'holding'
  | 'held-to-due'
  | 'breached'
  | 'breached-at-due'
  | 'milestone-open';

export interface StatusReading {
  readonly status: StatusLabel;
  readonly rule: StatusRule;
  readonly kind: GoalKind;
  readonly progress?: number;
  readonly expected: number;
  /** progress / expected, for paced goals once the window has started. */
  readonly ratio?: number;
}

export function checkBands(bands: Bands): Result<Bands> {
  const { onTrack, atRisk } = bands;
  if (!(onTrack > 0) || !(atRisk > 0)) return fail('band-not-positive', { onTrack, atRisk });
  if (onTrack > MAX_BAND || atRisk > MAX_BAND) return fail('band-as-percent', { onTrack, atRisk });
  if (atRisk > onTrack) return fail('bands-out-of-order', { onTrack, atRisk });
  return ok(bands);
}

/** Pace bands on r = p / E, with the start-day rule and the early-window guard. */
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
  heldToDue: ['Achieved', 'held-to-due'],
  holding: ['On track', 'holding'],
  breachedAtDue: ['Missed', 'breached-at-due'],
  breached: ['Off track', 'breached'],
  achieved: ['Achieved', 'achieved'],
  missed: ['Missed', 'missed'],
  milestoneOpen: ['On track', 'milestone-open'],
} as const satisfies Record<string, Verdict>;

/** Pace bands on r = p / E, with the start-day rule and the early-window guard. */
function paceBand(progress: number, expected: number, bands: Bands): Verdict {
  if (expected === 0) return progress >= 0 ? V.startOnTrack : V.startAtRisk;
  const ratio = progress / expected;
  if (ratio >= bands.onTrack) return V.onTrack;
  if (ratio >= bands.atRisk) return V.atRisk;
  return expected < EARLY_WINDOW ? V.guarded : V.offTrack;
}

/** Which status and rule apply, by goal-math.md's precedence. */
function decide(tracking: Tracking, progress: number, expected: number, input: StatusInput): Verdict {
  const { asOf, start, due } = input;
  if (tracking === 'maintained') {
    if (asOf < start) return V.notStarted;
    if (progress >= 1) return asOf >= due ? V.heldToDue : V.holding;
    return asOf > due ? V.breachedAtDue : V.breached;
  }
  if (progress >= 1) return V.achieved;
  if (asOf < start) return V.notStarted;
  if (asOf > due) return V.missed;
  if (tracking === 'milestone') return V.milestoneOpen;
  return paceBand(progress, expected, input.bands);
}

/** Status by goal-math.md's precedence: No data, Achieved, Not started, Missed, then pace bands. */
export function goalStatus(input: StatusInput): Result<StatusReading> {
  const bandProblem = checkBands(input.bands);
  if (!bandProblem.ok) return bandProblem;
  const pace = expectedProgress(input, input.asOf);
  if (!pace.ok) return pace;
  const expected = pace.value;
  // Without a reading, the target stands in for it so a mistyped goal still shows at once.
  const { kind: given, baseline, target, upper, current } = input;
  // The input itself is a GoalInput once it has a reading: no copy per row.
  const measured = goalProgress(current === undefined ? { kind: given, baseline, target, upper, current: target } : (input as GoalInput));
  if (!measured.ok) return measured;
  const kind = measured.value.kind;
  if (current === undefined) return ok({ status: 'No data', rule: 'no-data', kind, expected });
  const progress = measured.value.progress;
  const tracking = KIND_RULES[kind].tracking;
  const [status, rule] = decide(tracking, progress, expected, input);
  const paced = tracking === 'paced' && expected > 0 && asPaceRule(rule);
  return ok(paced ? { status, rule, kind, progress, expected, ratio: progress / expected } : { status, rule, kind, progress, expected });
}

const asPaceRule = (rule: StatusRule): boolean => rule === 'pace' || rule === 'early-guard';
