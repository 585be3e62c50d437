import { describe, expect, it } from 'vitest';
import { goalProgress } from '../../src/core/progress.ts';
import { describe as describeProblem } from '../../src/core/result.ts';
import { value } from '../support/result.ts';
import { rollup, rollupTree, type Child, type TreeRow } from '../../src/core/rollup.ts';
import { HEALTHCARE, RETAIL } from '../fixtures/examples.ts';

const c = (progress: number, weight = 1): Child => ({ progress, weight });

describe('rollup: Σ wᵢ·clamp(pᵢ, 0, 1) / Σ wᵢ', () => {
  it.each<[string, Child[], number]>([
    ['equal weights: (0.4 + 0.5) / 2 = 0.45', [c(0.4), c(0.5)], 0.45],
    ['weights 2, 1, 1, 1 with over- and under-achievers: (0.8 + 0.5 + 1 + 0) / 5 = 0.46', [c(0.4, 2), c(0.5), c(1.2), c(-0.3)], 0.46],
    ['a child at 125% counts as 100%: (1 + 0) / 2 = 0.5', [c(1.25), c(0)], 0.5],
    ['a child gone backwards counts as 0, not below: (0 + 1) / 2', [c(-2), c(1)], 0.5],
    ['a weight of 0 drops a child: (3 × 0.2 + 0 × 1) / 3 = 0.2', [c(0.2, 3), c(1, 0)], 0.2],
    ['fractional weights: (0.25 × 1 + 0.75 × 0.6) / 1 = 0.7', [c(1, 0.25), c(0.6, 0.75)], 0.7],
    ['one child is its own parent', [c(0.37)], 0.37],
  ])('%s', (_n, children, expected) => {
    expect(value(rollup(children))?.progress).toBeCloseTo(expected, 12);
  });

  it('mixes an increase and a decrease child once each is progress: retail 0.4 and healthcare 0.5 → 0.45', () => {
    const retail = value(goalProgress({ baseline: RETAIL.baseline, target: RETAIL.target, current: RETAIL.current })).progress;
    const wait = value(goalProgress({ baseline: HEALTHCARE.baseline, target: HEALTHCARE.target, current: HEALTHCARE.current })).progress;
    expect(value(rollup([c(retail), c(wait)]))?.progress).toBeCloseTo(0.45, 12);
  });

  it('shows which child moved the parent: contributions wᵢ·clamp(pᵢ) / Σw in input order, adding up to the parent', () => {
    const r = value(rollup([c(0.4, 2), c(0.5), c(1.2), c(-0.3)]));
    expect(r?.contributions.map((x) => Number(x.toFixed(12)))).toEqual([0.16, 0.1, 0.2, 0]);
    expect(r?.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(r?.progress ?? Number.NaN, 12);
  });

  it('has no value without children (a blank parent, not 0)', () => {
    expect(value(rollup([]))).toBeUndefined();
  });

  it.each<[string, Child[], string, string]>([
    ['a negative weight, naming its position', [c(0.5), c(0.5, -1)], 'negative-weight', "child 2's weight is -1: weights are 0 or more"],
    ['a NaN weight', [c(0.5, Number.NaN)], 'negative-weight', "child 1's weight is NaN: weights are 0 or more"],
    ['weights adding up to 0', [c(0.5, 0), c(0.7, 0)], 'zero-weights', 'the weights of the children with data add up to 0: give at least one a weight above 0'],
  ])('refuses %s', (_n, children, code, text) => {
    const r = rollup(children);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(describeProblem(r.problem)).toBe(text);
  });
});

describe('rollupTree: per row, the rollup of its children (rolled up first), or its own progress', () => {
  const row = (id: string | undefined, parent: string | undefined, progress?: number, weight = 1): TreeRow => ({ id, parent, progress, weight, where: `ids row ${id ?? '?'}` });
  const shown = (rs: ReturnType<typeof rollupTree>) => rs.map((r) => (r.ok ? r.value : describeProblem(r.problem)));

  it('rolls a three-level tree up from the leaves, weights and blanks included', () => {
    // A ← B (0.2, weight 3), C; C ← D (1.5 clamps to 1), E (blank: no data).
    const rows = [row('A', undefined), row('B', 'A', 0.2, 3), row('C', 'A'), row('D', 'C', 1.5), row('E', 'C')];
    expect(shown(rollupTree(rows))).toEqual([(3 * 0.2 + 1) / 4, 0.2, 1, 1.5, undefined]);
  });

  it('reports duplicate ids, unknown parents, cycles and a parent whose child has an error, each in its own row', () => {
    const rows = [row('A', undefined), row('B', 'A', 0.5), row('B', 'A', 0.7), row('C', 'Z', 0.1), row('X', 'Y', 0.3), row('Y', 'X', 0.4), row('P', undefined), row('Q', 'P', 0.9)];
    expect(shown(rollupTree(rows))).toEqual([
      'ids row A cannot be rolled up: its child ids row B has an error; fix that row first',
      'ids row B "B" is also ids row B: give every goal its own id',
      'ids row B "B" is also ids row B: give every goal its own id',
      'ids row C "Z" is not one of the ids: fix the parent, or leave it blank for a top-level goal',
      'ids row X is in a cycle of parents (X → Y → X): a goal cannot be its own ancestor',
      'ids row Y is in a cycle of parents (X → Y → X): a goal cannot be its own ancestor',
      0.9,
      0.9,
    ]);
  });
});

describe('regression: a hierarchy thousands of levels deep overflowed the call stack, so GOAL_ROLLUP showed its internal error', () => {
  const chain = (n: number, leafFirst: boolean): TreeRow[] =>
    Array.from({ length: n }, (_, i) => {
      // Each goal's parent is the one before it (or, listed leaf first, the one after it).
      const parent = leafFirst ? (i === n - 1 ? undefined : `g${i + 1}`) : i === 0 ? undefined : `g${i - 1}`;
      return { id: `g${i}`, parent, progress: 0.25, weight: 1, where: `ids row ${i + 1}` };
    });

  it.each([false, true])('20,000 levels (listed leaf first: %s) roll up to the leaf’s progress in every row', (leafFirst) => {
    const results = rollupTree(chain(20_000, leafFirst));
    expect(results.every((r) => r.ok && r.value === 0.25)).toBe(true);
  });
});

describe('regression: a cycle through n rows named all n ids in each of its n rows (20,000 rows: 4 GB of text, out of memory)', () => {
  const cycle = (n: number): TreeRow[] => Array.from({ length: n }, (_, i) => ({ id: `g${i}`, parent: `g${(i + 1) % n}`, weight: 1, where: `ids row ${i + 1}` }));

  it('a long cycle names its first ids and its length', () => {
    const results = rollupTree(cycle(20_000));
    const first = results[0];
    expect(first && !first.ok && describeProblem(first.problem)).toBe(
      'ids row 1 is in a cycle of parents (g0 → g1 → g2 → … → g0, 20000 goals): a goal cannot be its own ancestor',
    );
    expect(results.every((r) => !r.ok && describeProblem(r.problem).length < 200)).toBe(true);
  });

  it('a short cycle is still named in full', () => {
    const [first] = rollupTree(cycle(6));
    expect(first && !first.ok && describeProblem(first.problem)).toContain('(g0 → g1 → g2 → g3 → g4 → g5 → g0)');
  });
});
