import { PROBLEM_MESSAGES, type ProblemCode } from './problems.ts';

/** An expected failure: a code from one union plus the facts its message needs. */
export interface Problem {
  readonly code: ProblemCode;
  readonly facts: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: ProblemCode, facts: Record<string, string | number> = {}): Result<T> => ({
  ok: false,
  problem: { code, facts },
});

export function describe(problem: Problem): string {
  return PROBLEM_MESSAGES[problem.code](problem.facts);
}
