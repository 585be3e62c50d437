/**
 * The one entry of the server API: goalpostRpc(method, params) from google.script.run.
 * It checks the method and its parameters before anything runs, so an invalid request
 * writes nothing, and it never throws: every outcome, an unexpected exception included, is
 * an RpcResult the client can show.
 */
import { checkParams, shown } from '../contract/check-params.ts';
import { METHODS, type Method } from '../contract/params.ts';
import type { Handlers, ResultOf, RpcResult } from '../contract/rpc.ts';
import { fail } from '../core/result.ts';
import type { ServerContext } from './context.ts';
import { HANDLERS } from './handlers.ts';
import { toRpcResult } from './rpc-error.ts';

const isMethod = (m: unknown): m is Method => typeof m === 'string' && (METHODS as readonly string[]).includes(m);

/** Parameters are checked before any service is touched: a refused request reads and writes nothing. */
function run<M extends Method>(method: M, params: unknown, context: () => ServerContext): RpcResult<ResultOf<M>> {
  const checked = checkParams(method, params);
  if (!checked.ok) return toRpcResult(checked);
  const handler = HANDLERS[method] as Handlers<ServerContext>[M];
  return toRpcResult(handler(checked.value, context()));
}

/** A thrown value's words, short; whatever was thrown. */
function detail(e: unknown): string {
  try {
    const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return text.length > 200 ? `${text.slice(0, 197)}…` : text;
  } catch {
    return 'an unreadable error';
  }
}

/** `context` is made inside the guard: even wiring the services in cannot throw to the client. */
export function dispatch(context: () => ServerContext, method: unknown, params: unknown): RpcResult<unknown> {
  try {
    if (!isMethod(method)) return toRpcResult(fail('unknown-method', { method: shown(method), methods: METHODS.join(', ') }));
    return run(method, params, context);
  } catch (e) {
    return toRpcResult(fail('server-error', { detail: detail(e) }));
  }
}
