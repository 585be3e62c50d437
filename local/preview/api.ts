/**
 * The preview's JSON API, kept apart from HTTP so each route is a plain function from
 * validated input to a JSON-safe result. Bad input throws InputError (a 400 naming the
 * field); anything else that throws is the add-on's or the spreadsheet's own failure.
 *
 * The page draws a window of the sheet. An edit answers with the cells of that window that
 * changed (read before and after the edit), so its response stays small however big the
 * sheet or the recalculation behind it.
 */
import { parseA1 } from '../a1/a1-notation.ts';
import { SheetsException } from '../errors.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';
import type { AddonMenu, AddonSession, UiEventView } from './addon-session.ts';
import { integer, InputError, optionalText, text, textGrid, windowField, windowQuery, type Body } from './input.ts';
import { changedCells, entries, sheetMeta, windowViews, type CellEntry, type CellWindow, type SheetMeta } from './sheet-view.ts';

export { InputError } from './input.ts';

/** Sheets refuses more than 50,000 characters in a cell. */
const MAX_CELL_TEXT = 50_000;
/** Sheets' limits: 10 million cells a spreadsheet, 18,278 columns a sheet. */
const MAX_CELLS = 10_000_000;
const MAX_COLUMNS = 18_278;
/** A 10,000-row goal table 26 columns wide is 260,000 cells; a paste may write up to this many. */
export const MAX_PASTE_CELLS = 1_000_000;
const MAX_SHEET_NAME = 100;
const SINGLE_CELL = /^[A-Za-z]{1,3}[1-9]\d{0,6}$/;

interface Headline {
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  /** Alerts, toasts, dialogs and sidebars shown since the previous response. */
  readonly ui: readonly UiEventView[];
  /** Things to tell the person that no action of theirs caused (a damaged saved workbook). */
  readonly notices: readonly string[];
  /** How many times a script has moved the selection: the page sends back the count it has caught up with. */
  readonly scriptMoves: number;
}

export interface PreviewState extends Headline {
  readonly menu: AddonMenu;
  readonly sheet: SheetMeta & { readonly window: CellWindow; readonly cells: readonly CellEntry[] };
}

export interface PreviewUpdate extends Headline {
  readonly sheet: SheetMeta & { readonly window: CellWindow; readonly changed: readonly CellEntry[] };
}

export function book(session: AddonSession) {
  return session.services.SpreadsheetApp.getActiveSpreadsheet();
}

export function sheetNamed(session: AddonSession, field: string, name: string): SheetPort {
  const sheet = book(session).getSheetByName(name);
  if (!sheet) throw new InputError(`${field}: no sheet named "${name}"`);
  return sheet;
}

/**
 * What every response carries. Reading it hands over the Ui events and notices (they are
 * shown once), so only POSTs read it so; a GET (`consume` false) changes nothing: no Ui
 * events, and the notices as they stand.
 */
function headline(session: AddonSession, consume = true): Headline {
  const b = book(session);
  const ui = consume ? session.takeUiEvents() : [];
  const notices = consume ? session.takeNotices() : session.peekNotices();
  return { sheets: b.getSheets().map((s) => s.getName()), activeSheet: b.getActiveSheet().getName(), ui, notices, scriptMoves: session.scriptMoves };
}

/** Sheets' own refusals (a taken sheet name, deleting the last sheet) are the person's input errors. */
export function asInput<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof SheetsException) throw new InputError(error.message);
    throw error;
  }
}

/**
 * A window of a sheet with the menu and tabs. GET /api/state reads it without side effects;
 * the page reads it with POST /api/state (`consume`), which also hands over the Ui events
 * and notices waiting for it.
 */
export function readState(session: AddonSession, params: URLSearchParams, consume = false): PreviewState {
  const requested = params.get('sheet');
  const name = requested === null ? book(session).getActiveSheet().getName() : sheetNamed(session, 'sheet', requested).getName();
  const window = windowQuery(params);
  const head = headline(session, consume);
  return { ...head, menu: session.menu, sheet: { ...sheetMeta(session.services, name), window, cells: entries(windowViews(session.services, name, window)) } };
}

