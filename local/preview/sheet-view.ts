/**
 * What the page needs to draw a window of one sheet: display values (number formats
 * applied, Sheets' automatic ones included), formulas, cell formats with conditional
 * formats on top, error messages (Sheets' hover note, for #ERROR! cells and for the
 * "Error: ..." rows of range calls alike) and SPARKLINE specs. Read through the same
 * services the add-on uses, plus the inspector for what Sheets draws but never returns.
 * Only a window is read, so a 10,000-row sheet costs what its visible part costs.
 */
import { formatA1 } from '../a1/a1-notation.ts';
import type { SparklineSpec } from '../engine/sparkline.ts';
import { formatColor } from '../model/number-format.ts';
import type { LocalServices } from '../index.ts';
import type { ConditionalStyle } from '../services/conditional-styles.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';

export interface CellView {
  /** Display value, as getDisplayValue returns it. */
  readonly v: string;
  readonly f?: string;
  /** What the formula bar shows when it differs from v: 520000 for a cell displaying 520,000. */
  readonly input?: string;
  /** The value's kind where it sets the default alignment: n(umber) right, b(oolean) centred. */
  readonly t?: 'n' | 'b';
  readonly bold?: true;
  readonly italic?: true;
  readonly strike?: true;
  readonly underline?: true;
  readonly bg?: string;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: true;
  /** The message Sheets shows when hovering an error cell or a range call's error row. */
  readonly error?: string;
  readonly sparkline?: SparklineSpec;
}

