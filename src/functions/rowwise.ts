import { inCalendar, instantFromSerial, type Day } from '../core/dates.ts';
import { MAX_MAGNITUDE, MIN_MAGNITUDE, round12 } from '../core/numbers.ts';
import { describe, fail, ok, type Problem, type Result } from '../core/result.ts';
import { ERROR_TEXT_PREFIX, type Coercer } from './coerce.ts';
import type { CustomFunction, FunctionEnv, ParamSpec } from './spec.ts';

export interface Param<T> extends ParamSpec {
  readonly coerce: Coercer<T>;
  /** The common case without allocating (a finite number, a Date), or undefined to coerce. */
  readonly fast?: (raw: unknown, env: FunctionEnv) => T | undefined;
  /** Part of the row's data: a row whose data arguments are all blank gives a blank result. */
  readonly data: boolean;
  /** When set, a blank in a non-blank row is an error with this fix. */
  readonly required?: string;
}

/** A day to be returned as a Date at midnight in the spreadsheet's zone. */
export interface DayOut {
  readonly day: Day;
}
export type Out = number | string | boolean | DayOut;
export type Cell = number | string | boolean | Date;

export type Values<Ps extends readonly Param<unknown>[]> = { [K in keyof Ps]: Ps[K] extends Param<infer T> ? T | undefined : never };

export interface RowwiseDef<Ps extends readonly Param<unknown>[]> {
  readonly name: string;
  readonly params: Ps;
  /** Columns per result: 1 for a value, more for a row (GOAL_PARSE, KPI_SERIES). */
  readonly width?: number;
  /** What the result is, for a message when it cannot be put in a cell ("forecast"). */
  readonly what?: string;
  readonly compute: (values: Values<Ps>) => Result<Out | readonly Out[] | undefined>;
}

const isDayOut = (v: unknown): v is DayOut => typeof v === 'object' && v !== null && 'day' in v;

/**
 * A computed value as Sheets takes it: numbers at 12 significant digits (a size below 1e-300
 * shows as 0; above 1e300 is refused), days as Dates
 * built in the script's realm. A number that overflowed or a day outside the calendar a
 * sheet holds is a problem, never NaN, Infinity or an invalid Date.
 */
export function toCell(v: Out, env: FunctionEnv, what = 'result'): Result<Cell> {
  if (typeof v === 'number') {
    // The sizes Goalpost takes as input are the sizes it gives: another formula can read the result.
    const size = Math.abs(v);
    if (!(size <= MAX_MAGNITUDE)) return fail('result-out-of-range', { what });
    return ok(size < MIN_MAGNITUDE ? 0 : round12(v) + 0);
  }
  if (isDayOut(v)) return inCalendar(v.day) ? ok(new Date(instantFromSerial(v.day, env.timeZone()))) : fail('date-result-out-of-calendar', { what });
  return ok(v);
}

/** A failure a cell shows: thrown, Sheets puts #ERROR! in the cell with this message on hover. */
export class CellError extends Error {}

/** How a problem shows in one cell of a range result: "Error: message". */
export const errorText = (problem: Problem): string => `${ERROR_TEXT_PREFIX}${describe(problem)}`;

/** The one way a problem leaves a custom function: "FN: message". */
export const cellError = (fn: string, problem: Problem): CellError => new CellError(`${fn}: ${describe(problem)}`);

export function unwrap<T>(fn: string, r: Result<T>): T {
  if (!r.ok) throw cellError(fn, r.problem);
  return r.value;
}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export const shapeOf = (arg: unknown): Shape | undefined =>
  Array.isArray(arg) ? { rows: arg.length, cols: Array.isArray(arg[0]) ? arg[0].length : 0 } : undefined;

/** Reads element (r, c) of an argument, broadcasting single values and 1×1 ranges. */
function elementAt(arg: unknown, shape: Shape | undefined, r: number, c: number): unknown {
  if (!Array.isArray(arg)) return arg;
  if (!shape || shape.rows * shape.cols <= 1) return (arg[0] as unknown[] | undefined)?.[0];
  return (arg[r] as unknown[] | undefined)?.[c];
}

/** The one shape every multi-cell argument must share. */
function commonShape(fn: string, names: readonly string[], shapes: readonly (Shape | undefined)[]): Shape | undefined {
  let common: { shape: Shape; name: string } | undefined;
  shapes.forEach((shape, i) => {
    if (!shape || shape.rows * shape.cols <= 1) return;
    if (!common) common = { shape, name: names[i] ?? '?' };
    else if (common.shape.rows !== shape.rows || common.shape.cols !== shape.cols) {
      const size = (s: Shape) => `${s.rows}×${s.cols}`;
      throw cellError(fn, { code: 'shape-mismatch', facts: { field: names[i] ?? '?', size: size(shape), other: common.name, otherSize: size(common.shape) } });
    }
  });
  return common?.shape;
}

type Element = Result<Out | readonly Out[] | undefined>;
type Coerced = Result<unknown>;
const BLANK: Element = ok(undefined);

/**
 * Computes one element. `fixed` holds arguments coerced once for the whole call (single
 * values broadcast to every row); `blankWhen` lists the arguments whose all being blank
 * makes the row blank.
 */
