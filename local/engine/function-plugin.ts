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

const keyOf = (a: Address) => `${a.sheet}:${a.row}:${a.col}`;

function callCustom(self: PluginThis, fn: CustomFunction, ast: Ast, state: State, hooks: PluginHooks): unknown {
  const key = keyOf(state.formulaAddress);
  const clock = hooks.clock();
  let args: unknown[];
  try {
    args = ast.args.map((a) => argumentToSheets(self.evaluateAst(a, state), clock));
  } catch (e) {
    if (e instanceof ArgumentError) return e.error;
    throw e;
  }
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    hooks.actualSize(key, 1, 1);
    return new CellError(ErrorType.ERROR, e instanceof Error ? e.message : String(e));
  }
  const wrap = (serial: number, withTime: boolean) => self.returnNumberWrapper(serial, withTime ? 'NUMBER_DATETIME' : 'NUMBER_DATE');
  const result = resultFromSheets(out, clock, wrap);
  hooks.actualSize(key, result.rows, result.cols);
  // A result larger than the reserved area is cut to it; the engine re-enters the formula
  // with the size just noted (settle), so the whole result shows once there is room.
  return clipResult(result, reservedSize(state.formulaVertex));
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
  // What a quarantined formula becomes (see engine.ts): an error in its cell, not a broken workbook.
  implemented[QUARANTINE_FUNCTION] = { method: 'localQuarantined' };
  proto.localQuarantined = () => new CellError(ErrorType.ERROR, MESSAGES.arrayNotSized);
  (LocalFunctions as unknown as { implementedFunctions: typeof implemented }).implementedFunctions = implemented;
  return LocalFunctions as unknown as FunctionPluginDefinition;
}

export function functionNames(set: CustomFunctionSet | undefined): string[] {
  return [...(set?.specs.map((s) => s.name.toUpperCase()) ?? []), 'SPARKLINE', 'TEXT', QUARANTINE_FUNCTION];
}
