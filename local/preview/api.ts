/**
 * The preview's JSON API, kept apart from HTTP so each route is a plain function from
 * validated input to a JSON-safe result. Bad input throws InputError (a 400 naming the
 * field); anything else that throws is the add-on's or the spreadsheet's own failure.
 */
import { parseA1 } from '../a1/a1-notation.ts';
import type { UiEvent } from '../services/ui.ts';
import type { AddonMenu, AddonSession } from './addon-session.ts';
import { sheetView, type SheetView } from './sheet-view.ts';

export class InputError extends Error {}

/** Sheets refuses more than 50,000 characters in a cell. */
const MAX_CELL_TEXT = 50_000;
const SINGLE_CELL = /^[A-Za-z]{1,3}[1-9]\d{0,6}$/;

export interface PreviewState {
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  readonly sheet: SheetView;
  readonly menu: AddonMenu;
  /** Alerts, toasts and dialogs shown since the previous state read. */
  readonly ui: readonly UiEvent[];
}

type Body = Record<string, unknown>;

function text(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new InputError(`${field}: expected a string, got ${value === null ? 'null' : typeof value}`);
  return value;
}

function sheetNamed(session: AddonSession, field: string, name: string): string {
  if (!session.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)) throw new InputError(`${field}: no sheet named "${name}"`);
  return name;
}

export function readState(session: AddonSession, sheet: string | null): PreviewState {
  const book = session.services.SpreadsheetApp.getActiveSpreadsheet();
  const activeSheet = book.getActiveSheet().getName();
  const shown = sheet === null ? activeSheet : sheetNamed(session, 'sheet', sheet);
  return {
    sheets: book.getSheets().map((s) => s.getName()),
    activeSheet,
    sheet: sheetView(session.services, shown),
    menu: session.menu,
    ui: session.takeUiEvents(),
  };
}

export function runMenu(session: AddonSession, body: Body): void {
  const handler = text(body, 'handler');
  if (!session.menuHandlers().includes(handler)) throw new InputError(`handler: "${handler}" is not an item of the add-on menu`);
  session.runMenuHandler(handler);
}

/** What a person typed: setValue parses it as Sheets does ("=..." is a formula, "5%" a number). */
export function writeCell(session: AddonSession, body: Body): void {
  const sheet = sheetNamed(session, 'sheet', text(body, 'sheet'));
  const a1 = text(body, 'a1').trim();
  const value = text(body, 'value');
  const ref = SINGLE_CELL.test(a1) ? parseA1(a1) : undefined;
  if (ref?.r1 === undefined || ref.c1 === undefined) throw new InputError(`a1: "${a1}" is not a single cell such as B2`);
  if (value.length > MAX_CELL_TEXT) throw new InputError(`value: longer than ${MAX_CELL_TEXT} characters`);
  const target = session.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
  if (!target || ref.r1 > target.getMaxRows() || ref.c1 > target.getMaxColumns()) throw new InputError(`a1: ${a1} is outside the sheet`);
  target.getRange(a1).setValue(value);
  session.persist();
}

export function activateSheet(session: AddonSession, body: Body): void {
  const name = sheetNamed(session, 'name', text(body, 'name'));
  session.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)?.activate();
  session.persist();
}
