/**
 * Registers custom functions with HyperFormula the way Sheets calls them: arguments
 * evaluated and converted (values, whole 2-D arrays for ranges, Dates for date cells, ""
 * for blanks, undefined for omitted trailing arguments), a thrown Error shown as #ERROR!
 * with its message, returned Dates stored as date serials and returned arrays spilled.
 *
 * HyperFormula must know an array's size before evaluating it, Sheets learns it from the
 * result. The plugin answers HyperFormula from a size table the engine keeps per formula
 * cell and reports the size it actually got; the engine re-enters formulas whose size
 * changed (see engine.ts).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';
import type { CustomFunction, FunctionSpec } from '../../src/functions/spec.ts';
import { MESSAGES } from '../errors.ts';
import { displayValue } from '../model/number-format.ts';
import type { ZoneClock } from '../model/zone-clock.ts';
import { reservedSize } from './hf-internals.ts';
import { ArgumentError, argumentToSheets, clipResult, resultFromSheets } from './hf-values.ts';
import { sparklineSpec, type SparklineSpec } from './sparkline.ts';

export interface CustomFunctionSet {
  readonly specs: readonly FunctionSpec[];
  readonly functions: Readonly<Record<string, CustomFunction>>;
}

/** What the plugin needs from the engine, keyed by HyperFormula's "sheet:row:col". */
export interface PluginHooks {
  clock(): ZoneClock;
  /**
   * The size HyperFormula should reserve: one learnt from an earlier result, or the guess
   * (as many rows as the tallest range argument, one column) when the engine accepts it.
   */
  predictedSize(key: string, guess: { rows: number; cols: number } | undefined): { rows: number; cols: number } | undefined;
  actualSize(key: string, rows: number, cols: number): void;
  /** A custom function's formula is about to be evaluated. */
  calling(key: string): void;
  sparkline(key: string, spec: SparklineSpec): void;
  /** Captures HyperFormula's size predictor for blocked-spill messages. */
  predictor(p: unknown): void;
}

interface Address { sheet: number; row: number; col: number }
interface State { formulaAddress: Address; formulaVertex?: unknown }
interface Ast { args: unknown[] }
interface PluginThis {
  evaluateAst(ast: unknown, state: State): unknown;
  arraySizeForAst(ast: unknown, state: State): { height: number; isRef: boolean };
  returnNumberWrapper(val: number, type: string): unknown;
  arraySizePredictor: unknown;
}

/** Stands in for a formula HyperFormula could not evaluate without failing. */
export const QUARANTINE_FUNCTION = 'LOCAL.QUARANTINED';

/**
 * `READS(formula, ref, ...)`: the formula's value, untouched (arrays, errors, empties and
 * all); the references after it are never evaluated. They are there for HyperFormula's
 * dependency graph only, for references it cannot see (inside array literals; translate.ts).
 */
export const READS_FUNCTION = 'LOCAL.READS';

const keyOf = (a: Address) => `${a.sheet}:${a.row}:${a.col}`;

/**
 * What a custom function returns when an argument holds an error. Sheets' behaviour is not
 * documented: the platform notes (docs/apps-script-platform.md) have no statement, and
 * searching stored documentation, issue threads and public code found no source saying
 * whether an error inside a range reaches the function as its text ("#N/A") or stops the
 * call [UNCONFIRMED, README release checklist]. So the error propagates, as HyperFormula's
 * own functions do, and the function is not called; but an array keeps the area reserved
 * for it, each cell the error, so formulas reading that area (a rollup over a status
 * column) see the error instead of an array that is not there.
 */
function argumentErrorResult(error: CellError, reserved: { rows: number; cols: number } | undefined): unknown {
  if (!reserved || reserved.rows * reserved.cols <= 1) return error;
  return SimpleRangeValue.onlyValues(Array.from({ length: reserved.rows }, () => Array.from({ length: reserved.cols }, () => error)) as never);
}

/**
 * A single error for a formula HyperFormula reserved an array area for. HyperFormula keeps a
 * bare error as an "errored array" of the reserved size, which it then cannot read as a
 * range ("Unknown array", from any formula over that area): it would break every read of
 * the workbook. The error goes in the first cell instead; the engine re-enters the formula
 * at the 1×1 size just noted, so this shape only lasts until then.
 */
function errorInReservedArea(value: unknown, reserved: { rows: number; cols: number } | undefined): unknown {
  if (!(value instanceof CellError) || !reserved || reserved.rows * reserved.cols <= 1) return value;
  return SimpleRangeValue.onlyValues(
    Array.from({ length: reserved.rows }, (_, r) => Array.from({ length: reserved.cols }, (_, c) => (r === 0 && c === 0 ? value : EmptyValue))) as never,
  );
}

