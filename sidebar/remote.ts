/**
 * Server calls as state the views can show: loading, an error with a retry, or the value.
 * A call that did not reach the server is an error like a refusal, so every view shows
 * both the same way.
 */
import { signal, type Signal } from '@preact/signals';
import type { Method, ParamsOf, ResultOf, RpcError, RpcResult } from '../src/contract/rpc.ts';
import { rpc } from './client.ts';

export type Remote<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: RpcError }
  | { readonly state: 'ready'; readonly value: T };

/** A call whose failure to arrive is a value too (code 'unreachable'): it never rejects. */
export async function call<M extends Method>(method: M, params: ParamsOf<M>): Promise<RpcResult<ResultOf<M>>> {
  try {
    return await (rpc as (m: M, p: ParamsOf<M>) => Promise<RpcResult<ResultOf<M>>>)(method, params);
  } catch (e) {
    return { ok: false, error: { code: 'unreachable', message: (e as Error).message || 'The server could not be reached. Try again.' } };
  }
}

export interface Loader<T> {
  readonly data: Signal<Remote<T>>;
  /** Loads (again); resolves when done. */
  load(): Promise<void>;
}

/** A value the view loads with one call, and can load again (retry, after a change). */
export function loader<M extends Method>(method: M, params: () => ParamsOf<M>): Loader<ResultOf<M>> {
  const data = signal<Remote<ResultOf<M>>>({ state: 'loading' });
  let latest = 0;
  return {
    data,
    async load() {
      const mine = ++latest;
      if (data.value.state !== 'ready') data.value = { state: 'loading' };
      const result = await call(method, params());
      // Calls may finish out of order: only the newest one's answer is kept.
      if (mine !== latest) return;
      data.value = result.ok ? { state: 'ready', value: result.value } : { state: 'error', error: result.error };
    },
  };
}
