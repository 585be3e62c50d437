/**
 * Reading cells as Apps Script returns them: getValues gives numbers, booleans, strings
 * and Dates (numbers under a date format, as midnight-based instants in the spreadsheet's
 * zone), "" for blanks and the error code for errors; getDisplayValues gives the text the
 * cell shows; getFormulas gives the formula text or "". Formula and spilled cells come from
 * the engine, everything else straight from the store.
 */
import { rectsIntersect, type Rect } from '../a1/a1-notation.ts';
import type { FormulaEngine } from '../engine/engine.ts';
import { InheritedFormatCache } from './automatic-format.ts';
import { Formula, type Content, type Plain } from './cell.ts';
import { displayValue, isDateFormat } from './number-format.ts';
import type { SheetStore } from './sheet-store.ts';
import type { WorkbookStore } from './workbook-store.ts';

/** A cell's content, or the engine's result for formula and spilled cells. */
type CellReader = (content: Content | undefined, spilled: boolean, r: number, c: number, format: string | undefined) => unknown;

/** The spill (0-based) of those that reach a 1-based rectangle which holds a 0-based cell. */
function spillFinder(engine: FormulaEngine, sheet: SheetStore, rect: Rect): (r: number, c: number) => Rect | undefined {
  const zeroRect = { row: rect.row - 1, col: rect.col - 1, numRows: rect.numRows, numCols: rect.numCols };
  const spills = sheet.formulaCount > 0 ? engine.spillAreas(sheet).filter((s) => rectsIntersect(s, zeroRect)) : [];
  if (spills.length === 0) return () => undefined;
  return (r, c) => spills.find((s) => r >= s.row && r < s.row + s.numRows && c >= s.col && c < s.col + s.numCols);
}

/** Whether a 0-based cell lies in one of the spills that reach a 1-based rectangle. */
function spillTest(engine: FormulaEngine, sheet: SheetStore, rect: Rect): (r: number, c: number) => boolean {
  const find = spillFinder(engine, sheet, rect);
  return (r, c) => find(r, c) !== undefined;
}

/** Visits each cell of a 1-based rectangle. */
function readRect(engine: FormulaEngine, sheet: SheetStore, rect: Rect, cell: CellReader): unknown[][] {
  const r0 = rect.row - 1;
  const c0 = rect.col - 1;
  const inSpill = spillTest(engine, sheet, rect);
  const out: unknown[][] = new Array(rect.numRows);
  for (let i = 0; i < rect.numRows; i++) {
    const r = r0 + i;
    const cells = sheet.content.rows[r];
    const formats = sheet.layers.numberFormat.rows[r];
    const row: unknown[] = new Array(rect.numCols);
    for (let j = 0; j < rect.numCols; j++) {
      const c = c0 + j;
      const v = cells?.[c];
      row[j] = cell(v, v === undefined && inSpill(r, c), r, c, formats?.[c]);
    }
    out[i] = row;
  }
  return out;
}

