import { KIND_RULES, resolveKind, type GoalKind } from './kinds.ts';
import { MAX_RELATIVE_CHANGE, round12 } from './numbers.ts';
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

/**
 * The goal's numbers as people read them (12 significant digits), so a current equal to
 * its displayed target is exactly at it. Returns the same object when nothing changes.
 */
export function readable<G extends GoalInput>(g: G): G {
  const { baseline, target, upper, current } = g;
  const b = baseline === undefined ? undefined : round12(baseline);
  const t = round12(target);
  const u = upper === undefined ? undefined : round12(upper);
  const c = round12(current);
  return b === baseline && t === target && u === upper && c === current ? g : { ...g, baseline: b, target: t, upper: u, current: c };
}

/** Progress from baseline to target, by the goal's kind (never current / target for paced goals). */
export function goalProgress(goal: GoalInput): Result<Progress> {
  return readableProgress(readable(goal));
}

/** goalProgress for numbers already rounded by readable(): status rounds once and uses them twice. */
export function readableProgress(g: GoalInput): Result<Progress> {
  const kind = resolveKind(g.kind, g.baseline, g.target);
  if (!kind.ok) return kind;
  const p = KIND_RULES[kind.value].progress(g);
  if (!p.ok) return p;
  // A baseline and target a hair apart (5e-324 and 0) make any reading overflow.
  if (!Number.isFinite(p.value)) return fail('progress-overflow', { baseline: g.baseline ?? 0, target: g.target });
  // (40 − 40) / (32 − 40) is −0 in floating point; a cell should show 0.
  return ok({ kind: kind.value, progress: p.value + 0 });
}

/** A goal as typed: target and current may be missing, and current may be a done flag. */
export interface TypedGoal {
  readonly kind?: GoalKind;
  readonly baseline?: number;
  readonly target?: number;
  readonly upper?: number;
  readonly current?: number | boolean;
}

export interface SettledGoal extends Omit<GoalInput, 'current'> {
  readonly current?: number;
}

/**
 * Fills what a kind lets a person leave out (a done-or-not milestone's target is 1) and
 * refuses what it does not take (TRUE/FALSE is a milestone's done flag, not a number).
 * A done flag makes the milestone done-or-not whatever its target (goal-math.md: "target
 * blank or 1, or current TRUE/FALSE"): TRUE is done (1 of 1), FALSE not done (0 of 1).
 */
export function settleGoal(goal: TypedGoal): Result<SettledGoal> {
  const milestone = goal.kind === 'milestone';
  let current = goal.current;
  let target = goal.target ?? (milestone ? 1 : undefined);
  if (typeof current === 'boolean') {
    if (!milestone) return fail('flag-not-milestone', { value: current ? 'TRUE' : 'FALSE' });
    current = current ? 1 : 0;
    target = 1;
  }
  if (target === undefined) return fail('missing-target');
  return ok({ kind: goal.kind, baseline: goal.baseline, target, upper: goal.upper, current });
}

export { MAX_RELATIVE_CHANGE } from './numbers.ts';

/** The one test for a relative change too large to be meant (500% or more): GOAL_TARGET and goal sentences refuse it. */
export const isChangeTooLarge = (fraction: number): boolean => Math.abs(fraction) >= MAX_RELATIVE_CHANGE;

/**
 * A relative change applied to |baseline|, so +20% on an NPS of −10 gives −8 (an
 * improvement) rather than −12.
 */
export function relativeTarget(baseline: number, fraction: number): Result<number> {
  if (baseline === 0) return fail('relative-zero-baseline');
  if (isChangeTooLarge(fraction)) return fail('change-as-percent', { change: fraction, percent: Math.round(fraction * 100) });
  return ok(round12(baseline + Math.abs(baseline) * fraction));
}

/** A change as a goal sentence states it: relative to |baseline|, or in the KPI's own unit. */
export type GoalChange = { readonly type: 'relative'; readonly fraction: number } | { readonly type: 'points'; readonly amount: number };

/** The target a change gives: "+10%" on |baseline|, "+5 points" added in the KPI's unit. */
export function targetFromChange(baseline: number, change: GoalChange): Result<number> {
  return change.type === 'relative' ? relativeTarget(baseline, change.fraction) : ok(round12(baseline + change.amount));
}
