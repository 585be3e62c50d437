/**
 * The composition root for Apps Script: the only place that reads Apps Script globals and
 * the clock. Nothing here runs a service at load time, so the menu works in AuthMode.NONE
 * and every custom-function call starts fast.
 */
import { dayFromInstant } from '../core/dates.ts';
import { bindCustomFunctions, FUNCTION_SPECS, type CustomFunction } from '../functions/index.ts';
import { aboutText } from '../sheet/about.ts';
import { insertFunctionGuide } from '../sheet/function-guide.ts';
import { buildMenu, type MenuHandler } from '../sheet/menu.ts';
import { findSettingsSheet, moveAsOfToToday, statusColours } from '../sheet/settings.ts';
import { createTable } from '../sheet/table-create.ts';
import { refreshTables } from '../sheet/table-refresh.ts';
import type { TemplateName } from '../sheet/templates.ts';

let zone: string | undefined;

/** Custom functions, reading the spreadsheet's zone only when a Date crosses the boundary. */
export const functions: Record<string, CustomFunction> = bindCustomFunctions({
  timeZone: () => (zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
});

/** Today in the spreadsheet's zone. */
const today = (): number => dayFromInstant(Date.now(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());

const LOCK_WAIT_MS = 10_000;

/** Every write runs under the document lock; a busy lock is a clear "try again", not a lost write. */
function underLock<T>(work: () => T): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    SpreadsheetApp.getUi().alert('Goalpost is busy with another change to this spreadsheet. Try again in a moment.');
    return undefined;
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

const colours = () => statusColours(PropertiesService.getDocumentProperties());

function showReport(title: string, report: readonly string[]): void {
  if (report.length === 0) return;
  SpreadsheetApp.getUi().alert(`${title}\n\n${report.map((r) => `• ${r}`).join('\n')}`);
}

function newTable(template?: TemplateName): void {
  const created = underLock(() => createTable(SpreadsheetApp, colours(), today(), template));
  if (created) showReport(`Goalpost created "${created.sheet.getName()}" but found:`, created.report);
}

function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
  // In AuthMode.NONE (installed, not yet used in this document) only the menu may be touched.
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = findSettingsSheet(ss);
  if (settings) underLock(() => moveAsOfToToday(SpreadsheetApp, settings, today()));
}

/** What each menu item runs: typed by the menu's own list, so an item without a handler does not compile. */
const handlers: Record<MenuHandler, () => void> = {
  newRetailTable: () => newTable('Retail'),
  newHealthcareTable: () => newTable('Healthcare'),
  newManufacturingTable: () => newTable('Manufacturing'),
  newSoftwareTable: () => newTable('Software'),
  newBlankTable: () => newTable(),
  refreshTables: () => {
    const result = underLock(() => refreshTables(SpreadsheetApp, colours(), today()));
    if (!result) return;
    if (result.report.length > 0) showReport(`Goalpost refreshed ${result.tables} table(s) and found:`, result.report);
    else SpreadsheetApp.getActiveSpreadsheet().toast(`${result.tables} goal table(s) refreshed.`, 'Goalpost');
  },
  insertFunctionGuide: () => {
    insertFunctionGuide(SpreadsheetApp);
  },
  showAbout: () => {
    SpreadsheetApp.getUi().alert(aboutText(FUNCTION_SPECS));
  },
};

/** Every top-level function besides the custom functions; the build writes a stub for each key. */
export const entryPoints: Record<string, (e?: never) => void> = {
  onOpen,
  onInstall: (e?: GoogleAppsScript.Events.AddonOnInstall) => onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined),
  ...handlers,
};
