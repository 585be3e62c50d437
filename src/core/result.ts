import { PROBLEMS, type FactsOf, type ProblemCode } from './problems.ts';

/**
 * An expected failure: a code from one table plus the facts its message needs (a union, so
 * code and facts match). `param` names the request parameter at fault when the server
 * knows it and the facts do not say (a core rule broken by a field of a goal being saved).
 */
export type Problem = { readonly [C in ProblemCode]: { readonly code: C; readonly facts: FactsOf<C>; readonly param?: string } }[ProblemCode];

/** The one shape of "a value or a failure", from the core to the edges. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never, C extends ProblemCode = ProblemCode>(code: C, ...facts: FactsOf<C> extends undefined ? [] : [FactsOf<C>]): Result<T> =>
  ({ ok: false, problem: { code, facts: facts[0] } as Problem });

/** The message for a problem, from the one table. */
export function describe(problem: Problem): string {
  return (PROBLEMS[problem.code] as (facts: unknown) => string)(problem.facts);
}