/** A 0-based rectangle of cells the page shows. */
export interface CellWindow {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** [row, col, view] 0-based; a null view is a cell that now shows nothing. */
export type CellEntry = readonly [number, number, CellView | null];

export interface SheetMeta {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** Widths in pixels of the columns (0-based) that are not the default 100. */
  readonly columnWidths: Readonly<Record<number, number>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Only plain colours reach the page's CSS: #rgb/#rrggbb or a colour name. */
const COLOR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;
const color = (c: string | undefined): string | undefined => (c && COLOR.test(c) ? c.toLowerCase() : undefined);

/** The prefix of a range call's row error (README: "a bad row shows a short text starting Error: "). */
const ROW_ERROR = 'Error: ';

function sheetNamed(services: LocalServices, name: string): SheetPort {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named ${name}.`);
  return sheet;
}

export function sheetMeta(services: LocalServices, name: string): SheetMeta {
  const sheet = sheetNamed(services, name);
  const columns = sheet.getMaxColumns();
  const columnWidths: Record<number, number> = {};
  for (let c = 1; c <= columns; c++) {
    const w = sheet.getColumnWidth(c);
    if (w !== 100) columnWidths[c - 1] = w;
  }
  return { name: sheet.getName(), rows: sheet.getMaxRows(), columns, columnWidths };
}

/** The window cut to the sheet; undefined when nothing of it is on the sheet. */
export function clampWindow(services: LocalServices, name: string, w: CellWindow): CellWindow | undefined {
  const sheet = sheetNamed(services, name);
  const rows = Math.min(w.rows, sheet.getMaxRows() - w.row);
  const cols = Math.min(w.cols, sheet.getMaxColumns() - w.col);
  return rows > 0 && cols > 0 ? { ...w, rows, cols } : undefined;
}

/** Every cell of the window that shows something, keyed "row,col". */
export function windowViews(services: LocalServices, name: string, window: CellWindow): Map<string, CellView> {
  const out = new Map<string, CellView>();
  const w = clampWindow(services, name, window);
  if (!w) return out;
  const sheet = sheetNamed(services, name);
  const range = sheet.getRange(w.row + 1, w.col + 1, w.rows, w.cols);
  const display = range.getDisplayValues();
  const formulas = range.getFormulas();
  const values = range.getValues();
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  const colors = range.getFontColors();
  const numberFormats = range.getNumberFormats();
  const conditional = services.local.conditionalStyles(name, { row: w.row + 1, col: w.col + 1, numRows: w.rows, numCols: w.cols });
  const extras = services.local.cellFormats(name, { row: w.row + 1, col: w.col + 1, numRows: w.rows, numCols: w.cols });
  for (let i = 0; i < w.rows; i++) {
    for (let j = 0; j < w.cols; j++) {
      const view: Mutable<CellView> = { v: display[i]?.[j] ?? '' };
      const formula = formulas[i]?.[j] ?? '';
      const value = values[i]?.[j];
      if (formula) view.f = formula;
      if (typeof value === 'number' || value instanceof Date) view.t = 'n';
      else if (typeof value === 'boolean') view.t = 'b';
      if (weights[i]?.[j] === 'bold') view.bold = true;
      const bg = color(backgrounds[i]?.[j]);
      if (bg && bg !== '#ffffff') view.bg = bg;
      const fg = color(colors[i]?.[j]);
      if (fg && fg !== '#000000') view.color = fg;
      // A [Red]/[Blue]... section of the number format colours the number over the font colour.
      const sectionColor = typeof value === 'number' ? formatColor(value, numberFormats[i]?.[j]) : undefined;
      if (sectionColor) view.color = sectionColor;
      const extra = extras[i]?.[j];
      if (extra?.italic) view.italic = true;
      if (extra?.align) view.align = extra.align;
      if (extra?.wrap) view.wrap = true;
      applyConditional(view, conditional?.[i]?.[j]);
      const input = editableText(value, view);
      if (input !== undefined) view.input = input;
      const r = w.row + i;
      const c = w.col + j;
      withLocalViews(services, name, r, c, view, typeof value === 'string' && value !== '' && (formula !== '' || services.local.isSpilled(name, r, c)));
      if (!isEmpty(view)) out.set(`${r},${c}`, view);
    }
  }
  return out;
}

function isEmpty(view: CellView): boolean {
  return Object.keys(view).length === 1 && view.v === '';
}

/** A conditional format replaces the properties it sets, as in Sheets. */
function applyConditional(view: Mutable<CellView>, style: ConditionalStyle | undefined): void {
  if (!style) return;
  const bg = color(style.background);
  if (bg) view.bg = bg;
  const fg = color(style.fontColor);
  if (fg) view.color = fg;
  if (style.bold !== undefined) style.bold ? (view.bold = true) : delete view.bold;
  if (style.italic !== undefined) style.italic ? (view.italic = true) : delete view.italic;
  if (style.strikethrough) view.strike = true;
  if (style.underline) view.underline = true;
}

/**
 * Sheets' formula bar shows a number without its display format (so editing it does not
 * retype the separators), except percentages, which it keeps as typed.
 */
function editableText(value: unknown, view: CellView): string | undefined {
  if (view.f || typeof value !== 'number' || view.v.endsWith('%')) return undefined;
  const text = String(value);
  return text === view.v ? undefined : text;
}

/**
 * Errors and sparklines are only looked up where they can be, to keep a read cheap.
 * computedText: the cell shows text a formula computed (its own or a spill), so an
 * "Error: " there is a range call's row error, not text someone typed.
 */
function withLocalViews(services: LocalServices, sheet: string, row: number, col: number, view: Mutable<CellView>, computedText: boolean): void {
  const a1 = formatA1({ row: row + 1, col: col + 1, numRows: 1, numCols: 1 });
  if (view.v.startsWith('#')) {
    const error = services.local.cellError(sheet, a1)?.message;
    if (error) view.error = error;
  } else if (computedText && view.v.startsWith(ROW_ERROR)) {
    view.error = view.v.slice(ROW_ERROR.length);
  }
  if (view.f && /SPARKLINE\s*\(/i.test(view.f)) {
    const spec = services.local.sparkline(sheet, a1);
    if (spec) view.sparkline = spec;
  }
}

/** The cells of `after` that differ from `before`, a vanished one as null. */
export function changedCells(before: ReadonlyMap<string, CellView>, after: ReadonlyMap<string, CellView>): CellEntry[] {
  const out: CellEntry[] = [];
  const at = (key: string): [number, number] => key.split(',').map(Number) as [number, number];
  for (const [key, view] of after) {
    const old = before.get(key);
    if (!old || JSON.stringify(old) !== JSON.stringify(view)) out.push([...at(key), view]);
  }
  for (const key of before.keys()) if (!after.has(key)) out.push([...at(key), null]);
  return out;
}

export function entries(views: ReadonlyMap<string, CellView>): CellEntry[] {
  return [...views].map(([key, view]) => {
    const [r, c] = key.split(',').map(Number) as [number, number];
    return [r, c, view];
  });
}
