import type { Day } from './dates.ts';
import { KIND_RULES, type GoalKind, type Tracking } from './kinds.ts';
import { expectedProgress } from './pace.ts';
import { goalProgress } from './progress.ts';
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
function paceBand(progress: number, expected: number, bands: Bands): [StatusLabel, StatusRule] {
  if (expected === 0) return [progress >= 0 ? 'On track' : 'At risk', 'start-day'];
  const ratio = progress / expected;
  if (ratio >= bands.onTrack) return ['On track', 'pace'];
  if (ratio >= bands.atRisk) return ['At risk', 'pace'];
  return expected < EARLY_WINDOW ? ['At risk', 'early-guard'] : ['Off track', 'pace'];
}

/** Which status and rule apply, by goal-math.md's precedence. */
function decide(tracking: Tracking, progress: number, expected: number, input: StatusInput): [StatusLabel, StatusRule] {
  const { asOf, start, due } = input;
  if (tracking === 'maintained') {
    if (asOf < start) return ['Not started', 'not-started'];
    if (progress >= 1) return asOf >= due ? ['Achieved', 'held-to-due'] : ['On track', 'holding'];
    return asOf > due ? ['Missed', 'breached-at-due'] : ['Off track', 'breached'];
  }
  if (progress >= 1) return ['Achieved', 'achieved'];
  if (asOf < start) return ['Not started', 'not-started'];
  if (asOf > due) return ['Missed', 'missed'];
  if (tracking === 'milestone') return ['On track', 'milestone-open'];
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
  const measured = goalProgress({ kind: given, baseline, target, upper, current: current ?? target });
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
