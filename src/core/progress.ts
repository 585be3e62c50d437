import { KIND_RULES, resolveKind, type GoalKind } from './kinds.ts';
import { fail, ok, type Result } from './result.ts';

export interface GoalInput {
  readonly kind?: GoalKind;
  readonly baseline?: number;
  readonly target: number;
  readonly upper?: number;
  readonly current: number;
}

export interface Progress {
  readonly kind: GoalKind;
  /** Not clamped: 1.25 means overachieved by a quarter. */
  readonly progress: number;
}

/** Progress from baseline to target, by the goal's kind (never current / target for paced goals). */
export function goalProgress(goal: GoalInput): Result<Progress> {
  const kind = resolveKind(goal.kind, goal.baseline, goal.target);
  if (!kind.ok) return kind;
  const p = KIND_RULES[kind.value].progress(goal);
  // (40 − 40) / (32 − 40) is −0 in floating point; a cell should show 0.
  return p.ok ? ok({ kind: kind.value, progress: p.value + 0 }) : p;
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * A relative change applied to |baseline|, so +20% on an NPS of −10 gives −8 (an
 * improvement) rather than −12.
 */
export function relativeTarget(baseline: number, fraction: number): Result<number> {
  if (baseline === 0) return fail('relative-zero-baseline');
  return ok(baseline + Math.abs(baseline) * fraction);
}
