/**
 * The preview's command line: `npm start -- [--port <n>] [--host <address> --allow-network]
 * [--state <file>]`, PORT and HOST as defaults.
 */

export const USAGE = 'Usage: npm start [-- --port <n>] [--host <address> --allow-network] [--state <workbook.json>]';

export interface Args {
  readonly port: number;
  readonly host: string;
  readonly allowNetwork: boolean;
  /** Where the workbook is saved; the default is local/.state/workbook.json. */
  readonly statePath?: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Args {
  let portText = env.PORT ?? '8080';
  let host = env.HOST ?? '127.0.0.1';
  let allowNetwork = false;
  let statePath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') portText = value();
    else if (arg === '--host') host = value();
    else if (arg === '--allow-network') allowNetwork = true;
    else if (arg === '--state') statePath = value();
    else throw new UsageError(`Unknown argument ${arg}`);
  }
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`The port must be a number from 0 to 65535, got "${portText}"`);
  return { port: Number(portText), host, allowNetwork, ...(statePath === undefined ? {} : { statePath }) };
}
