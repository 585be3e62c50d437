/**
 * The one function at the edge that turns the core's failure shape into what the client
 * sees: a stable code, the message from the one table, and, when the problem is about a
 * request parameter, that parameter's path (so a form can point at the field).
 */
import type { RpcError, RpcResult } from '../contract/rpc.ts';
import type { ProblemCode } from '../core/problems.ts';
import { describe, type Result } from '../core/result.ts';

/** Problems whose `field` names a request parameter (others name a cell or a function argument). */
const ABOUT_A_PARAM: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['invalid-param', 'unknown-table', 'unknown-goal', 'reading-moved', 'reading-in-future', 'target-unchanged',
  'sheet-not-found', 'already-goal-table', 'goalpost-sheet', 'no-header-row', 'role-is-computed', 'column-outside-sheet', 'column-without-header', 'header-not-unique', 'header-too-long', 'column-mapped-twice']);

export function toRpcResult<T>(result: Result<T>): RpcResult<T> {
  if (result.ok) return { ok: true, value: result.value };
  const { problem } = result;
  const error: RpcError = { code: problem.code, message: describe(problem) };
  const field = problem.param ?? (ABOUT_A_PARAM.has(problem.code) ? (problem.facts as { readonly field?: unknown } | undefined)?.field : undefined);
  return { ok: false, error: typeof field === 'string' ? { ...error, field } : error };
}
