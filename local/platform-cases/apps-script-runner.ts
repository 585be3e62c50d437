/**
 * The platform-cases suite inside a real spreadsheet. scripts/build-platform-cases.ts bundles this
 * file into dist-platform-cases/Code.js with top-level runPlatformCases() and the PLATFORM_* custom
 * functions; push it to a scratch bound project and run runPlatformCases from the editor. The
 * results land in a "Platform results" sheet: the only proof that the local spreadsheet
 * behaves like Sheets. Reads Apps Script globals, so it never runs under Node.
 */
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { PLATFORM_CASES } from './cases.ts';
import { bindPlatformFunctions } from './functions.ts';
import { runCase, type Services } from './run-cases.ts';

const RESULTS_SHEET = 'Platform results';

/** Real Sheets recalculates custom functions after the script writes; wait out "Loading...". */
function settle(read: () => unknown[][]): unknown[][] {
  SpreadsheetApp.flush();
  for (let attempt = 0; attempt < 30; attempt++) {
    const values = read();
    if (!values.some((row) => row.some((v) => v === 'Loading...'))) return values;
    Utilities.sleep(500);
  }
  return read();
}

function runPlatformCases(): string {
  const app: SpreadsheetAppPort = SpreadsheetApp;
  const services: Services = { app, properties: PropertiesService, lock: LockService, settle };
  const prefix = `platform_${Date.now()}`;
  const results = PLATFORM_CASES.map((c, i) => runCase(services, c, i, prefix));
  const ss = app.getActiveSpreadsheet();
  const out = ss.getSheetByName(RESULTS_SHEET) ?? ss.insertSheet(RESULTS_SHEET);
  out.clear();
  const rows = [['Case', 'Result', 'Message', 'Docs tag it unconfirmed'], ...results.map((r) => [r.name, r.passed ? 'PASS' : 'FAIL', r.message, r.unconfirmed ? 'yes' : ''])];
  out.getRange(1, 1, rows.length, 4).setValues(rows);
  out.setFrozenRows(1);
  const failed = results.filter((r) => !r.passed).length;
  const summary = `${results.length - failed} of ${results.length} platform cases pass in ${ss.getSpreadsheetTimeZone()}.`;
  console.log(summary);
  return summary;
}

/** The probe functions the generated stubs call; the zone is read only when a probe asks. */
export const functions = bindPlatformFunctions({ timeZone: () => SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() });

/** The top-level functions the build writes stubs for. */
export const entryPoints = { runPlatformCases };
