/**
 * Copying a sheet and sorting rows, as Sheets does them.
 *
 * A copy (Sheet.copyTo into its own spreadsheet, Spreadsheet.duplicateActiveSheet) is named
 * "Copy of <name>" ("Copy of <name> 2" when that is taken) and carries everything of the
 * sheet: values, formulas (as written: a reference without a sheet name now reads the copy,
 * one that names a sheet still reads that sheet), every per-cell layer (formats, notes,
 * validation), conditional formats, protections, charts, frozen and hidden rows and
 * columns, widths, and the developer metadata on the sheet and on its rows and columns
 * (new ids, same keys and values: the copy carries the same metadata; [DOC] platform §4
 * "moves with its row, column or sheet", and the goal-tables issue's "whose copy carries
 * the same metadata"). Named ranges stay with the original.
 *
 * A sort moves whole rows of the range: contents and every per-cell layer go with their
 * row, and a moved formula's relative references move by as many rows as it did, as
 * pasting it there would (Sheets adjusts them the same way). Blanks sort last either way.
 */
import type { Rect } from '../a1/a1-notation.ts';
import { offsetFormula } from '../formula/references.ts';
import { Formula, type Content } from './cell.ts';
import { Grid } from './grid.ts';
import type { SheetStore } from './sheet-store.ts';
import type { CriterionValue, MetadataSpec, ValidationSpec } from './specs.ts';
import type { WorkbookStore } from './workbook-store.ts';

/** The name a copy gets: "Copy of X", then "Copy of X 2", … */
export function copyName(book: WorkbookStore, name: string): string {
  const base = `Copy of ${name}`;
  if (!book.sheetByName(base)) return base;
  for (let n = 2; ; n++) if (!book.sheetByName(`${base} ${n}`)) return `${base} ${n}`;
}

function cloneGrid<T>(grid: Grid<T>, map: (v: T) => T = (v) => v): Grid<T> {
  const out = new Grid<T>();
  out.rows = grid.rows.map((cells) => cells?.map((v) => (v === undefined ? v : map(v))));
  return out;
}

/** A validation whose source range is on the copied sheet reads the copy's cells instead. */
function repointValidation(spec: ValidationSpec, from: number, to: number, seen: Map<ValidationSpec, ValidationSpec>): ValidationSpec {
  const known = seen.get(spec);
  if (known) return known;
  const values = spec.values.map((v): CriterionValue =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && 'range' in v && v.range.sheetId === from ? { range: { ...v.range, sheetId: to } } : v,
  );
  const next = { ...spec, values };
  seen.set(spec, next);
  return next;
}

/** Copies `source` into a new sheet at `index` (0-based) and returns it. */
export function copySheet(book: WorkbookStore, source: SheetStore, index: number): SheetStore {
  const copy = book.addSheet(copyName(book, source.name), index);
  copy.maxRows = source.maxRows;
  copy.maxColumns = source.maxColumns;
  copy.content = cloneGrid(source.content);
  copy.formulaCount = source.formulaCount;
  const seen = new Map<ValidationSpec, ValidationSpec>();
  copy.layers = {
    numberFormat: cloneGrid(source.layers.numberFormat),
    background: cloneGrid(source.layers.background),
    fontColor: cloneGrid(source.layers.fontColor),
    fontWeight: cloneGrid(source.layers.fontWeight),
    fontStyle: cloneGrid(source.layers.fontStyle),
    horizontalAlignment: cloneGrid(source.layers.horizontalAlignment),
    wrap: cloneGrid(source.layers.wrap),
    note: cloneGrid(source.layers.note),
    validation: cloneGrid(source.layers.validation, (v) => repointValidation(v, source.id, copy.id, seen)),
  };
  copy.frozenRows = source.frozenRows;
  copy.frozenColumns = source.frozenColumns;
  copy.hiddenRows = [...source.hiddenRows];
  copy.hiddenColumns = [...source.hiddenColumns];
  copy.columnWidths = [...source.columnWidths];
  copy.conditionalRules = source.conditionalRules.map((r) => ({ ...r, ranges: r.ranges.map((x) => ({ ...x })) }));
  copy.protections = source.protections.map((p) => ({ ...p, id: book.nextProtectionId++ }));
  copy.charts = source.charts.map((c) => ({ ...c, id: book.nextChartId++, ranges: c.ranges.map((r) => (r.sheetId === source.id ? { ...r, sheetId: copy.id } : r)) }));
  const carried: MetadataSpec[] = [];
  for (const m of book.metadata) {
    const loc = m.location;
    if (loc.type === 'SPREADSHEET' || loc.sheetId !== source.id) continue;
    carried.push({ ...m, id: book.nextMetadataId++, location: { ...loc, sheetId: copy.id } });
  }
  book.metadata.push(...carried);
  book.hooks.structureChanged();
  return copy;
}

/** One sort key: a column of the sheet (1-based, absolute) and its direction. */
export interface SortKey {
  readonly column: number;
  readonly ascending: boolean;
}

const blank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** Sheets' order for one column: numbers (and dates), then text (case-insensitive), then booleans, then errors; blanks last whatever the direction. */
function rank(v: unknown): number {
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return /^#[A-Z/0!?]+/.test(v) ? 3 : 1;
  if (typeof v === 'boolean') return 2;
  return 3;
}

function compare(a: unknown, b: unknown): number {
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) {
    const [x, y] = [String(a).toLowerCase(), String(b).toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 2) return Number(a) - Number(b);
  return 0;
}

/**
 * The rows of `rect` (1-based) in their sorted order: `values` are the range's computed
 * values, row by row. Returns, for each new position, the index of the row that goes there.
 */
export function sortOrder(values: readonly (readonly unknown[])[], rect: Rect, keys: readonly SortKey[]): number[] {
  const order = values.map((_, i) => i);
  order.sort((i, j) => {
    for (const k of keys) {
      const [a, b] = [values[i]?.[k.column - rect.col], values[j]?.[k.column - rect.col]];
      const [ba, bb] = [blank(a), blank(b)];
      if (ba || bb) {
        if (ba !== bb) return ba ? 1 : -1;
        continue;
      }
      const c = compare(a, b);
      if (c !== 0) return k.ascending ? c : -c;
    }
    return i - j;
  });
  return order;
}

/** Moves the rows of `rect` (1-based) into `order`: contents (formulas adjusted) and every layer. */
export function moveRows(book: WorkbookStore, sheet: SheetStore, rect: Rect, order: readonly number[]): void {
  const r0 = rect.row - 1;
  const c0 = rect.col - 1;
  const width = rect.numCols;
  const take = <T>(grid: Grid<T>): (T | undefined)[][] => order.map((_, i) => Array.from({ length: width }, (_, j) => grid.get(r0 + i, c0 + j)));
  const put = <T>(grid: Grid<T>, rows: (T | undefined)[][], map: (v: T, from: number, to: number) => T = (v) => v): void => {
    order.forEach((from, to) => {
      for (let j = 0; j < width; j++) {
        const v = rows[from]?.[j];
        grid.set(r0 + to, c0 + j, v === undefined ? undefined : map(v, from, to));
      }
    });
  };
  const contents = take<Content>(sheet.content);
  put<Content>(sheet.content, contents, (v, from, to) => (v instanceof Formula && from !== to ? new Formula(offsetFormula(v.text, to - from, 0)) : v));
  for (const grid of Object.values(sheet.layers) as Grid<unknown>[]) put(grid, take(grid));
  book.hooks.cellsWritten(sheet, r0, c0, rect.numRows, rect.numCols, true);
}
