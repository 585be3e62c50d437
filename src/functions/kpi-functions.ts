import { NO_DOCS, NO_EXAMPLE } from './docs-flag.ts';
import { nps, oee } from '../core/kpi.ts';
import { rollup, rollupTree, type Child, type TreeRow } from '../core/rollup.ts';
import { isBlank, toNumber, toText } from './coerce.ts';
import { publicParams, type Entry } from './entry.ts';
import { numberParam, textParam } from './params.ts';
import { cellError, errorText, rowwise, toCell, unwrap } from './rowwise.ts';
import { cellsOf, sameLength, type Located } from './series.ts';
import type { FunctionEnv } from './spec.ts';
import { ok, type Result } from '../core/result.ts';

const rollupParams = [
  numberParam('progress', NO_DOCS ? '' : "Children's progress (a range); blanks are skipped, each is clamped to 0..1."),
  numberParam('weights', NO_DOCS ? '' : 'Optional: weights the same size as progress; blank weights count as 1.', { optional: true }),
  textParam('ids', NO_DOCS ? '' : "Optional: each row's goal id; with parents, the result is one value per row.", { optional: true }),
  textParam('parents', NO_DOCS ? '' : "Optional: each row's parent id (blank for a top-level goal), the same size as ids.", { optional: true }),
] as const;
const npsParams = [numberParam('scores', NO_DOCS ? '' : 'Survey scores, whole numbers from 0 to 10 (a range); blanks are skipped.')] as const;
const oeeParams = [
  numberParam('availability', NO_DOCS ? '' : 'Run time ÷ planned time, as a fraction.', { data: true, required: 'give availability as a fraction' }),
  numberParam('performance', NO_DOCS ? '' : 'Ideal cycle time × total count ÷ run time, as a fraction.', { data: true, required: 'give performance as a fraction' }),
  numberParam('quality', NO_DOCS ? '' : 'Good count ÷ total count, as a fraction.', { data: true, required: 'give quality as a fraction' }),
] as const;

const FN_ROLLUP = 'GOAL_ROLLUP';

/** Progress and weight of one row, read where it sits. */
function child(fn: string, cell: Located, weight: Located | undefined, env: FunctionEnv): { progress?: number; weight: number; where: string } {
  const progress = unwrap(fn, toNumber(cell.raw, cell.where, env));
  const w = weight ? unwrap(fn, toNumber(weight.raw, weight.where, env)) : undefined;
  return { progress, weight: w ?? 1, where: weight?.where ?? cell.where };
}

/** One row of a keyed rollup, read where it sits; a cell that cannot be read is the row's problem. */
function treeRow(env: FunctionEnv, progress: Located, weight: Located | undefined, id: Located, parent: Located): TreeRow {
  const read = { progress: toNumber(progress.raw, progress.where, env), weight: weight ? toNumber(weight.raw, weight.where, env) : ok(undefined) };
  const ids = { id: toText(id.raw, id.where, env), parent: toText(parent.raw, parent.where, env) };
  const value = <T>(r: Result<T | undefined>): T | undefined => (r.ok ? r.value : undefined);
  const row = { id: value(ids.id), parent: value(ids.parent), parentWhere: parent.where, where: id.where, weight: value(read.weight) ?? 1 };
  for (const r of [read.progress, read.weight, ids.id, ids.parent]) if (!r.ok) return { ...row, problem: r.problem };
  if (row.weight < 0) return { ...row, problem: { code: 'negative-weight', facts: { field: weight?.where ?? id.where, weight: row.weight } } };
  return { ...row, progress: value(read.progress) };
}

/** GOAL_ROLLUP over ids and parents: one value per row, in the progress range's shape, each row's problems in its own place. */
function keyedRollup(env: FunctionEnv, progress: unknown, weights: unknown, ids: unknown, parents: unknown): unknown {
  const p = cellsOf(progress, 'progress');
  const w = isBlank(weights) ? undefined : cellsOf(weights, 'weights');
  const i = cellsOf(ids, 'ids');
  const pa = cellsOf(parents, 'parents');
  if (w) sameLength(FN_ROLLUP, { name: 'progress', cells: p }, { name: 'weights', cells: w });
  sameLength(FN_ROLLUP, { name: 'progress', cells: p }, { name: 'ids', cells: i });
  sameLength(FN_ROLLUP, { name: 'ids', cells: i }, { name: 'parents', cells: pa });
  const at = <T>(cells: readonly T[], n: number): T => cells[n] as T;
  const results = rollupTree(p.map((cell, n) => treeRow(env, cell, w?.[n], at(i, n), at(pa, n))));
  const cellFor = (n: number): unknown => {
    if (isBlank(at(p, n).raw) && isBlank(at(i, n).raw) && isBlank(at(pa, n).raw)) return '';
    const r = at(results, n);
    const made = r.ok && r.value !== undefined ? toCell(r.value, env, 'rollup') : r;
    return made.ok ? (made.value ?? '') : errorText(made.problem);
  };
  if (!Array.isArray(progress)) return cellFor(0);
  // Row by row as progress is laid out (cellsOf read it in this order), so the result keeps its shape.
  let n = 0;
  return (progress as unknown[][]).map((row) => row.map(() => cellFor(n++)));
}

