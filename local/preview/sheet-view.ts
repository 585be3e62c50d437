/**
 * What the page needs to draw one sheet: display values, formulas, the few formats a
 * grid shows, error messages (Sheets' hover note) and SPARKLINE specs, read through the
 * same services the add-on uses, plus the inspector for what Sheets draws but never returns.
 */
import { formatA1 } from '../a1/a1-notation.ts';
import type { SparklineSpec } from '../engine/sparkline.ts';
import type { LocalServices } from '../index.ts';

export interface CellView {
  /** Display value, as getDisplayValue returns it. */
  readonly v: string;
  readonly f?: string;
  /** What the formula bar shows when it differs from v: 520000 for a cell displaying 520,000. */
  readonly input?: string;
  readonly bold?: true;
  readonly bg?: string;
  readonly color?: string;
  /** The message Sheets shows when hovering an error cell. */
  readonly error?: string;
  readonly sparkline?: SparklineSpec;
}

export interface SheetView {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  /** Row-major; cells with nothing to show are null, to keep the payload small. */
  readonly cells: ReadonlyArray<ReadonlyArray<CellView | null>>;
}

/** Empty rows and columns shown past the data, so there is room to type. */
const MARGIN_ROWS = 10;
const MARGIN_COLUMNS = 3;
const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

function cellView(display: string, formula: string, weight: string, bg: string, color: string): CellView | null {
  const view: { -readonly [K in keyof CellView]: CellView[K] } = { v: display };
  if (formula) view.f = formula;
  if (weight === 'bold') view.bold = true;
  if (bg && bg !== '#ffffff') view.bg = bg;
  if (color && color !== '#000000') view.color = color;
  return display === '' && !view.f && !view.bold && !view.bg && !view.color ? null : view;
}

export function sheetView(services: LocalServices, name: string): SheetView {
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named ${name}.`);
  const rows = Math.min(sheet.getMaxRows(), Math.max(MIN_ROWS, sheet.getLastRow() + MARGIN_ROWS));
  const columns = Math.min(sheet.getMaxColumns(), Math.max(MIN_COLUMNS, sheet.getLastColumn() + MARGIN_COLUMNS));
  const range = sheet.getRange(1, 1, rows, columns);
  const display = range.getDisplayValues();
  const formulas = range.getFormulas();
  const values = range.getValues();
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  const colors = range.getFontColors();
  const cells = display.map((line, r) =>
    line.map((text, c) => {
      const base = cellView(text, formulas[r]?.[c] ?? '', weights[r]?.[c] ?? '', backgrounds[r]?.[c] ?? '', colors[r]?.[c] ?? '');
      if (!base) return null;
      const input = editableText(values[r]?.[c], base);
      return withLocalViews(services, name, r + 1, c + 1, input === undefined ? base : { ...base, input });
    }),
  );
  return { name, rows, columns, cells };
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

/** Errors and sparklines are only looked up where they can be, to keep a read cheap. */
function withLocalViews(services: LocalServices, sheet: string, row: number, col: number, base: CellView): CellView {
  const a1 = formatA1({ row, col, numRows: 1, numCols: 1 });
  const error = base.v.startsWith('#') ? services.local.cellError(sheet, a1)?.message : undefined;
  const sparkline = base.f && /SPARKLINE\s*\(/i.test(base.f) ? services.local.sparkline(sheet, a1) ?? undefined : undefined;
  return { ...base, ...(error ? { error } : {}), ...(sparkline ? { sparkline } : {}) };
}