function computeElement<Ps extends readonly Param<unknown>[]>(
  def: RowwiseDef<Ps>,
  raw: readonly unknown[],
  fixed: readonly (Coerced | undefined)[],
  blankWhen: readonly number[],
  env: FunctionEnv,
): Element {
  const params = def.params;
  const values: unknown[] = new Array(params.length);
  let failure: Coerced | undefined;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as Param<unknown>;
    const quick = fixed[i] ? undefined : p.fast?.(raw[i], env);
    if (quick !== undefined) {
      values[i] = quick;
      continue;
    }
    const c = fixed[i] ?? p.coerce(raw[i], p.name, env);
    // A cell that fails to coerce is not blank: keep the failure so the blank-row test counts it.
    values[i] = c.ok ? c.value : c;
    if (!c.ok) failure ??= c;
  }
  let blank = blankWhen.length > 0;
  for (const i of blankWhen) if (values[i] !== undefined) blank = false;
  // A blank row stays blank even when an argument shared by every row (as_of, kind) is bad.
  if (blank) return BLANK;
  if (failure !== undefined) return failure as Element;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as Param<unknown>;
    if (p.required && values[i] === undefined) return fail('blank-required', { field: p.name, fix: p.required });
  }
  return def.compute(values as Values<Ps>);
}

/** A single-value call's result as Sheets takes it: a value (or one row of them), or a thrown error. */
export function singleResult(fn: string, env: FunctionEnv, e: Element, width = 1, what = 'result'): unknown {
  if (!e.ok) throw cellError(fn, e.problem);
  if (e.value === undefined) return width === 1 ? '' : [new Array(width).fill('')];
  const cells = unwrap(fn, cellsOf(e.value, width, env, what));
  return width === 1 ? cells[0] : [cells];
}

const isRanged = (s: Shape | undefined): boolean => s !== undefined && s.rows * s.cols > 1;

/** An element's cells, each turned into what Sheets takes; the first failure wins. */
function cellsOf(value: Out | readonly Out[], width: number, env: FunctionEnv, what: string): Result<Cell[]> {
  const outs = Array.isArray(value) ? (value as readonly Out[]) : [value as Out];
  const cells: Cell[] = new Array(width).fill('');
  for (let i = 0; i < outs.length && i < width; i++) {
    const c = toCell(outs[i] as Out, env, what);
    if (!c.ok) return c;
    cells[i] = c.value;
  }
  return ok(cells);
}

/**
 * Element-wise over ranges: the output keeps the input's shape, single values broadcast,
 * a bad element gives a short error text in its place. A call with single values only
 * returns a single value and throws on bad input, so Sheets shows #ERROR! with the message.
 * A row is blank when its ranged data arguments are all blank (so a due date given once
 * does not turn the empty rows of an open range into errors). Turning a result into cells
 * happens inside the element's own error handling: one bad row never fails a range.
 */
export function rowwise<Ps extends readonly Param<unknown>[]>(def: RowwiseDef<Ps>): (env: FunctionEnv) => CustomFunction {
  const width = def.width ?? 1;
  const what = def.what ?? 'result';
  const names = def.params.map((p) => p.name);
  const dataParams = def.params.flatMap((p, i) => (p.data ? [i] : []));
  const blankRow = (): Cell[] => new Array(width).fill('');
  return (env) =>
    (...args: unknown[]) => {
      const shapes = args.map(shapeOf);
      const shape = commonShape(def.name, names, shapes);
      if (!args.some(Array.isArray)) return singleResult(def.name, env, computeElement(def, args, [], dataParams, env), width, what);
      const { rows, cols } = shape ?? { rows: 1, cols: 1 };
      const fixed = def.params.map((p, i) => (isRanged(shapes[i]) ? undefined : p.coerce(elementAt(args[i], shapes[i], 0, 0), p.name, env)));
      const rangedData = dataParams.filter((i) => isRanged(shapes[i]));
      const blankWhen = rangedData.length > 0 ? rangedData : dataParams;
      const element: unknown[] = new Array(def.params.length);
      const out: unknown[][] = new Array(width === 1 ? rows : 0);
      // A one-column text result (a status column) has a handful of distinct rows: share them,
      // so a 100k-row call does not keep 100k one-cell arrays alive. Sheets only reads them.
      const rowsByText = new Map<string, unknown[]>();
      const rowOf = (v: Cell): unknown[] => {
        if (typeof v !== 'string') return [v];
        let row = rowsByText.get(v);
        if (!row) rowsByText.set(v, (row = [v]));
        return row;
      };
      const single = width === 1 && cols === 1;
      for (let r = 0; r < rows; r++) {
        const line: Cell[] | undefined = width === 1 && !single ? new Array(cols) : undefined;
        for (let c = 0; c < cols; c++) {
          for (let i = 0; i < element.length; i++) if (!fixed[i]) element[i] = elementAt(args[i], shapes[i], r, c);
          const e = computeElement(def, element, fixed, blankWhen, env);
          if (width === 1) {
            // The common case without allocating: text and flags go straight into the cell.
            const v = e.ok ? (e.value as Out | undefined) : undefined;
            let cell: Cell;
            if (!e.ok) cell = errorText(e.problem);
            else if (v === undefined) cell = '';
            else if (typeof v === 'string' || typeof v === 'boolean') cell = v;
            else if (Array.isArray(v)) {
              // A one-cell row (KPI_SERIES with n = 1): its cell, not the row, goes into the cell.
              const cells = cellsOf(v, 1, env, what);
              cell = cells.ok ? (cells.value[0] as Cell) : errorText(cells.problem);
            } else {
              const made = toCell(v, env, what);
              cell = made.ok ? made.value : errorText(made.problem);
            }
            if (line) line[c] = cell;
            else out[r] = rowOf(cell);
            continue;
          }
          if (!e.ok) out.push([errorText(e.problem), ...blankRow().slice(1)]);
          else if (e.value === undefined) out.push(blankRow());
          else {
            const cells = cellsOf(e.value, width, env, what);
            out.push(cells.ok ? cells.value : [errorText(cells.problem), ...blankRow().slice(1)]);
          }
        }
        if (line) out[r] = line;
      }
      return out;
    };
}
