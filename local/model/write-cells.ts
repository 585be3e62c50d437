/**
 * Writing cells: user-entered values (setValue/setValues), formulas (setFormula/s) and
 * clearing. Each write keeps the sheet's formula count, applies the format a typed value
 * implies where the cell's format is automatic, and tells the engine which cells changed.
 */
import { offsetFormula, normaliseFormula } from '../formula/references.ts';
import { Formula, type Content } from './cell.ts';
import { isDate } from '../engine/hf-values.ts';
import { DATE_TIME_FORMAT } from './number-format.ts';
import type { SheetStore } from './sheet-store.ts';
import { ISO_FORMAT, isPlainText, parseUserText, parseUserValue, quickIsoDay, quickNumber, type Parsed } from './user-entered.ts';
import type { WorkbookStore } from './workbook-store.ts';

function put(sheet: SheetStore, cells: Array<Content | undefined>, c: number, content: Content | undefined): boolean {
  const old = cells[c];
  if (old instanceof Formula) sheet.formulaCount--;
  const isFormula = content instanceof Formula;
  if (isFormula) sheet.formulaCount++;
  cells[c] = content;
  return isFormula;
}

function store(sheet: SheetStore, r: number, c: number, parsed: Parsed, cells: Array<Content | undefined>): boolean {
  const content = parsed.content instanceof Formula ? new Formula(normaliseFormula(parsed.content.text)) : parsed.content;
  if (parsed.format !== undefined && sheet.layers.numberFormat.get(r, c) === undefined) sheet.layers.numberFormat.set(r, c, parsed.format);
  return put(sheet, cells, c, content);
}

/** setValues: every value parsed as user-entered. `row`/`col` are 0-based. */
export function writeValues(book: WorkbookStore, sheet: SheetStore, row: number, col: number, values: readonly (readonly unknown[])[]): void {
  let formulas = false;
  const clock = book.clock;
  const formats = sheet.layers.numberFormat;
  for (let i = 0; i < values.length; i++) {
    const line = values[i] as readonly unknown[];
    const r = row + i;
    const cells = sheet.content.rowForWrite(r, col + line.length);
    let fmtRow = formats.rows[r];
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      const c = col + j;
      // Numbers, booleans and Dates need no parsing: the hot path for bulk writes.
      if (typeof v === 'number' || typeof v === 'boolean') {
        if (cells[c] instanceof Formula) sheet.formulaCount--;
        cells[c] = v;
        continue;
      }
      // Dates may come from another realm (a script loaded in a vm): check the tag, not the class.
      if (typeof v === 'object' && v !== null && (v instanceof Date || isDate(v)) && !Number.isNaN(v.getTime())) {
        if (cells[c] instanceof Formula) sheet.formulaCount--;
        cells[c] = clock.serialFromDate(v);
        if (fmtRow?.[c] === undefined) {
          fmtRow ??= formats.rowForWrite(r, col + line.length);
          fmtRow[c] = DATE_TIME_FORMAT;
        }
        continue;
      }
      // The text bulk writes carry most: plain numbers, ISO dates, names. No Parsed object.
      if (typeof v === 'string' && (fmtRow === undefined || fmtRow[c] !== '@')) {
        const n = quickNumber(v);
        const day = n === n ? NaN : quickIsoDay(v);
        if (n === n || day === day || isPlainText(v)) {
          if (cells[c] instanceof Formula) sheet.formulaCount--;
          cells[c] = n === n ? n : day === day ? day : v;
          if (day === day && (fmtRow === undefined || fmtRow[c] === undefined)) {
            fmtRow ??= formats.rowForWrite(r, col + line.length);
            fmtRow[c] = ISO_FORMAT;
          }
          continue;
        }
      }
      const plain = fmtRow?.[c] === '@';
      if (store(sheet, r, c, parseUserValue(v, clock, plain, book.currentYear), cells)) formulas = true;
    }
  }
  const width = values[0]?.length ?? 0;
  book.hooks.cellsWritten(sheet, row, col, values.length, width, formulas);
}

/** setValue on a range: the same value in every cell; a formula's relative references move. */
export function fillValue(book: WorkbookStore, sheet: SheetStore, row: number, col: number, numRows: number, numCols: number, value: unknown): void {
  const parsed = parseUserValue(value, book.clock, false, book.currentYear);
  if (parsed.content instanceof Formula) {
    const text = normaliseFormula(parsed.content.text);
    fillFormula(book, sheet, row, col, numRows, numCols, text);
    return;
  }
  const grid = Array.from({ length: numRows }, () => new Array<unknown>(numCols).fill(value));
  writeValues(book, sheet, row, col, grid);
}

export function fillFormula(book: WorkbookStore, sheet: SheetStore, row: number, col: number, numRows: number, numCols: number, formula: string): void {
  const grid = Array.from({ length: numRows }, (_, i) => Array.from({ length: numCols }, (_, j) => offsetFormula(formula, i, j)));
  writeFormulas(book, sheet, row, col, grid);
}

/** setFormulas: "" clears a cell; text without "=" is entered as a value. */
export function writeFormulas(book: WorkbookStore, sheet: SheetStore, row: number, col: number, formulas: readonly (readonly string[])[]): void {
  let any = false;
  formulas.forEach((line, i) => {
    const cells = sheet.content.rowForWrite(row + i);
    line.forEach((text, j) => {
      const parsed: Parsed = text === '' ? { content: undefined } : text.startsWith('=') ? { content: new Formula(text) } : parseUserText(text, false, book.currentYear);
      if (store(sheet, row + i, col + j, parsed, cells)) any = true;
    });
  });
  book.hooks.cellsWritten(sheet, row, col, formulas.length, formulas[0]?.length ?? 0, any);
}

export function clearContents(book: WorkbookStore, sheet: SheetStore, row: number, col: number, numRows: number, numCols: number): void {
  const end = Math.min(row + numRows, sheet.content.rows.length);
  for (let r = row; r < end; r++) {
    const cells = sheet.content.rows[r];
    if (!cells) continue;
    for (let c = col; c < Math.min(col + numCols, cells.length); c++) put(sheet, cells, c, undefined);
  }
  book.hooks.cellsWritten(sheet, row, col, numRows, numCols, false);
}
