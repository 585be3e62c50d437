/**
 * Loads dist/Code.js the way Apps Script does: one shared global scope, no module system,
 * and service globals that throw if anything touches them while the script loads.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const CODE_PATH = new URL('../../dist/Code.js', import.meta.url);
export const readCode = (): string => readFileSync(CODE_PATH, 'utf8');

export const SERVICES = ['SpreadsheetApp', 'PropertiesService', 'ScriptApp', 'HtmlService', 'Session', 'LockService', 'CacheService', 'Utilities', 'Logger', 'UrlFetchApp', 'DriveApp'];

const untouchable = (name: string) =>
  new Proxy(
    {},
    {
      get(_t, prop) {
        throw new Error(`${name}.${String(prop)} was touched while the script loaded`);
      },
    },
  );

export interface GasContext {
  readonly context: vm.Context;
  /** Runs an expression inside the script's realm (Dates and arrays made there, as Sheets makes them). */
  run<T = unknown>(source: string): T;
  /** Installs service globals for the calls that follow the load. */
  provide(services: Record<string, unknown>): void;
}

export function loadScript(code: string = readCode()): GasContext {
  const globals: Record<string, unknown> = {};
  for (const name of SERVICES) globals[name] = untouchable(name);
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    context,
    run: <T,>(source: string) => vm.runInContext(source, context) as T,
    provide: (services) => Object.assign(context, services),
  };
}
