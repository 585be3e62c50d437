import type { Day } from './dates.ts';
import { KIND_RULES, type GoalKind } from './kinds.ts';
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
  if (atRisk > onTrack) return fail('bands-out-of-order', { onTrack, atRisk });
  return ok(bands);
}

function paceBand(progress: number, expected: number, bands: Bands): { status: StatusLabel; rule: StatusRule; ratio?: number } {
  if (expected === 0) return { status: progress >= 0 ? 'On track' : 'At risk', rule: 'start-day' };
  const ratio = progress / expected;
  const status: StatusLabel = ratio >= bands.onTrack ? 'On track' : ratio >= bands.atRisk ? 'At risk' : 'Off track';
  if (status === 'Off track' && expected < EARLY_WINDOW) return { status: 'At risk', rule: 'early-guard', ratio };
  return { status, rule: 'pace', ratio };
}

/** Status by goal-math.md's precedence: No data, Achieved, Not started, Missed, then pace bands. */
export function goalStatus(input: StatusInput): Result<StatusReading> {
  const bands = checkBands(input.bands);
  if (!bands.ok) return bands;
  const pace = expectedProgress(input, input.asOf);
  if (!pace.ok) return pace;
  const expected = pace.value;
  // Validate the goal's numbers even without a reading, so a mistyped target shows at once.
  const probe = goalProgress({ ...input, current: input.current ?? input.target });
  if (!probe.ok) return probe;
  const kind = probe.value.kind;
  if (input.current === undefined) return ok({ status: 'No data', rule: 'no-data', kind, expected });
  const measured = goalProgress({ ...input, current: input.current });
  if (!measured.ok) return measured;
  const progress = measured.value.progress;
  const base = { kind, progress, expected };
  const { asOf, start, due } = input;
  const tracking = KIND_RULES[kind].tracking;

  if (tracking === 'maintained') {
    if (asOf < start) return ok({ ...base, status: 'Not started', rule: 'not-started' });
    if (progress >= 1) return ok(asOf >= due ? { ...base, status: 'Achieved', rule: 'held-to-due' } : { ...base, status: 'On track', rule: 'holding' });
    return ok(asOf > due ? { ...base, status: 'Missed', rule: 'breached-at-due' } : { ...base, status: 'Off track', rule: 'breached' });
  }
  if (progress >= 1) return ok({ ...base, status: 'Achieved', rule: 'achieved' });
  if (asOf < start) return ok({ ...base, status: 'Not started', rule: 'not-started' });
  if (asOf > due) return ok({ ...base, status: 'Missed', rule: 'missed' });
  if (tracking === 'milestone') return ok({ ...base, status: 'On track', rule: 'milestone-open' });
  return ok({ ...base, ...paceBand(progress, expected, input.bands) });
}
