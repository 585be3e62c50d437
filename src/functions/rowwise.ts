import { instantFromSerial, type Day } from '../core/dates.ts';
import { describe, type Result } from '../core/result.ts';
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

export type Values<Ps extends readonly Param<unknown>[]> = { [K in keyof Ps]: Ps[K] extends Param<infer T> ? T | undefined : never };

export interface RowwiseDef<Ps extends readonly Param<unknown>[]> {
  readonly name: string;
  readonly params: Ps;
  /** Columns per result: 1 for a value, more for a row (GOAL_PARSE). */
  readonly width?: number;
  readonly compute: (values: Values<Ps>) => Result<Out | readonly Out[]>;
}

export const isDayOut = (v: unknown): v is DayOut => typeof v === 'object' && v !== null && 'day' in v;

/** Turns computed values into what Sheets takes: Dates built in the script's realm. */
export function toCell(v: Out, env: FunctionEnv): number | string | boolean | Date {
  return isDayOut(v) ? new Date(instantFromSerial(v.day, env.timeZone())) : v;
}

export class CellError extends Error {}

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export const shapeOf = (arg: unknown): Shape | undefined =>
  Array.isArray(arg) ? { rows: arg.length, cols: Array.isArray(arg[0]) ? arg[0].length : 0 } : undefined;

/** Reads element (r, c) of an argument, broadcasting single values and 1×1 ranges. */
export function elementAt(arg: unknown, shape: Shape | undefined, r: number, c: number): unknown {
  if (!Array.isArray(arg)) return arg;
  if (!shape || shape.rows * shape.cols <= 1) return (arg[0] as unknown[] | undefined)?.[0];
  return (arg[r] as unknown[] | undefined)?.[c];
}

/** The one shape every multi-cell argument must share. */
export function commonShape(fn: string, names: readonly string[], shapes: readonly (Shape | undefined)[]): Shape | undefined {
  let common: { shape: Shape; name: string } | undefined;
  shapes.forEach((shape, i) => {
    if (!shape || shape.rows * shape.cols <= 1) return;
    if (!common) common = { shape, name: names[i] ?? '?' };
    else if (common.shape.rows !== shape.rows || common.shape.cols !== shape.cols) {
      throw new CellError(
        `${fn}: ${names[i]} is ${shape.rows}×${shape.cols} cells but ${common.name} is ${common.shape.rows}×${common.shape.cols}: give ranges of the same size`,
      );
    }
  });
  return common?.shape;
}

type Element = { ok: true; value: Out | readonly Out[] | undefined } | { ok: false; message: string };
type Coerced = ReturnType<Coercer<unknown>>;

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
  let failure: string | undefined;
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
    if (!c.ok) failure ??= c.message;
  }
  let blank = true;
  for (const i of blankWhen) if (values[i] !== undefined) blank = false;
  // A blank row stays blank even when an argument shared by every row (as_of, kind) is bad.
  if (blank) return BLANK;
  if (failure !== undefined) return { ok: false, message: failure };
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as Param<unknown>;
    if (p.required && values[i] === undefined) return { ok: false, message: `${p.name} is blank: ${p.required}` };
  }
  const r = def.compute(values as Values<Ps>);
  return r.ok ? r : { ok: false, message: describe(r.problem) };
}

const BLANK: Element = { ok: true, value: undefined };
const isRanged = (s: Shape | undefined): boolean => s !== undefined && s.rows * s.cols > 1;

/**
 * Element-wise over ranges: the output keeps the input's shape, single values broadcast,
 * a bad element gives a short error text in its place. A call with single values only
 * returns a single value and throws on bad input, so Sheets shows #ERROR! with the message.
 * A row is blank when its ranged data arguments are all blank (so a due date given once
 * does not turn the empty rows of an open range into errors).
 */
export function rowwise<Ps extends readonly Param<unknown>[]>(def: RowwiseDef<Ps>): (env: FunctionEnv) => CustomFunction {
  const width = def.width ?? 1;
  const names = def.params.map((p) => p.name);
  const dataParams = def.params.flatMap((p, i) => (p.data ? [i] : []));
  const blankRow = (): Out[] => Array.from({ length: width }, () => '');
  const asRow = (v: Out | readonly Out[]): readonly Out[] => (Array.isArray(v) ? v : [v as Out]);
  return (env) =>
    (...args: unknown[]) => {
      const shapes = args.map(shapeOf);
      const shape = commonShape(def.name, names, shapes);
      if (!args.some(Array.isArray)) {
        const e = computeElement(def, args, [], dataParams, env);
        if (!e.ok) throw new CellError(`${def.name}: ${e.message}`);
        if (e.value === undefined) return width === 1 ? '' : [blankRow()];
        return width === 1 ? toCell(e.value as Out, env) : [asRow(e.value).map((v) => toCell(v, env))];
      }
      const { rows, cols } = shape ?? { rows: 1, cols: 1 };
      const fixed = def.params.map((p, i) => (isRanged(shapes[i]) ? undefined : p.coerce(elementAt(args[i], shapes[i], 0, 0), p.name, env)));
      const rangedData = dataParams.filter((i) => isRanged(shapes[i]));
      const blankWhen = rangedData.length > 0 ? rangedData : dataParams;
      const element: unknown[] = new Array(def.params.length);
      const out: unknown[][] = new Array(width === 1 ? rows : 0);
      // A one-column text result (a status column) has a handful of distinct rows: share them,
      // so a 100k-row call does not keep 100k one-cell arrays alive. Sheets only reads them.
      const rowsByText = new Map<string, unknown[]>();
      const rowOf = (v: unknown): unknown[] => {
        if (typeof v !== 'string') return [v];
        let row = rowsByText.get(v);
        if (!row) rowsByText.set(v, (row = [v]));
        return row;
      };
      const single = width === 1 && cols === 1;
      for (let r = 0; r < rows; r++) {
        const line: unknown[] | undefined = width === 1 && !single ? new Array(cols) : undefined;
        for (let c = 0; c < cols; c++) {
          for (let i = 0; i < element.length; i++) if (!fixed[i]) element[i] = elementAt(args[i], shapes[i], r, c);
          const e = computeElement(def, element, fixed, blankWhen, env);
          const value = e.ok ? e.value : `${ERROR_TEXT_PREFIX}${e.message}`;
          if (single) out[r] = rowOf(value === undefined ? '' : toCell(value as Out, env));
          else if (line) line[c] = value === undefined ? '' : toCell(value as Out, env);
          else if (value === undefined) out.push(blankRow());
          else if (typeof value === 'string' && !e.ok) out.push([value, ...blankRow().slice(1)]);
          else out.push(asRow(value).map((v) => toCell(v, env)));
        }
        if (line) out[r] = line;
      }
      return out;
    };
}