function callCustom(self: PluginThis, fn: CustomFunction, ast: Ast, state: State, hooks: PluginHooks): unknown {
  const key = keyOf(state.formulaAddress);
  // Noted first: if HyperFormula throws while evaluating the arguments, this formula is the suspect.
  hooks.calling(key);
  const clock = hooks.clock();
  const reserved = reservedSize(state.formulaVertex);
  let args: unknown[];
  try {
    args = ast.args.map((a) => argumentToSheets(self.evaluateAst(a, state), clock));
  } catch (e) {
    if (!(e instanceof ArgumentError)) throw e;
    hooks.actualSize(key, reserved?.rows ?? 1, reserved?.cols ?? 1);
    return argumentErrorResult(e.error, reserved);
  }
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    hooks.actualSize(key, 1, 1);
    return errorInReservedArea(new CellError(ErrorType.ERROR, e instanceof Error ? e.message : String(e)), reserved);
  }
  const wrap = (serial: number, withTime: boolean) => self.returnNumberWrapper(serial, withTime ? 'NUMBER_DATETIME' : 'NUMBER_DATE');
  const result = resultFromSheets(out, clock, wrap);
  hooks.actualSize(key, result.rows, result.cols);
  // A result larger than the reserved area is cut to it; the engine re-enters the formula
  // with the size just noted (settle), so the whole result shows once there is room.
  return errorInReservedArea(clipResult(result, reserved), reserved);
}

function sizeMethod(hooks: PluginHooks) {
  return function (this: PluginThis, ast: Ast, state: State): ArraySize {
    let tallest = 1;
    for (const arg of ast.args) {
      const size = this.arraySizeForAst(arg, state);
      if (size.isRef) tallest = Math.max(tallest, size.height);
    }
    const size = hooks.predictedSize(keyOf(state.formulaAddress), tallest > 1 ? { rows: tallest, cols: 1 } : undefined);
    return size ? new ArraySize(size.cols, size.rows) : ArraySize.scalar();
  };
}

/** A plugin class holding every custom function of the set, plus SPARKLINE. */
export function createFunctionPlugin(set: CustomFunctionSet, hooks: PluginHooks): FunctionPluginDefinition {
  class LocalFunctions extends FunctionPlugin {
    constructor(...args: ConstructorParameters<typeof FunctionPlugin>) {
      super(...args);
      hooks.predictor((this as unknown as PluginThis).arraySizePredictor);
    }
  }
  const implemented: Record<string, { method: string; sizeOfResultArrayMethod?: string }> = {};
  const proto = LocalFunctions.prototype as unknown as Record<string, unknown>;
  proto.localSize = sizeMethod(hooks);
  for (const spec of set.specs) {
    const fn = set.functions[spec.name];
    if (!fn) continue;
    const method = `local_${spec.name}`;
    implemented[spec.name.toUpperCase()] = { method, sizeOfResultArrayMethod: 'localSize' };
    proto[method] = function (this: PluginThis, ast: Ast, state: State) {
      return callCustom(this, fn, ast, state, hooks);
    };
  }
  implemented.SPARKLINE = { method: 'localSparkline' };
  proto.localSparkline = function (this: PluginThis, ast: Ast, state: State) {
    const clock = hooks.clock();
    try {
      const [data, options] = ast.args.map((a) => argumentToSheets(this.evaluateAst(a, state), clock));
      hooks.sparkline(keyOf(state.formulaAddress), sparklineSpec(data, options));
      return EmptyValue;
    } catch (e) {
      if (e instanceof ArgumentError) return e.error;
      throw e;
    }
  };
  // Sheets' TEXT takes the same patterns as number formats; HyperFormula's knows few of them.
  implemented.TEXT = { method: 'localText' };
  proto.localText = function (this: PluginThis, ast: Ast, state: State) {
    const [value, format] = ast.args.map((a) => this.evaluateAst(a, state));
    if (value instanceof CellError) return value;
    if (format instanceof CellError) return format;
    if (value instanceof SimpleRangeValue || format instanceof SimpleRangeValue || ast.args.length !== 2) return new CellError(ErrorType.VALUE, 'Wrong arguments to TEXT.');
    const raw = typeof value === 'object' && value !== null && 'val' in value ? (value as { val: number }).val : value;
    const n = raw === EmptyValue ? 0 : typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    if (typeof n !== 'number') return typeof n === 'boolean' ? (n ? 'TRUE' : 'FALSE') : String(n);
    return displayValue(n, String(format === EmptyValue ? '' : format));
  };
  implemented[READS_FUNCTION] = { method: 'localReads', sizeOfResultArrayMethod: 'localReadsSize' };
  proto.localReads = function (this: PluginThis, ast: Ast, state: State) {
    return this.evaluateAst(ast.args[0], state);
  };
  proto.localReadsSize = function (this: PluginThis, ast: Ast, state: State) {
    return this.arraySizeForAst(ast.args[0], state);
  };
  // What a quarantined formula becomes (see engine.ts): an error in its cell, not a broken workbook.
  implemented[QUARANTINE_FUNCTION] = { method: 'localQuarantined' };
  proto.localQuarantined = () => new CellError(ErrorType.ERROR, MESSAGES.formulaQuarantined);
  (LocalFunctions as unknown as { implementedFunctions: typeof implemented }).implementedFunctions = implemented;
  return LocalFunctions as unknown as FunctionPluginDefinition;
}

export function functionNames(set: CustomFunctionSet | undefined): string[] {
  return [...(set?.specs.map((s) => s.name.toUpperCase()) ?? []), 'SPARKLINE', 'TEXT', QUARANTINE_FUNCTION, READS_FUNCTION];
}
