/**
 * The composition root for Apps Script: the only place that reads Apps Script globals.
 * Nothing here runs a service at load time, so the menu works in AuthMode.NONE and every
 * custom-function call starts fast.
 */
import { bindCustomFunctions, FUNCTION_SPECS, type CustomFunction } from '../functions/index.ts';
import { aboutText } from '../sheet/about.ts';
import { insertFunctionGuide as insertGuide } from '../sheet/function-guide.ts';
import { buildMenu, type MenuHandler } from '../sheet/menu.ts';

let zone: string | undefined;

/** Custom functions, reading the spreadsheet's zone only when a Date crosses the boundary. */
export const functions: Record<string, CustomFunction> = bindCustomFunctions({
  timeZone: () => (zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()),
});

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export const handlers: Record<MenuHandler, () => void> = {
  insertFunctionGuide: () => {
    insertGuide(SpreadsheetApp);
  },
  showAbout: () => {
    SpreadsheetApp.getUi().alert(aboutText(FUNCTION_SPECS));
  },
};

/** Top-level entry points besides the custom functions; the build writes a stub for each. */
export const ENTRY_POINTS = ['onOpen', 'onInstall', 'insertFunctionGuide', 'showAbout'] as const;
export const insertFunctionGuide = handlers.insertFunctionGuide;
export const showAbout = handlers.showAbout;