/** Runs an edit of one sheet and answers with the cells of the page's window it changed. */
function edit(session: AddonSession, body: Body, change: (sheet: SheetPort) => void): PreviewUpdate {
  const sheet = sheetNamed(session, 'sheet', text(body, 'sheet'));
  const window = windowField(body);
  const name = sheet.getName();
  const before = windowViews(session.services, name, window);
  asInput(() => change(sheet));
  session.persist();
  const after = windowViews(session.services, name, window);
  return { ...headline(session), sheet: { ...sheetMeta(session.services, name), window, changed: changedCells(before, after) } };
}

function cellRef(body: Body, sheet: SheetPort): { row: number; col: number } {
  const a1 = text(body, 'a1').trim();
  const ref = SINGLE_CELL.test(a1) ? parseA1(a1) : undefined;
  if (ref?.r1 === undefined || ref.c1 === undefined) throw new InputError(`a1: "${a1}" is not a single cell such as B2`);
  if (ref.r1 > sheet.getMaxRows() || ref.c1 > sheet.getMaxColumns()) throw new InputError(`a1: ${a1} is outside the sheet`);
  return { row: ref.r1, col: ref.c1 };
}

/** What a person typed: setValue parses it as Sheets does ("=..." is a formula, "5%" a number). */
export function writeCell(session: AddonSession, body: Body): PreviewUpdate {
  const value = text(body, 'value');
  if (value.length > MAX_CELL_TEXT) throw new InputError(`value: longer than ${MAX_CELL_TEXT} characters`);
  return edit(session, body, (sheet) => {
    const { row, col } = cellRef(body, sheet);
    sheet.getRange(row, col).setValue(value);
  });
}

/**
 * A pasted block (tab-separated text as copied from a sheet, split by the page) written
 * from a cell, each piece parsed as if typed; the sheet grows to fit, as Sheets' does.
 */
export function paste(session: AddonSession, body: Body): PreviewUpdate {
  const rows = textGrid(body, 'rows', MAX_PASTE_CELLS, MAX_CELL_TEXT);
  return edit(session, body, (sheet) => {
    const { row, col } = cellRef(body, sheet);
    const width = rows[0]?.length ?? 0;
    const lastRow = row + rows.length - 1;
    const lastCol = col + width - 1;
    if (lastCol > MAX_COLUMNS) throw new InputError(`rows: the block would reach column ${lastCol}; a sheet has at most ${MAX_COLUMNS}`);
    const grownRows = Math.max(sheet.getMaxRows(), lastRow);
    const grownCols = Math.max(sheet.getMaxColumns(), lastCol);
    if (grownRows * grownCols > MAX_CELLS) throw new InputError(`rows: the sheet would grow past ${MAX_CELLS.toLocaleString('en-US')} cells`);
    if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
    if (lastCol > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), lastCol - sheet.getMaxColumns());
    sheet.getRange(row, col, rows.length, width).setValues(rows);
  });
}

/** POST /api/state: the fields of the GET's query (sheet, row, col, rows, cols) in a JSON body. */
export function takeState(session: AddonSession, body: Body): PreviewState {
  const params = new URLSearchParams();
  for (const key of ['sheet', 'row', 'col', 'rows', 'cols']) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number') throw new InputError(`${key}: expected text or a number`);
    params.set(key, String(value));
  }
  return readState(session, params, true);
}

const MAX_FORMAT = 200;

