/**
 * The KPI log as the series functions read it: dates, values and optional keys, cut at
 * an as-of day, grouped by key. One pass over the log serves every key a call asks for.
 */
import type { Day } from '../core/dates.ts';
import { ok, type Problem, type Result } from '../core/result.ts';
import { fastDay, fastNumber, isBlank, toDay, toKey, toNumber, type Coercer } from './coerce.ts';
import { cellError, rowwise, shapeOf, singleResult, unwrap, type Out, type Param, type Values } from './rowwise.ts';
import type { CustomFunction, FunctionEnv } from './spec.ts';

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

export function sameLength(fn: string, a: { name: string; cells: readonly Located[] }, b: { name: string; cells: readonly Located[] }): void {
  if (a.cells.length !== b.cells.length) {
    throw cellError(fn, { code: 'length-mismatch', facts: { field: a.name, count: a.cells.length, other: b.name, otherCount: b.cells.length } });
  }
}

export interface DatedRow {
  readonly day: Day;
  readonly value: number;
  readonly index: number;
}

export interface Log {
  /** Readings per key (undefined for an unkeyed log), in the order entered. */
  readonly byKey: ReadonlyMap<string | undefined, readonly DatedRow[]>;
  /** The first bad reading of each key: it spoils that key's result only. */
  readonly spoiled: ReadonlyMap<string | undefined, Problem>;
}

/**
 * Reads the log. Rows blank in both date and value are skipped (open ranges); a value
 * without a date is an error; a reading dated after as_of is left out. Unkeyed, a bad
 * reading fails the call; keyed, it spoils only its own key, so one typo in the log does
 * not blank every KPI.
 */
/**
 * A range read in place: a log of 100,000 rows is not copied into 100,000 objects, and the
 * words for where a cell sits ("dates row 3") are made only for a message.
 */
interface Grid {
  readonly count: number;
  at(i: number): unknown;
  where(i: number): string;
}

function grid(arg: unknown, name: string): Grid {
  const shape = shapeOf(arg);
  if (!shape) return { count: 1, at: () => arg, where: () => name };
  const rows = arg as unknown[][];
  const { cols } = shape;
  return {
    count: shape.rows * cols,
    at: (i) => rows[Math.floor(i / cols)]?.[i % cols],
    where: (i) => {
      const r = Math.floor(i / cols) + 1;
      const c = (i % cols) + 1;
      return `${name} ${cols === 1 ? `row ${r}` : shape.rows === 1 ? `column ${c}` : `row ${r}, column ${c}`}`;
    },
  };
}

function sameCount(fn: string, a: Grid, aName: string, b: Grid, bName: string): void {
  if (a.count !== b.count) throw cellError(fn, { code: 'length-mismatch', facts: { field: aName, count: a.count, other: bName, otherCount: b.count } });
}

/** A cell coerced without words for where it is; on a failure, again with them for the message. */
function read<T>(coerce: Coercer<T>, g: Grid, i: number, env: FunctionEnv, fast?: (raw: unknown, env: FunctionEnv) => T | undefined): Result<T | undefined> {
  const raw = g.at(i);
  const quick = fast?.(raw, env);
  if (quick !== undefined) return ok(quick);
  const r = coerce(raw, '', env);
  return r.ok ? r : coerce(raw, g.where(i), env);
}

function readLog(fn: string, env: FunctionEnv, dates: unknown, values: unknown, keys: unknown, asOf: Day | undefined): Log {
  const d = grid(dates, 'dates');
  const v = grid(values, 'values');
  sameCount(fn, d, 'dates', v, 'values');
  const k = isBlank(keys) ? undefined : grid(keys, 'keys');
  if (k) sameCount(fn, d, 'dates', k, 'keys');
  const byKey = new Map<string | undefined, DatedRow[]>();
  const spoiled = new Map<string | undefined, Problem>();
  for (let index = 0; index < d.count; index++) {
    if (isBlank(v.at(index))) continue;
    const key = k ? unwrap(fn, read(toKey, k, index, env)) : undefined;
    const bad = (problem: Problem) => {
      if (!k) throw cellError(fn, problem);
      if (!spoiled.has(key)) spoiled.set(key, problem);
    };
    const day = read(toDay, d, index, env, fastDay);
    if (!day.ok) {
      bad(day.problem);
      continue;
    }
    if (day.value === undefined) {
      bad({ code: 'undated-reading', facts: { field: d.where(index), value: v.where(index) } });
      continue;
    }
    if (asOf !== undefined && day.value > asOf) continue;
    const value = read(toNumber, v, index, env, fastNumber);
    if (!value.ok) {
      bad(value.problem);
      continue;
    }
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ day: day.value, value: value.value as number, index });
  }
  return { byKey, spoiled };
}

