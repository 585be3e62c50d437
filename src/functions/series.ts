import type { Day } from '../core/dates.ts';
import { describe, type Result } from '../core/result.ts';
import { isBlank, toDay, type Coercer } from './coerce.ts';
import { CellError, shapeOf } from './rowwise.ts';
import type { FunctionEnv } from './spec.ts';

/** One cell of a range argument, with words for where it sits ("row 3", "column 2"). */
export interface Located {
  readonly raw: unknown;
  readonly where: string;
}

export function cellsOf(arg: unknown, name: string): Located[] {
  const shape = shapeOf(arg);
  if (!shape) return [{ raw: arg, where: name }];
  const out: Located[] = [];
  (arg as unknown[][]).forEach((row, r) =>
    row.forEach((raw, c) => {
      const at = shape.cols === 1 ? `row ${r + 1}` : shape.rows === 1 ? `column ${c + 1}` : `row ${r + 1}, column ${c + 1}`;
      out.push({ raw, where: `${name} ${at}` });
    }),
  );
  return out;
}

/** Coerces one located cell or throws a message naming its position. */
export function read<T>(fn: string, cell: Located, coerce: Coercer<T>, env: FunctionEnv): T | undefined {
  const c = coerce(cell.raw, cell.where, env);
  if (!c.ok) throw new CellError(`${fn}: ${c.message}`);
  return c.value;
}

export function unwrap<T>(fn: string, r: Result<T>): T {
  if (!r.ok) throw new CellError(`${fn}: ${describe(r.problem)}`);
  return r.value;
}

export function sameLength(fn: string, a: { name: string; cells: readonly Located[] }, b: { name: string; cells: readonly Located[] }): void {
  if (a.cells.length !== b.cells.length) {
    throw new CellError(`${fn}: ${a.name} has ${a.cells.length} cells but ${b.name} has ${b.cells.length}: give ranges of the same size`);
  }
}

export interface DatedRow {
  readonly day: Day;
  readonly value: number;
  readonly index: number;
}

/**
 * Pairs a date range with a value range. Rows blank in both are skipped (open ranges);
 * a date without a value is a day with no reading; a value without a date is an error.
 */
export function datedSeries(
  fn: string,
  dates: unknown,
  values: unknown,
  env: FunctionEnv,
  valueCoercer: Coercer<number>,
  /** Where a bad reading goes instead of failing the whole call (KPI_LATEST pins it on its key). */
  onBad?: (index: number, message: string) => void,
): DatedRow[] {
  const d = cellsOf(dates, 'dates');
  const v = cellsOf(values, 'values');
  sameLength(fn, { name: 'dates', cells: d }, { name: 'values', cells: v });
  const rows: DatedRow[] = [];
  const bad = (index: number, message: string) => {
    if (!onBad) throw new CellError(`${fn}: ${message}`);
    onBad(index, message);
  };
  d.forEach((dc, index) => {
    const vc = v[index] as Located;
    if (isBlank(vc.raw)) return;
    const value = valueCoercer(vc.raw, vc.where, env);
    if (!value.ok) return bad(index, value.message);
    const day = toDay(dc.raw, dc.where, env);
    if (!day.ok) return bad(index, day.message);
    if (day.value === undefined) return bad(index, `${dc.where} is blank but ${vc.where} has a value: give every reading a date`);
    rows.push({ day: day.value, value: value.value as number, index });
  });
  return rows;
}
