import { round12 } from './numbers.ts';
import { fail, ok, type Result } from './result.ts';
import { GOAL_KINDS, type GoalKind } from './vocabulary.ts';

export { GOAL_KINDS, type GoalKind } from './vocabulary.ts';

/** The numbers a goal is measured with. Baseline and upper are absent where the kind does not need them. */
export interface GoalNumbers {
  readonly baseline?: number;
  readonly target: number;
  readonly upper?: number;
  readonly current: number;
}

/**
 * How status treats a kind (goal-math.md, Status): paced kinds move from baseline to
 * target along the window; held kinds keep a level, and are paced only while they move
 * toward it from a baseline on the wrong side; milestones are done or not, or k of n steps.
 */
export type Tracking = 'paced' | 'held' | 'milestone';

/** The level a goal aims at, and which side of it is good (+1: at or above). */
export interface Level {
  readonly level: number;
  readonly side: 1 | -1;
}

interface KindRule {
  readonly tracking: Tracking;
  /** What the goal aims at from where it stands: its target, or a range's nearer end. */
  readonly aim: (g: GoalNumbers) => Level;
  readonly progress: (g: GoalNumbers) => Result<number>;
  /** Held kinds short of their level: paced from a baseline on the wrong side, else a breach. */
  readonly approaching: (g: GoalNumbers) => boolean;
}

const fromBaseline = (c: number, b: number, t: number) => (c - b) / (t - b);
const never = () => false;

function paced(direction: 1 | -1): KindRule {
  return {
    tracking: 'paced',
    aim: (g) => ({ level: g.target, side: direction }),
    approaching: never,
    progress: (g) => {
      if (g.baseline === undefined) return fail('missing-baseline');
      if (g.target === g.baseline) return fail('target-equals-baseline', { value: g.target });
      if (Math.sign(g.target - g.baseline) !== direction) {
        return fail(direction === 1 ? 'increase-target-below' : 'decrease-target-above', { baseline: g.baseline, target: g.target });
      }
      return ok(fromBaseline(g.current, g.baseline, g.target));
    },
  };
}

/**
 * A held level's score: 1 while the condition holds. Short of it, the way from the
 * baseline to the level when the baseline lies on the wrong side (floored at 0),
 * otherwise the ratio of current to level (at least: C / T; at most: T / C), 0 where
 * that ratio has no meaning (a level or current of 0 or below).
 */
function heldScore(c: number, b: number | undefined, { level, side }: Level): number {
  if ((c - level) * side >= 0) return 1;
  if (b !== undefined && (level - b) * side > 0) return Math.max(0, fromBaseline(c, b, level));
  const ratio = side === 1 ? c / level : level / c;
  return level > 0 && c > 0 && Number.isFinite(ratio) ? Math.min(ratio, 1) : 0;
}

const wrongSide = (b: number | undefined, { level, side }: Level): boolean => b !== undefined && (level - b) * side > 0;

function bound(side: 1 | -1): KindRule {
  const level = (g: GoalNumbers): Level => ({ level: g.target, side });
  return {
    tracking: 'held',
    aim: level,
    progress: (g) => ok(heldScore(g.current, g.baseline, level(g))),
    approaching: (g) => wrongSide(g.baseline, level(g)),
  };
}

/** A range is judged as at least its low end or at most its high end, whichever the current is nearer. */
function nearerEnd(g: GoalNumbers): Level {
  const high = g.upper ?? g.target;
  return g.current > high ? { level: high, side: -1 } : { level: g.target, side: 1 };
}

/** The one check of a range's ends, for status and outlook alike: upper is given, and not below target (the low end). Gives the high end. */
export function checkRange(g: { readonly target: number; readonly upper?: number }): Result<number> {
  if (g.upper === undefined) return fail('missing-upper');
  return g.upper < g.target ? fail('upper-below-target', { low: g.target, high: g.upper }) : ok(g.upper);
}

/**
 * Within [low, high]: 1 inside. Outside, moving in from a baseline on the same side: the
 * way from the baseline to the nearer end; otherwise 1 − distance / width, floored at 0
 * (a zero-width range scores 0 outside).
 */
const withinRange: KindRule = {
  tracking: 'held',
  aim: nearerEnd,
  approaching: (g) => wrongSide(g.baseline, nearerEnd(g)),
  progress: (g) => {
    const ends = checkRange(g);
    if (!ends.ok) return ends;
    const low = g.target;
    const high = ends.value;
    if (g.current >= low && g.current <= high) return ok(1);
    const end = nearerEnd(g);
    if (wrongSide(g.baseline, end)) return ok(heldScore(g.current, g.baseline, end));
    const width = high - low;
    const distance = g.current < low ? low - g.current : g.current - high;
    return ok(width === 0 ? 0 : Math.max(0, 1 - distance / width));
  },
};

/** Milestone: current is done (1/TRUE) or not (0/FALSE), or k done of a target n. */
const milestone: KindRule = {
  tracking: 'milestone',
  aim: (g) => ({ level: g.target, side: 1 }),
  approaching: never,
  progress: (g) => {
    if (g.target <= 0) return fail('milestone-target', { target: g.target });
    if (g.current < 0) return fail('milestone-current', { current: g.current });
    return ok(g.current / g.target);
  },
};

// The calls are marked pure so a bundle that imports a neighbour of this table (the sidebar's targetFromChange) drops it.
export const KIND_RULES: Readonly<Record<GoalKind, KindRule>> = {
  increase: /* @__PURE__ */ paced(1),
  decrease: /* @__PURE__ */ paced(-1),
  'at least': /* @__PURE__ */ bound(1),
  'at most': /* @__PURE__ */ bound(-1),
  'within range': withinRange,
  milestone,
};

/** Whether the current value is at or past what the goal aims at (a range: inside it). */
export function meetsAim(kind: GoalKind, g: GoalNumbers): boolean {
  if (kind === 'within range') return g.current >= g.target && g.current <= (g.upper ?? g.target);
  const { level, side } = KIND_RULES[kind].aim(g);
  return (g.current - level) * side >= 0;
}

/** A milestone with a target of 1 is done or not (a done flag, TRUE/FALSE, settles its target to 1: settleGoal); with more, it is k of n steps and paced like an increase. */
export const isDoneOrNot = (kind: GoalKind, target: number): boolean => kind === 'milestone' && target === 1;

/** Reads a kind as typed in a cell ("At least", "within_range", "at-most"); blank → undefined. */
export function parseKind(text: string, field = 'kind'): Result<GoalKind | undefined> {
  const norm = text.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  if (norm === '') return ok(undefined);
  const kind = GOAL_KINDS.find((k) => k === norm);
  return kind ? ok(kind) : fail('unknown-kind', { field, shown: `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"` });
}

/** The kind a goal has: the one given, or increase/decrease read from baseline and target. */
export function resolveKind(kind: GoalKind | undefined, baseline: number | undefined, target: number): Result<GoalKind> {
  if (kind) return ok(kind);
  if (baseline === undefined) return fail('missing-baseline');
  if (round12(baseline) === round12(target)) return fail('target-equals-baseline', { value: target });
  return ok(target > baseline ? 'increase' : 'decrease');
}
