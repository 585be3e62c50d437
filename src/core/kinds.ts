import { fail, ok, type Result } from './result.ts';

export type GoalKind = 'increase' | 'decrease' | 'at least' | 'at most' | 'within range' | 'milestone';

export const GOAL_KINDS: readonly GoalKind[] = ['increase', 'decrease', 'at least', 'at most', 'within range', 'milestone'];

/** The numbers a goal is measured with. Baseline and upper are absent where the kind does not need them. */
export interface GoalNumbers {
  readonly baseline?: number;
  readonly target: number;
  readonly upper?: number;
  readonly current: number;
}

/**
 * How status treats a kind: paced kinds move from baseline to target along the window;
 * maintained kinds hold a condition; milestones are done or not.
 */
export type Tracking = 'paced' | 'maintained' | 'milestone';

interface KindRule {
  readonly tracking: Tracking;
  readonly progress: (g: GoalNumbers) => Result<number>;
}

const fromBaseline = (g: GoalNumbers, b: number) => (g.current - b) / (g.target - b);

function paced(direction: 1 | -1): KindRule['progress'] {
  return (g) => {
    if (g.baseline === undefined) return fail('missing-baseline');
    if (g.target === g.baseline) return fail('target-equals-baseline', { value: g.target });
    if (Math.sign(g.target - g.baseline) !== direction) {
      return fail(direction === 1 ? 'increase-target-below' : 'decrease-target-above', { baseline: g.baseline, target: g.target });
    }
    return ok(fromBaseline(g, g.baseline));
  };
}

/**
 * At least / at most: 1 while the condition holds. Below it, the score is the way from
 * the baseline to the target when the baseline lies on the wrong side, otherwise the
 * ratio of current to target (at least: C / T; at most: T / C), and 0 where that ratio
 * has no meaning (a target or current of 0 or below).
 */
function maintainedBound(side: 1 | -1): KindRule['progress'] {
  return (g) => {
    const { current: c, target: t, baseline: b } = g;
    if ((c - t) * side >= 0) return ok(1);
    if (b !== undefined && (t - b) * side > 0) return ok(Math.max(0, fromBaseline(g, b)));
    const ratio = side === 1 ? c / t : t / c;
    return ok(t > 0 && c > 0 && Number.isFinite(ratio) ? Math.min(ratio, 1) : 0);
  };
}

/** Within [low, high]: 1 inside; outside, 1 − distance / width, floored at 0 (a zero-width band scores 0 outside). */
function withinRange(g: GoalNumbers): Result<number> {
  if (g.upper === undefined) return fail('missing-upper');
  const low = g.target;
  const high = g.upper;
  if (high < low) return fail('upper-below-target', { low, high });
  if (g.current >= low && g.current <= high) return ok(1);
  const width = high - low;
  const distance = g.current < low ? low - g.current : g.current - high;
  return ok(width === 0 ? 0 : Math.max(0, 1 - distance / width));
}

/** Milestone: current is done (1/TRUE) or not (0/FALSE), or k done of a target n. */
function milestone(g: GoalNumbers): Result<number> {
  if (g.target <= 0) return fail('milestone-target', { target: g.target });
  if (g.current < 0) return fail('milestone-current', { current: g.current });
  return ok(g.current / g.target);
}

export const KIND_RULES: Readonly<Record<GoalKind, KindRule>> = {
  increase: { tracking: 'paced', progress: paced(1) },
  decrease: { tracking: 'paced', progress: paced(-1) },
  'at least': { tracking: 'maintained', progress: maintainedBound(1) },
  'at most': { tracking: 'maintained', progress: maintainedBound(-1) },
  'within range': { tracking: 'maintained', progress: withinRange },
  milestone: { tracking: 'milestone', progress: milestone },
};

/** Reads a kind as typed in a cell ("At least", "within_range", "at-most"); blank → undefined. */
export function parseKind(text: string): Result<GoalKind | undefined> {
  const norm = text.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  if (norm === '') return ok(undefined);
  const kind = GOAL_KINDS.find((k) => k === norm);
  return kind ? ok(kind) : fail('unknown-kind', { text });
}

/** The kind a goal has: the one given, or increase/decrease read from baseline and target. */
export function resolveKind(kind: GoalKind | undefined, baseline: number | undefined, target: number): Result<GoalKind> {
  if (kind) return ok(kind);
  if (baseline === undefined) return fail('missing-baseline');
  if (baseline === target) return fail('target-equals-baseline', { value: target });
  return ok(target > baseline ? 'increase' : 'decrease');
}
