import type { Entry } from './entry.ts';
import { GOAL_ENTRIES } from './goal-functions.ts';
import { KPI_ENTRIES } from './kpi-functions.ts';
import { CellError } from './rowwise.ts';
import { TEXT_ENTRIES } from './text-functions.ts';
import type { CustomFunction, FunctionEnv, FunctionSpec } from './spec.ts';

/** The custom-function registry: the one source of names, parameters, docs and implementations. */
export const ENTRIES: readonly Entry[] = [...GOAL_ENTRIES, ...KPI_ENTRIES, ...TEXT_ENTRIES];

export const FUNCTION_SPECS: readonly FunctionSpec[] = ENTRIES.map(({ name, summary, params, returns }) => ({ name, summary, params, returns }));

/**
 * The functions as Sheets calls them. An unexpected failure still reaches the cell as a
 * one-line message naming the function, never as a stack trace.
 */
export function bindCustomFunctions(env: FunctionEnv): Record<string, CustomFunction> {
  const out: Record<string, CustomFunction> = {};
  for (const entry of ENTRIES) {
    const fn = entry.bind(env);
    out[entry.name] = (...args) => {
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof CellError) throw e;
        throw new Error(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }
  return out;
}

export type { CustomFunction, FunctionEnv, FunctionSpec, ParamSpec } from './spec.ts';
