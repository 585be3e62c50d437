/**
 * Runs platform cases against any implementation of the ports: each case gets a fresh
 * sheet, deleted afterwards. Used by vitest (local services) and by the Apps Script
 * runner (real services).
 */
import type { LockServicePort, PropertiesServicePort, RangePort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import type { PlatformCase, PlatformEnv } from './case.ts';

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly message: string;
  readonly unconfirmed: boolean;
}

export interface Services {
  readonly app: SpreadsheetAppPort;
  readonly properties: PropertiesServicePort;
  readonly lock: LockServicePort;
  /** Waits for formulas to settle; real Sheets needs a flush and, for custom functions, a pause. */
  settle(read: () => unknown[][]): unknown[][];
}

export function runCase(services: Services, c: PlatformCase, index: number, prefix: string): CaseResult {
  const ss = services.app.getActiveSpreadsheet();
  const sheet = ss.insertSheet(`${prefix} ${index + 1}`, ss.getNumSheets());
  const env: PlatformEnv = {
    app: services.app,
    properties: services.properties,
    lock: services.lock,
    sheet,
    prefix: `${prefix}_${index + 1}`,
    settled: (range: RangePort) => services.settle(() => range.getValues()),
  };
  try {
    c.run(env);
    return { name: c.name, passed: true, message: '', unconfirmed: c.unconfirmed === true };
  } catch (e) {
    return { name: c.name, passed: false, message: e instanceof Error ? e.message : String(e), unconfirmed: c.unconfirmed === true };
  } finally {
    ss.deleteSheet(sheet);
  }
}
