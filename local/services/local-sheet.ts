/**
 * Sheet: ranges by A1 or numbers, the data extent, structure changes, and the per-sheet
 * lists (conditional formats, charts, protections, metadata).
 */
import { parseA1, resolveRef } from '../a1/a1-notation.ts';
import { fail, MESSAGES } from '../errors.ts';
import { renameSheetInFormula } from '../formula/references.ts';
import { DEFAULT_COLUMN_WIDTH, type SheetStore } from '../model/sheet-store.ts';
import { copySheet } from '../model/sheet-copy.ts';
import { changeStructure, rewriteFormulas } from '../model/structure.ts';
import { writeValues } from '../model/write-cells.ts';
import type { MetadataVisibility, ProtectionTypeEnum, SheetPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { LocalConditionalFormatRule, rulesToSpecs } from './conditional-format.ts';
import { LocalChart, LocalChartBuilder, chartSpecOf } from './charts.ts';
import { addMetadataTo, metadataAt, newFinder, type LocalMetadata, type LocalMetadataFinder } from './developer-metadata.ts';
import { enumName } from './enums.ts';
import type { LocalRange } from './local-range.ts';
import type { LocalSpreadsheet } from './local-spreadsheet.ts';
import { LocalNamedRange } from './named-range.ts';
import { LocalProtection, newProtection } from './protection.ts';

export class LocalSheet implements SheetPort {
  readonly [KIND] = 'Sheet';
  constructor(private readonly ctx: LocalContext, readonly store: SheetStore) {}

  getName(): string { return this.store.name; }
  getSheetName(): string { return this.store.name; }
  getSheetId(): number { return this.store.id; }
  getIndex(): number { return this.ctx.book.sheets.indexOf(this.store) + 1; }
  getParent(): LocalSpreadsheet { return this.ctx.spreadsheet(); }
  getMaxRows(): number { return this.store.maxRows; }
  getMaxColumns(): number { return this.store.maxColumns; }

  setName(name: string): this {
    const book = this.ctx.book;
    const clash = book.sheetByName(name);
    if (clash && clash !== this.store) fail(MESSAGES.sheetExists(name));
    const old = this.store.name;
    this.store.name = name;
    rewriteFormulas(book, (text) => renameSheetInFormula(text, old, name));
    book.hooks.structureChanged();
    return this;
  }

  /**
   * A copy of the sheet, named "Copy of <name>", after the last sheet; the active sheet stays.
   * Only the spreadsheet the sheet is in can receive it here (see model/sheet-copy.ts for what
   * a copy carries).
   */
  copyTo(spreadsheet: LocalSpreadsheet): LocalSheet {
    if (spreadsheet.getId() !== this.ctx.book.id) fail(MESSAGES.invalidArgument('spreadsheet'));
    return this.ctx.sheet(copySheet(this.ctx.book, this.store, this.ctx.book.sheets.length));
  }

  activate(): this { const book = this.ctx.book; book.activeSheetId = this.store.id; book.activations++; this.store.hidden = false; return this; }
  /** As Range.activate(): the range (A1 notation on this sheet) becomes the selection. */
  setActiveSelection(range: LocalRange | string): LocalRange { return (typeof range === 'string' ? this.getRange(range) : range).activate(); }
  setActiveRange(range: LocalRange): LocalRange { return range.activate(); }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): LocalRange {
    if (typeof a1OrRow === 'string') {
      const ref = parseA1(a1OrRow);
      if (!ref) fail(MESSAGES.rangeNotFound);
      const target = ref.sheet === undefined ? this.store : this.ctx.book.sheetByName(ref.sheet);
      if (!target) fail(MESSAGES.rangeNotFound);
      const rect = resolveRef(ref, target.maxRows, target.maxColumns);
      if (rect.row + rect.numRows - 1 > target.maxRows || rect.col + rect.numCols - 1 > target.maxColumns) fail(MESSAGES.rangeNotFound);
      return this.ctx.range(target, rect, ref.r2 === undefined, ref.c2 === undefined);
    }
    const [row, col, nr, nc] = [a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1];
    if (![row, col, nr, nc].every(Number.isFinite)) fail(MESSAGES.invalidArgument('row'));
    if (row < 1) fail(MESSAGES.rowTooSmall);
    if (col < 1) fail(MESSAGES.columnTooSmall);
    if (nr < 1) fail(MESSAGES.numRowsTooSmall);
    if (nc < 1) fail(MESSAGES.numColumnsTooSmall);
    if (row + nr - 1 > this.store.maxRows || col + nc - 1 > this.store.maxColumns) fail(MESSAGES.outsideSheet);
    return this.ctx.range(this.store, { row: Math.floor(row), col: Math.floor(col), numRows: Math.floor(nr), numCols: Math.floor(nc) });
  }

  /** The last row with content; a spilled array counts as content. */
  getLastRow(): number {
    let last = this.store.content.lastRow() + 1;
    for (const s of this.ctx.engine.spillAreas(this.store)) last = Math.max(last, s.row + s.numRows);
    return last;
  }

  getLastColumn(): number {
    let last = this.store.content.lastCol() + 1;
    for (const s of this.ctx.engine.spillAreas(this.store)) last = Math.max(last, s.col + s.numCols);
    return last;
  }

  getDataRange(): LocalRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, rows, cols).getValues();
  }

  private whole(): LocalRange {
    return this.ctx.range(this.store, { row: 1, col: 1, numRows: this.store.maxRows, numCols: this.store.maxColumns });
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this { this.whole().clear(options ?? {}); return this; }
  clearContents(): this { this.whole().clearContent(); return this; }
  clearFormats(): this { this.whole().clearFormat(); return this; }
  clearNotes(): this { this.whole().clearNote(); return this; }

  getFrozenRows(): number { return this.store.frozenRows; }
  setFrozenRows(rows: number): void { this.store.frozenRows = rows; }
  getFrozenColumns(): number { return this.store.frozenColumns; }
  setFrozenColumns(columns: number): void { this.store.frozenColumns = columns; }
  getColumnWidth(columnPosition: number): number { return this.store.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH; }
  setColumnWidth(columnPosition: number, width: number): this { this.store.columnWidths[columnPosition - 1] = width; return this; }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this;
  }

  hideSheet(): this { this.store.hidden = true; return this; }
  showSheet(): this { this.store.hidden = false; return this; }
  isSheetHidden(): boolean { return this.store.hidden; }
  hideRows(rowIndex: number, numRows = 1): void { for (let r = rowIndex; r < rowIndex + numRows; r++) this.store.hiddenRows[r - 1] = true; }
  showRows(rowIndex: number, numRows = 1): void { for (let r = rowIndex; r < rowIndex + numRows; r++) this.store.hiddenRows[r - 1] = false; }
  isRowHiddenByUser(rowPosition: number): boolean { return this.store.hiddenRows[rowPosition - 1] === true; }
  hideColumns(columnIndex: number, numColumns = 1): void { for (let c = columnIndex; c < columnIndex + numColumns; c++) this.store.hiddenColumns[c - 1] = true; }
  showColumns(columnIndex: number, numColumns = 1): void { for (let c = columnIndex; c < columnIndex + numColumns; c++) this.store.hiddenColumns[c - 1] = false; }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.store.hiddenColumns[columnPosition - 1] === true; }

  // --- structure ---------------------------------------------------------------------

  private insert(axis: 'row' | 'col', before: number, count: number): this {
    const max = axis === 'row' ? this.store.maxRows : this.store.maxColumns;
    if (before < 1 || before > max + 1 || count < 1) fail(axis === 'row' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds);
    changeStructure(this.ctx.book, this.store, axis, before, count);
    return this;
  }

  private remove(axis: 'row' | 'col', at: number, count: number): void {
    const max = axis === 'row' ? this.store.maxRows : this.store.maxColumns;
    if (at < 1 || count < 1 || at + count - 1 > max) fail(axis === 'row' ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds);
    if (count >= max) fail(axis === 'row' ? MESSAGES.deleteAllRows : MESSAGES.deleteAllColumns);
    changeStructure(this.ctx.book, this.store, axis, at, -count);
  }

  insertRowBefore(beforePosition: number): this { return this.insert('row', beforePosition, 1); }
  insertRowAfter(afterPosition: number): this { return this.insert('row', afterPosition + 1, 1); }
  insertRowsBefore(beforePosition: number, howMany: number): this { return this.insert('row', beforePosition, howMany); }
  insertRowsAfter(afterPosition: number, howMany: number): this { return this.insert('row', afterPosition + 1, howMany); }
  insertRows(rowIndex: number, numRows = 1): void { this.insert('row', rowIndex, numRows); }
  deleteRow(rowPosition: number): this { this.remove('row', rowPosition, 1); return this; }
  deleteRows(rowPosition: number, howMany: number): void { this.remove('row', rowPosition, howMany); }
  insertColumnBefore(beforePosition: number): this { return this.insert('col', beforePosition, 1); }
  insertColumnAfter(afterPosition: number): this { return this.insert('col', afterPosition + 1, 1); }
  insertColumnsBefore(beforePosition: number, howMany: number): this { return this.insert('col', beforePosition, howMany); }
  insertColumnsAfter(afterPosition: number, howMany: number): this { return this.insert('col', afterPosition + 1, howMany); }
  insertColumns(columnIndex: number, numColumns = 1): void { this.insert('col', columnIndex, numColumns); }
  deleteColumn(columnPosition: number): this { this.remove('col', columnPosition, 1); return this; }
  deleteColumns(columnPosition: number, howMany: number): void { this.remove('col', columnPosition, howMany); }

  /** Writes after the last row with content, growing the sheet when it is full, as Sheets does. */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.store.maxRows) changeStructure(this.ctx.book, this.store, 'row', this.store.maxRows + 1, row - this.store.maxRows);
    if (rowContents.length > this.store.maxColumns) changeStructure(this.ctx.book, this.store, 'col', this.store.maxColumns + 1, rowContents.length - this.store.maxColumns);
    writeValues(this.ctx.book, this.store, row - 1, 0, [rowContents]);
    return this;
  }

  // --- conditional formats, charts, protections, metadata -----------------------------------

  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    return this.store.conditionalRules.map((spec) => new LocalConditionalFormatRule(this.ctx, this.store, spec));
  }
  /** Replaces every rule of the sheet. [DOC] platform §4 "Conditional format rule builder". */
  setConditionalFormatRules(rules: LocalConditionalFormatRule[]): void { this.store.conditionalRules = rulesToSpecs(this.ctx, this.store, rules); }
  clearConditionalFormatRules(): void { this.store.conditionalRules = []; }

  newChart(): LocalChartBuilder { return new LocalChartBuilder(this.ctx, this.store); }
  insertChart(chart: LocalChart): void {
    const spec = { ...chartSpecOf(chart), id: this.ctx.book.nextChartId++ };
    this.store.charts.push(spec);
    chart.attach(this.store, spec.id);
  }
  getCharts(): LocalChart[] { return this.store.charts.map((spec) => new LocalChart(this.ctx, spec, this.store)); }
  updateChart(chart: LocalChart): void {
    const spec = chartSpecOf(chart);
    const i = this.store.charts.findIndex((c) => c.id === spec.id);
    if (i < 0) fail(MESSAGES.chartMissing);
    this.store.charts[i] = spec;
  }
  removeChart(chart: LocalChart): void {
    const spec = chartSpecOf(chart);
    this.store.charts = this.store.charts.filter((c) => c.id !== spec.id);
  }

  protect(): LocalProtection { return newProtection(this.ctx, this.store, 'SHEET'); }
  getProtections(type: ProtectionTypeEnum): LocalProtection[] {
    const kind = enumName(type);
    return this.store.protections.filter((p) => p.type === kind).map((p) => new LocalProtection(this.ctx, this.store, p.id));
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string | MetadataVisibility, visibility?: MetadataVisibility): this {
    addMetadataTo(this.ctx, { type: 'SHEET', sheetId: this.store.id }, key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata(): LocalMetadata[] { return metadataAt(this.ctx, { type: 'SHEET', sheetId: this.store.id }); }
  createDeveloperMetadataFinder(): LocalMetadataFinder { return newFinder(this.ctx, { sheetId: this.store.id }); }

  getNamedRanges(): LocalNamedRange[] {
    return this.ctx.book.namedRanges.filter((n) => n.range.sheetId === this.store.id).map((n) => new LocalNamedRange(this.ctx, n.name));
  }
}