/** An argument that must be one value (a unit, a count, an as-of day): a 1×1 range counts as one. */
export function singleArg<T>(fn: string, p: Param<T>, raw: unknown, env: FunctionEnv): T | undefined {
  const shape = shapeOf(raw);
  if (shape && shape.rows * shape.cols > 1) throw cellError(fn, { code: 'not-single', facts: { field: p.name } });
  return unwrap(fn, p.coerce(Array.isArray(raw) ? (raw[0] as unknown[] | undefined)?.[0] : raw, p.name, env));
}

/** Where a series function's log arguments sit among its arguments. */
export interface LogArgs {
  readonly dates: unknown;
  readonly values: unknown;
  readonly keys: unknown;
  readonly key: unknown;
  readonly asOf: unknown;
}

export interface SeriesCall<Ps extends readonly Param<unknown>[]> {
  readonly name: string;
  /** What the result is, for a message when it cannot be put in a cell. */
  readonly what?: string;
  /** Arguments given once per key (due, target), paired row by row with a range of keys. */
  readonly params: Ps;
  readonly width?: number;
  /** One key's readings (dated on or before as_of) to its result; `keyed` says whether the call named keys. */
  readonly compute: (readings: readonly DatedRow[], values: Values<Ps>, keyed: boolean) => Result<Out | readonly Out[] | undefined>;
}

const asOfParam: Param<number> = { name: 'as_of', description: '', acceptsRange: false, optional: true, data: false, coerce: toDay };
const keyParam: Param<string> = { name: 'key', description: '', acceptsRange: true, optional: false, data: true, coerce: toKey };

/**
 * Runs a series function: reads the log once, then computes one result per key (a
 * single key gives a single value; a range of keys, a range of results with error
 * texts in bad rows). Without keys the whole log is one series.
 */
export function overKeys<Ps extends readonly Param<unknown>[]>(call: SeriesCall<Ps>, env: FunctionEnv, log: LogArgs, perKey: readonly unknown[]): unknown {
  const fn = call.name;
  const keyed = !isBlank(log.keys) || !isBlank(log.key);
  if (keyed && isBlank(log.keys)) throw cellError(fn, { code: 'needs-companion', facts: { field: 'key', other: 'keys', fix: 'give the range of keys beside the dates' } });
  if (keyed && isBlank(log.key)) throw cellError(fn, { code: 'needs-companion', facts: { field: 'keys', other: 'key', fix: 'give the key to match, or a range of keys' } });
  const asOf = singleArg(fn, asOfParam, log.asOf, env);
  const read = readLog(fn, env, log.dates, log.values, keyed ? log.keys : undefined, asOf);
  const readingsOf = (key: string | undefined): Result<readonly DatedRow[]> => {
    const problem = read.spoiled.get(key);
    return problem ? { ok: false, problem } : ok(read.byKey.get(key) ?? []);
  };
  const compute = (key: string | undefined, values: Values<Ps>) => {
    const readings = readingsOf(key);
    return readings.ok ? call.compute(readings.value, values, keyed) : readings;
  };
  if (!keyed && call.params.length === 0) return singleResult(fn, env, compute(undefined, [] as unknown as Values<Ps>), call.width, call.what);
  // Unkeyed, the arguments given per result (due dates) are the data: a blank one gives a blank.
  const asData = call.params.map((p) => ({ ...p, data: true })) as unknown as Ps;
  if (!keyed) return rowwise({ ...call, params: asData, compute: (values: Values<Ps>) => compute(undefined, values) })(env)(...perKey);
  const params = [keyParam, ...call.params] as const;
  const def = {
    name: fn,
    what: call.what,
    width: call.width,
    params,
    compute: ([key, ...rest]: Values<typeof params>) => compute(key, rest as unknown as Values<Ps>),
  };
  return rowwise(def)(env)(log.key, ...perKey);
}
