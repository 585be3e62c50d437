/**
 * The sidebar's one way to the server: google.script.run.goalpostRpc(method, params) as a
 * promise, typed from the contract, so a misspelt method or a wrong parameter does not
 * compile. The only file that touches google.script.run (test/architecture.test.ts).
 */
import type { Method, ParamsOf, ResultOf, RpcResult } from '../src/contract/rpc.ts';

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  goalpostRpc(method: string, params: unknown): void;
}

declare global {
  interface Window {
    google?: { script: { run: Runner; host?: { editor?: { focus(): void } } } };
  }
}

/** Methods whose parameters are all optional may be called without them. */
type Args<M extends Method> = {} extends ParamsOf<M> ? [params?: ParamsOf<M>] : [params: ParamsOf<M>];

/**
 * Calls a server method. Resolves with its RpcResult (a refusal is a value, with the
 * field at fault); rejects only when the call did not reach the server or failed there
 * (offline, signed out, several accounts), with the platform's message.
 */
export function rpc<M extends Method>(method: M, ...[params]: Args<M>): Promise<RpcResult<ResultOf<M>>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new Error('Goalpost could not reach Google Sheets: open the sidebar from Extensions › Goalpost.'));
      return;
    }
    run
      .withSuccessHandler((value) => resolve(value as RpcResult<ResultOf<M>>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))))
      .goalpostRpc(method, params ?? {});
  });
}

/** Gives focus back to the sheet after a selection. */
export function focusSheet(): void {
  window.google?.script.host?.editor?.focus();
}
