import { round12 } from './numbers.ts';
import { fail, ok, type Problem, type Result } from './result.ts';

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export interface Child {
  readonly progress: number;
  readonly weight: number;
  /** Where the child's weight sits, for a message ("weights row 3"). */
  readonly where?: string;
}

export interface Rollup {
  readonly progress: number;
  /** Each child's share of the parent's progress, in input order: wᵢ·clamp(pᵢ) / Σw. */
  readonly contributions: readonly number[];
}

/**
 * Σ wᵢ·clamp(pᵢ, 0, 1) / Σ wᵢ. Children arrive as progress already, which is what lets
 * increase and decrease goals mix. Undefined when no child has data.
 */
export function rollup(children: readonly Child[]): Result<Rollup | undefined> {
  if (children.length === 0) return ok(undefined);
  let total = 0;
  for (const [i, c] of children.entries()) {
    if (!(c.weight >= 0)) return fail('negative-weight', { field: c.where ?? `child ${i + 1}'s weight`, weight: c.weight });
    total += c.weight;
  }
  if (total === 0) return fail('zero-weights');
  const contributions = children.map((c) => (c.weight * clamp01(c.progress)) / total);
  return ok({ progress: round12(contributions.reduce((a, b) => a + b, 0)), contributions });
}

/** One row of a goal table for a keyed rollup. Ids match trimmed and case-insensitively; messages show them as typed. */
export interface TreeRow {
  /** Blank for a row nothing can name as its parent. */
  readonly id?: string;
  readonly parent?: string;
  /** Where the parent cell sits ("parents row 4"). */
  readonly parentWhere?: string;
  readonly progress?: number;
  readonly weight: number;
  /** The row in words, for messages ("ids row 4"). */
  readonly where: string;
  /** A problem found reading the row's own cells. */
  readonly problem?: Problem;
}

/**
 * Per row: for a row with children, the weighted rollup of its children (rolled up
 * first, recursively); for other rows, their own progress. Duplicate ids, unknown
 * parents and cycles are reported in the rows they touch; a parent whose child has an
 * error reports it rather than rolling up without it.
 */
export function rollupTree(rows: readonly TreeRow[]): Result<number | undefined>[] {
  const out: (Result<number | undefined> | undefined)[] = rows.map((r) => (r.problem ? { ok: false, problem: r.problem } : undefined));
  const byId = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.id === undefined) return;
    const first = byId.get(keyOf(r.id));
    if (first === undefined) return void byId.set(keyOf(r.id), i);
    const where = rows[first]?.where ?? '';
    out[i] = fail('duplicate-id', { field: r.where, id: r.id, first: where });
    out[first] ??= fail('duplicate-id', { field: rows[first]?.where ?? '', id: r.id, first: r.where });
  });
  const children: number[][] = rows.map(() => []);
  rows.forEach((r, i) => {
    if (r.parent === undefined) return;
    const p = byId.get(keyOf(r.parent));
    if (p === undefined) out[i] ??= fail('unknown-parent', { field: r.parentWhere ?? r.where, id: r.parent });
    else children[p]?.push(i);
  });
  markCycles(rows, byId, out);
  const state: (0 | 1 | 2)[] = rows.map(() => 0);
  /** A row whose children all have their results: the rollup of them, or its own progress. */
  const combine = (i: number): Result<number | undefined> => {
    const kids = children[i] ?? [];
    if (kids.length === 0) return ok(rows[i]?.progress);
    const parts: Child[] = [];
    for (const k of kids) {
      // A child still open is an ancestor: that cycle is reported in its own rows.
      const v = state[k] === 1 ? undefined : out[k];
      if (v !== undefined && !v.ok) return fail('child-problem', { field: rows[i]?.where ?? '', child: rows[k]?.where ?? '' });
      if (v?.value !== undefined) parts.push({ progress: v.value, weight: rows[k]?.weight ?? 1, where: rows[k]?.where });
    }
    const r = rollup(parts);
    return r.ok ? ok(r.value?.progress) : r;
  };
  /** Children before parents on a stack of its own, not by recursion: a hierarchy thousands of levels deep must not overflow the call stack. */
  const value = (root: number): Result<number | undefined> => {
    const stack = [root];
    while (stack.length > 0) {
      const i = stack[stack.length - 1] as number;
      if (out[i] === undefined && state[i] === 0) {
        state[i] = 1;
        const before = stack.length;
        for (const k of children[i] ?? []) if (out[k] === undefined && state[k] === 0) stack.push(k);
        if (stack.length > before) continue;
      }
      stack.pop();
      if (out[i] === undefined) {
        out[i] = combine(i);
        state[i] = 2;
      }
    }
    return out[root] as Result<number | undefined>;
  };
  return rows.map((_, i) => value(i));
}

const keyOf = (id: string): string => id.trim().toLowerCase();

/** Ids a cycle's message names in full; a longer cycle shows its first few and its length, so n rows do not get n messages of n ids each. */
const CYCLE_SHOWN = 6;

function cyclePath(ids: readonly string[]): string {
  if (ids.length <= CYCLE_SHOWN) return [...ids, ids[0]].join(' → ');
  return `${ids.slice(0, 3).join(' → ')} → … → ${ids[0]}, ${ids.length} goals`;
}

/** Every row on a cycle of parents gets the cycle named; rows merely below one are left to report their parent. */
function markCycles(rows: readonly TreeRow[], byId: ReadonlyMap<string, number>, out: (Result<number | undefined> | undefined)[]): void {
  const done = new Set<number>();
  for (let start = 0; start < rows.length; start++) {
    const path: number[] = [];
    const onPath = new Map<number, number>();
    let i: number | undefined = start;
    while (i !== undefined && !done.has(i) && !onPath.has(i)) {
      onPath.set(i, path.length);
      path.push(i);
      const parent: string | undefined = rows[i]?.parent;
      i = parent === undefined ? undefined : byId.get(keyOf(parent));
    }
    if (i !== undefined && onPath.has(i)) {
      const cycle = path.slice(onPath.get(i));
      const names = cyclePath(cycle.map((c) => rows[c]?.id ?? '?'));
      for (const c of cycle) out[c] = fail('parent-cycle', { field: rows[c]?.where ?? '', path: names });
    }
    for (const p of path) done.add(p);
  }
}
