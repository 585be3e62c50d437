import type { CustomFunction, FunctionEnv, FunctionSpec, ParamSpec } from './spec.ts';

/**
 * An example call with literal arguments and its hand-worked result. README shows it and
 * a test evaluates it. Dates in `expected` are ISO text; ranges are 2-D arrays.
 */
export interface Example {
  readonly formula: string;
  readonly expected: number | string | readonly (readonly (number | string)[])[];
  readonly working: string;
}

export interface Entry extends FunctionSpec {
  readonly example: Example;
  readonly bind: (env: FunctionEnv) => CustomFunction;
}

/** Strips the implementation parts of a param, keeping what the formula helper shows. */
export const publicParams = (params: readonly ParamSpec[]): ParamSpec[] =>
  params.map(({ name, description, acceptsRange, optional }) => ({ name, description, acceptsRange, optional }));