export function readValues(book: WorkbookStore, engine: FormulaEngine, sheet: SheetStore, rect: Rect): unknown[][] {
  const clock = book.clock;
  const r0 = rect.row - 1;
  const c0 = rect.col - 1;
  const spillAt = spillFinder(engine, sheet, rect);
  const inSpill = (r: number, c: number) => spillAt(r, c) !== undefined;
  const automatic = new InheritedFormatCache(book, sheet);
  const computedValue = (r: number, c: number, format: string | undefined, formula: Formula | undefined): unknown => {
    const computed = engine.computed(sheet, r, c);
    if (computed.error) return computed.error.code;
    if (computed.value === null) return '';
    if (typeof computed.value !== 'number') return computed.value;
    let isDate: boolean;
    if (format !== undefined) isDate = isDateFormat(format);
    else {
      const anchor = formula ?? anchorFormula(sheet, spillAt(r, c));
      isDate = anchor ? automatic.isDate(anchor, computed.isDate) : computed.isDate;
    }
    return isDate ? clock.dateFromSerial(computed.value) : computed.value;
  };
  // A plain loop, no callbacks: this is the 100,000-row read path. Columns mostly share
  // one format, so the last pattern's verdict is kept instead of asking again per cell.
  let lastFormat: string | undefined;
  let lastIsDate = false;
  const out: unknown[][] = new Array(rect.numRows);
  for (let i = 0; i < rect.numRows; i++) {
    const r = r0 + i;
    const cells = sheet.content.rows[r];
    const formats = sheet.layers.numberFormat.rows[r];
    const row: unknown[] = new Array(rect.numCols);
    for (let j = 0; j < rect.numCols; j++) {
      const c = c0 + j;
      const v = cells === undefined ? undefined : cells[c];
      if (typeof v === 'number') {
        const f = formats === undefined ? undefined : formats[c];
        if (f === undefined) {
          row[j] = v;
          continue;
        }
        if (f !== lastFormat) {
          lastFormat = f;
          lastIsDate = isDateFormat(f);
        }
        row[j] = lastIsDate ? clock.dateFromSerial(v) : v;
      } else if (v === undefined) {
        row[j] = inSpill(r, c) ? computedValue(r, c, formats?.[c], undefined) : '';
      } else if (v instanceof Formula) {
        row[j] = computedValue(r, c, formats?.[c], v);
      } else {
        row[j] = v;
      }
    }
    out[i] = row;
  }
  return out;
}

export function readDisplayValues(book: WorkbookStore, engine: FormulaEngine, sheet: SheetStore, rect: Rect): string[][] {
  const spillAt = spillFinder(engine, sheet, rect);
  const inherited = new InheritedFormatCache(book, sheet);
  return readRect(engine, sheet, rect, (v, spilled, r, c, format) => {
    if (v === undefined && !spilled) return '';
    if (v !== undefined && !(v instanceof Formula)) return displayValue(v, format);
    // What is left is a formula cell or a spilled one: both come from the engine.
    const computed = engine.computed(sheet, r, c);
    if (computed.error) return computed.error.code;
    if (computed.value === null) return '';
    if (format === undefined && typeof computed.value === 'number') {
      const anchor = v instanceof Formula ? v : anchorFormula(sheet, spillAt(r, c));
      if (anchor) {
        const pattern = inherited.patternFor(anchor, computed.isDate);
        return displayValue(computed.value, pattern, pattern === undefined && inherited.isDate(anchor, computed.isDate));
      }
    }
    return displayValue(computed.value, format, format === undefined && computed.isDate);
  }) as string[][];
}

function anchorFormula(sheet: SheetStore, spill: Rect | undefined): Formula | undefined {
  const v = spill ? sheet.content.get(spill.row, spill.col) : undefined;
  return v instanceof Formula ? v : undefined;
}

export function readFormulas(sheet: SheetStore, rect: Rect): string[][] {
  const out: string[][] = [];
  for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
    const cells = sheet.content.rows[r];
    const row: string[] = [];
    for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++) {
      const v = cells?.[c];
      row.push(v instanceof Formula ? v.text : '');
    }
    out.push(row);
  }
  return out;
}

export function readLayer<T>(grid: { rows: Array<Array<T | undefined> | undefined> }, rect: Rect, fallback: T): T[][] {
  const out: T[][] = [];
  for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
    const cells = grid.rows[r];
    const row: T[] = [];
    for (let c = rect.col - 1; c < rect.col - 1 + rect.numCols; c++) row.push(cells?.[c] ?? fallback);
    out.push(row);
  }
  return out;
}


/**
 * Cell values as the store keeps them, dates as serials, formula and spilled results from
 * the engine (an error as its code, as getValues gives it); null for a blank. What rule
 * conditions compare against.
 */
export function readRaw(engine: FormulaEngine, sheet: SheetStore, rect: Rect): Array<Array<Plain | null>> {
  return readRect(engine, sheet, rect, (v, spilled, r, c) => {
    if (v === undefined && !spilled) return null;
    if (v !== undefined && !(v instanceof Formula)) return v;
    const computed = engine.computed(sheet, r, c);
    return computed.error ? computed.error.code : computed.value;
  }) as Array<Array<Plain | null>>;
}
