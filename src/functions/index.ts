import type { Entry } from './entry.ts';
import { GOAL_ENTRIES } from './goal-functions.ts';
import { KPI_ENTRIES } from './kpi-functions.ts';
import { CellError, cellError } from './rowwise.ts';
import { SERIES_ENTRIES } from './series-functions.ts';
import { TEXT_ENTRIES } from './text-functions.ts';
import type { CustomFunction, FunctionEnv, FunctionSpec } from './spec.ts';

/** The custom-function registry: the one source of names, parameters, docs and implementations. */
export const ENTRIES: readonly Entry[] = [...GOAL_ENTRIES, ...SERIES_ENTRIES, ...KPI_ENTRIES, ...TEXT_ENTRIES];

export const FUNCTION_SPECS: readonly FunctionSpec[] = ENTRIES.map(({ name, summary, params, returns }) => ({ name, summary, params, returns }));

/**
 * The functions as Sheets calls them. An unexpected failure still reaches the cell as a
 * one-line message naming the function, never as a stack trace.
 */
export function bindCustomFunctions(env: FunctionEnv): Record<string, CustomFunction> {
  const out: Record<string, CustomFunction> = {};
  for (const entry of ENTRIES) {
    const fn = entry.bind(env);
    const most = entry.params.length;
    const signature = `${entry.name}(${entry.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
    out[entry.name] = (...args) => {
      // Sheets passes whatever was typed; an extra argument is a mistake worth naming.
      if (args.length > most) throw cellError(entry.name, { code: 'too-many-arguments', facts: { fn: entry.name, most, signature, got: args.length } });
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof CellError) throw e;
        // Goalpost's own bug, not the user's input: say so rather than show an engine message.
        throw new CellError(`${entry.name}: could not compute this (an internal error, not your input); please report it with the arguments used`);
      }
    };
  }
  return out;
}

export type { CustomFunction, FunctionEnv, FunctionSpec, ParamSpec } from './spec.ts';