export const KPI_ENTRIES: readonly Entry[] = [
  {
    name: FN_ROLLUP,
    summary: NO_DOCS ? '' : 'Parent progress: the weighted mean of the children’s progress, each clamped to 0..1, blanks skipped; with ids and parents, one rolled-up value per row.',
    params: publicParams(rollupParams),
    returns: NO_DOCS ? '' : 'A fraction from 0 to 1 (blank when no child has data); with ids and parents, per row: the rollup of its children, or its own progress when it has none.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_ROLLUP({0.4;0.5;1.2;-0.3}, {2;1;1;1})',
      expected: 0.46,
      working: '(2 × 0.4 + 0.5 + 1 + 0) / 5 = 0.46 (1.2 counts as 1, −0.3 as 0)',
    },
    bind: (env) => (progress, weights, ids, parents) => {
      if (!isBlank(ids) || !isBlank(parents)) {
        if (isBlank(ids)) throw cellError(FN_ROLLUP, { code: 'needs-companion', facts: { field: 'parents', other: 'ids', fix: "give each row's id beside its parent" } });
        if (isBlank(parents)) throw cellError(FN_ROLLUP, { code: 'needs-companion', facts: { field: 'ids', other: 'parents', fix: "give each row's parent id (blank for a top-level goal)" } });
        return keyedRollup(env, progress, weights, ids, parents);
      }
      const p = cellsOf(progress, 'progress');
      const w = isBlank(weights) ? undefined : cellsOf(weights, 'weights');
      if (w) sameLength(FN_ROLLUP, { name: 'progress', cells: p }, { name: 'weights', cells: w });
      const children: Child[] = p.flatMap((cell, n) => {
        const c = child(FN_ROLLUP, cell, w?.[n], env);
        return c.progress === undefined && c.weight >= 0 ? [] : [{ progress: c.progress ?? 0, weight: c.weight, where: c.where }];
      });
      const r = unwrap(FN_ROLLUP, rollup(children));
      return r === undefined ? '' : unwrap(FN_ROLLUP, toCell(r.progress, env, 'rollup'));
    },
  },
  {
    name: 'KPI_NPS',
    summary: NO_DOCS ? '' : 'Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6), from −100 to 100.',
    params: publicParams(npsParams),
    returns: NO_DOCS ? '' : 'A score from −100 to 100; blank without scores.',
    example: NO_DOCS ? NO_EXAMPLE : { formula: '=KPI_NPS({10,9,8,7,6,3,10,9,2,10})', expected: 20, working: '5 promoters (50%) − 3 detractors (30%) = 20' },
    bind: (env) => (scores) => {
      const cells = cellsOf(scores, 'scores').flatMap((c) => {
        const s = unwrap('KPI_NPS', toNumber(c.raw, c.where, env));
        return s === undefined ? [] : [{ s, where: c.where }];
      });
      const r = unwrap('KPI_NPS', nps(cells.map((c) => c.s), (n) => cells[n]?.where ?? 'scores'));
      return r === undefined ? '' : unwrap('KPI_NPS', toCell(r, env, 'score'));
    },
  },
  {
    name: 'KPI_OEE',
    summary: NO_DOCS ? '' : 'Overall equipment effectiveness: availability × performance × quality.',
    params: publicParams(oeeParams),
    returns: NO_DOCS ? '' : 'A fraction from 0 to 1.',
    example: NO_DOCS ? NO_EXAMPLE : { formula: '=KPI_OEE(0.875, 0.952, 0.95)', expected: 0.79135, working: '0.875 × 0.952 × 0.95 = 0.79135' },
    bind: rowwise({
      name: 'KPI_OEE',
      params: oeeParams,
      compute: ([availability, performance, quality]) =>
        oee({ availability: availability as number, performance: performance as number, quality: quality as number }),
    }),
  },
];
