/** Unwrapping core results in tests: the value, or the problem's code and message. */
import { describe as describeProblem, type Result } from '../../src/core/result.ts';

export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected a value, got ${r.problem.code}: ${describeProblem(r.problem)}`);
  return r.value;
}

export function problem<T>(r: Result<T>): { code: string; text: string } {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return { code: r.problem.code, text: describeProblem(r.problem) };
}
