/**
 * The rules a goal's fields must keep before they are saved or previewed: the core's (a
 * target its kind and baseline can take, a range with its high end, a window that ends on
 * or after it starts) and the table's validation (weight above 0). A rule broken names the
 * request parameter at fault, so a form can show the message by its field.
 */
import type { Day } from '../core/dates.ts';
import type { GoalKind } from '../core/kinds.ts';
import type { ProblemCode } from '../core/problems.ts';
import { goalProgress, settleGoal } from '../core/progress.ts';
import { fail, ok, type Result } from '../core/result.ts';

/** The goal field each core rule is about. */
const FIELD_OF: Readonly<Partial<Record<ProblemCode, string>>> = {
  'target-equals-baseline': 'target',
  'increase-target-below': 'target',
  'decrease-target-above': 'target',
  'progress-overflow': 'target',
  'milestone-target': 'target',
  'missing-target': 'target',
  'missing-baseline': 'baseline',
  'relative-zero-baseline': 'baseline',
  'missing-upper': 'upper',
  'upper-below-target': 'upper',
  'milestone-current': 'current',
  'flag-not-milestone': 'current',
  'due-before-start': 'due',
  'reading-after-as-of': 'readingDate',
  'not-positive': 'weight',
};

/** A failure, naming the request parameter it is about. */
export const withParam = <T>(r: Result<T>, param: string): Result<T> => (r.ok ? r : { ok: false, problem: { ...r.problem, param } });

/** A failure of a core rule, with the parameter it is about (`prefix` for nested ones: "fields."). */
export function atParam<T>(r: Result<T>, prefix = ''): Result<T> {
  if (r.ok || r.problem.param !== undefined) return r;
  const field = FIELD_OF[r.problem.code];
  return field === undefined ? r : withParam(r, `${prefix}${field}`);
}

/** A goal's typed numbers and window, as they will stand once saved. */
export interface GoalShape {
  readonly kind?: GoalKind;
  readonly baseline?: number;
  readonly target?: number;
  readonly upper?: number;
  readonly current?: number | boolean;
  readonly start?: Day;
  readonly due?: Day;
  readonly weight?: number;
}

/** The fields the goal's kind still needs before progress can be measured, by parameter name. */
export function goalNeeds(g: GoalShape): string[] {
  const needs: string[] = [];
  if (g.baseline === undefined && (g.kind === undefined || g.kind === 'increase' || g.kind === 'decrease')) needs.push('baseline');
  if (g.target === undefined && g.kind !== 'milestone') needs.push('target');
  if (g.upper === undefined && g.kind === 'within range') needs.push('upper');
  return needs;
}

/**
 * The first rule the goal breaks, with its field; else the goal's kind (undefined when it
 * cannot be told yet). `partial`: a goal still being filled in (a preview, or a row that
 * never had a target, such as a parent) is not faulted for what its kind still needs.
 */
export function checkGoal(g: GoalShape, prefix = '', partial = false): Result<GoalKind | undefined> {
  if (g.start !== undefined && g.due !== undefined && g.due < g.start) return atParam(fail('due-before-start', { start: g.start, due: g.due }), prefix);
  if (g.weight !== undefined && !(g.weight > 0)) {
    return atParam(fail('not-positive', { field: 'weight', shown: String(g.weight), fix: 'give a number above 0 (blank counts 1)' }), prefix);
  }
  if (partial && goalNeeds(g).length > 0) return ok(g.kind);
  const settled = settleGoal(g);
  if (!settled.ok) return atParam(settled, prefix);
  const s = settled.value;
  const progress = goalProgress({ ...s, current: s.current ?? s.target });
  return progress.ok ? ok(progress.value.kind) : atParam(progress, prefix);
}
