/**
 * The composition root for Apps Script: the only place that reads Apps Script globals.
 * Nothing here runs a service at load time, so the menu works in AuthMode.NONE and every
 * custom-function call starts fast.
 */
import { bindCustomFunctions, FUNCTION_SPECS, type CustomFunction } from '../functions/index.ts';
import { aboutText } from '../sheet/about.ts';
import { insertFunctionGuide } from '../sheet/function-guide.ts';
import { buildMenu, type MenuHandler } from '../sheet/menu.ts';

let zone: string | undefined;

/** Custom functions, reading the spreadsheet's zone only when a Date crosses the boundary. */
export const functions: Record<string, CustomFunction> = bindCustomFunctions({
  timeZone: () => (zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
});

function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** What each menu item runs: typed by the menu's own list, so an item without a handler does not compile. */
const handlers: Record<MenuHandler, () => void> = {
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