/** A range of the sheet such as B2:C9 (or one cell), inside it. */
function rangeField(body: Body, sheet: SheetPort) {
  const a1 = text(body, 'range').trim();
  const ref = parseA1(a1);
  const [r1, c1, r2, c2] = [ref?.r1, ref?.c1, ref?.r2 ?? ref?.r1, ref?.c2 ?? ref?.c1];
  if (!ref || ref.sheet !== undefined || r1 === undefined || c1 === undefined || r2 === undefined || c2 === undefined) throw new InputError(`range: "${a1}" is not a range such as B2:C9`);
  if (Math.max(r1, r2) > sheet.getMaxRows() || Math.max(c1, c2) > sheet.getMaxColumns()) throw new InputError(`range: ${a1} is outside the sheet`);
  return sheet.getRange(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
}

/** Delete on a selection: its contents cleared in one operation (formats stay, as in Sheets). */
export function clearRange(session: AddonSession, body: Body): PreviewUpdate {
  return edit(session, body, (sheet) => {
    rangeField(body, sheet).clearContent();
  });
}

/** Format › Number and bold, on a range such as B2:C9. */
export function setFormat(session: AddonSession, body: Body): PreviewUpdate {
  const numberFormat = optionalText(body, 'numberFormat');
  const bold = body.bold;
  if (numberFormat !== undefined && (numberFormat.length === 0 || numberFormat.length > MAX_FORMAT)) throw new InputError(`numberFormat: expected a pattern of 1 to ${MAX_FORMAT} characters`);
  if (bold !== undefined && typeof bold !== 'boolean') throw new InputError('bold: expected true or false');
  if (numberFormat === undefined && bold === undefined) throw new InputError('numberFormat or bold: give at least one');
  return edit(session, body, (sheet) => {
    const range = rangeField(body, sheet);
    if (numberFormat !== undefined) range.setNumberFormat(numberFormat);
    if (bold !== undefined) range.setFontWeight(bold ? 'bold' : 'normal');
  });
}

/** "Add 1000 more rows at bottom". */
export function addRows(session: AddonSession, body: Body): PreviewUpdate {
  const count = integer(body, 'count', 1, 100_000);
  return edit(session, body, (sheet) => {
    if ((sheet.getMaxRows() + count) * sheet.getMaxColumns() > MAX_CELLS) throw new InputError(`count: the sheet would grow past ${MAX_CELLS.toLocaleString('en-US')} cells`);
    sheet.insertRowsAfter(sheet.getMaxRows(), count);
  });
}

/** "Add N more columns" at the right, through the sheet's insertColumnsAfter. */
export function addColumns(session: AddonSession, body: Body): PreviewUpdate {
  const count = integer(body, 'count', 1, MAX_COLUMNS);
  return edit(session, body, (sheet) => {
    if (sheet.getMaxColumns() + count > MAX_COLUMNS) throw new InputError(`count: a sheet has at most ${MAX_COLUMNS.toLocaleString('en-US')} columns; this one has ${sheet.getMaxColumns().toLocaleString('en-US')}`);
    if (sheet.getMaxRows() * (sheet.getMaxColumns() + count) > MAX_CELLS) throw new InputError(`count: the sheet would grow past ${MAX_CELLS.toLocaleString('en-US')} cells`);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), count);
  });
}

function sheetName(body: Body, field: string): string {
  const name = text(body, field).trim();
  if (name.length === 0 || name.length > MAX_SHEET_NAME) throw new InputError(`${field}: a sheet name has 1 to ${MAX_SHEET_NAME} characters`);
  return name;
}

export function activateSheet(session: AddonSession, body: Body): void {
  sheetNamed(session, 'name', text(body, 'name')).activate();
  session.persist();
}

/** A new sheet at the end, active, named as given or Sheet2, Sheet3... as Sheets names them. */
export function addSheet(session: AddonSession, body: Body): { readonly name: string } {
  const name = body.name === undefined ? undefined : sheetName(body, 'name');
  const sheet = asInput(() => (name === undefined ? book(session).insertSheet() : book(session).insertSheet(name)));
  session.persist();
  return { name: sheet.getName() };
}

export function renameSheet(session: AddonSession, body: Body): { readonly name: string } {
  const sheet = sheetNamed(session, 'sheet', text(body, 'sheet'));
  const name = sheetName(body, 'name');
  asInput(() => sheet.setName(name));
  session.persist();
  return { name };
}

export function deleteSheet(session: AddonSession, body: Body): void {
  const sheet = sheetNamed(session, 'sheet', text(body, 'sheet'));
  asInput(() => book(session).deleteSheet(sheet));
  session.persist();
}
