/**
 * The composition root for Apps Script: the only place that reads Apps Script globals and
 * the clock. Nothing here runs a service at load time, so the menu works in AuthMode.NONE
 * and every custom-function call starts fast.
 */
import { dayFromInstant } from '../core/dates.ts';
import { describe, ok } from '../core/result.ts';
import { bindCustomFunctions, FUNCTION_SPECS, type CustomFunction } from '../functions/index.ts';
import { aboutText } from '../sheet/about.ts';
import { insertFunctionGuide } from '../sheet/function-guide.ts';
import { buildMenu, type MenuHandler } from '../sheet/menu.ts';
import { showSidebar as openSidebarIn, type SidebarStart } from '../sheet/sidebar.ts';
import { findSettingsSheet, moveAsOfToToday, statusColours } from '../sheet/settings.ts';
import { createTable } from '../sheet/table-create.ts';
import { refreshTables } from '../sheet/table-refresh.ts';
import type { TemplateName } from '../sheet/templates.ts';
import { adoptSheet } from '../server/adopt.ts';
import type { ServerContext } from '../server/context.ts';
import { dispatch } from '../server/rpc.ts';
import { underLock as underDocumentLock } from '../server/under-lock.ts';

let zone: string | undefined;

/** Custom functions, reading the spreadsheet's zone only when a Date crosses the boundary. */
export const functions: Record<string, CustomFunction> = bindCustomFunctions({
  timeZone: () => (zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
});

/** Today in the spreadsheet's zone. */
const today = (): number => dayFromInstant(Date.now(), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());

/**
 * Every write runs under the document lock; a busy lock is a clear "try again" alert, not a
 * lost write. With `quiet` (onOpen, which may open no dialog) a busy lock just skips the work.
 */
function underLock<T>(work: () => T, quiet = false): T | undefined {
  const result = underDocumentLock(LockService.getDocumentLock(), SpreadsheetApp, () => ok(work()));
  if (result.ok) return result.value;
  if (!quiet) SpreadsheetApp.getUi().alert(describe(result.problem));
  return undefined;
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
  // LIMITED mode cannot open dialogs, and no mode should on open: a busy lock leaves the date for Refresh or the next open.
  if (settings) underLock(() => moveAsOfToToday(SpreadsheetApp, settings, today()), true);
}

/**
 * Opens the sidebar: its goal list, or with 'checkin' the check-in of the goal on the
 * active row (the sidebar says so when that row holds no goal).
 */
export function showSidebar(view: 'goals' | 'checkin' = 'goals'): void {
  let start: SidebarStart = { view: 'goals' };
  if (view === 'checkin') {
    const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
    if (range) start = { view: 'checkin', sheetName: range.getSheet().getName(), row: range.getRow() };
  }
  openSidebarIn(HtmlService, SpreadsheetApp.getUi(), start);
}

/** What each menu item runs: typed by the menu's own list, so an item without a handler does not compile. */
const handlers: Record<MenuHandler, () => void> = {
  openSidebar: () => showSidebar(),
  newRetailTable: () => newTable('Retail'),
  newHealthcareTable: () => newTable('Healthcare'),
  newManufacturingTable: () => newTable('Manufacturing'),
  newSoftwareTable: () => newTable('Software'),
  newBlankTable: () => newTable(),
  refreshTables: () => {
    const result = underLock(() => refreshTables(SpreadsheetApp, colours(), today()));
    if (!result) return;
    if (result.tables === 0) SpreadsheetApp.getUi().alert(result.report.join('\n'));
    else if (result.report.length > 0) showReport(`Goalpost refreshed ${result.tables} table(s) and found:`, result.report);
    else SpreadsheetApp.getActiveSpreadsheet().toast(`${result.tables} goal table(s) refreshed.`, 'Goalpost');
  },
  checkInSelected: () => showSidebar('checkin'),
  // The automatic mapping, with its report; a sheet lacking a required column is refused and left as it was.
  adoptThisSheet: () => {
    const result = adoptSheet({}, server());
    if (!result.ok) SpreadsheetApp.getUi().alert(describe(result.problem));
    else showReport(`Goalpost made "${result.value.sheetName}" a goal table (header row ${result.value.headerRow}):`, result.value.report);
  },
  insertFunctionGuide: () => {
    underLock(() => insertFunctionGuide(SpreadsheetApp));
  },
  showAbout: () => {
    SpreadsheetApp.getUi().alert(aboutText(FUNCTION_SPECS));
  },
};

/** What the server API is handed: the services, each fetched when a method needs it. */
const server = (): ServerContext => ({
  app: SpreadsheetApp,
  lock: () => LockService.getDocumentLock(),
  documentProperties: () => PropertiesService.getDocumentProperties(),
  userProperties: () => PropertiesService.getUserProperties(),
  today,
});

/** The server API for google.script.run: goalpostRpc(method, params) returns an RpcResult and never throws. */
function goalpostRpc(method?: unknown, params?: unknown): unknown {
  return dispatch(server, method, params);
}

/** Every top-level function besides the custom functions; the build writes a stub for each key. */
export const entryPoints: Record<string, (...args: never[]) => unknown> = {
  onOpen,
  onInstall: (e?: GoogleAppsScript.Events.AddonOnInstall) => onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined),
  goalpostRpc,
  ...handlers,
};
