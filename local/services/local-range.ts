/**
 * Range: a fixed rectangle of one sheet (it does not move when rows are inserted, as in
 * Apps Script). Reads and writes go through the cell store; formula results through the
 * engine.
 */
import { formatA1, type Rect } from '../a1/a1-notation.ts';
import { fail, MESSAGES, parameterType } from '../errors.ts';
import { readDisplayValues, readFormulas, readLayer, readValues } from '../model/read-cells.ts';
import { clearContents, fillFormula, fillValue, writeFormulas, writeValues } from '../model/write-cells.ts';
import { AUTOMATIC_FORMAT } from '../model/number-format.ts';
import { moveRows, sortOrder, type SortKey } from '../model/sheet-copy.ts';
import { FORMAT_LAYERS, type LayerName, type SheetStore } from '../model/sheet-store.ts';
import type { ValidationSpec } from '../model/specs.ts';
import type { MetadataVisibility, RangePort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { LocalDataValidation } from './data-validation.ts';
import { addMetadataTo, metadataAt, newFinder, rangeLocation, type LocalMetadata, type LocalMetadataFinder } from './developer-metadata.ts';
import { LocalProtection, newProtection } from './protection.ts';
import type { LocalSheet } from './local-sheet.ts';

type Grid2<T> = ReadonlyArray<ReadonlyArray<T>>;

/** A 2-D argument of a batch setter: rejected like Apps Script when not 2-D, then sized. */
export function checkDimensions(method: string, data: Grid2<unknown>, numRows: number, numCols: number): void {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) fail(MESSAGES.parameters(parameterType(data), `Range.${method}`));
  if (data.length !== numRows) fail(MESSAGES.rowsMismatch(data.length, numRows));
  for (const row of data) if (row.length !== numCols) fail(MESSAGES.columnsMismatch(row.length, numCols));
}

export class LocalRange implements RangePort {
  readonly [KIND] = 'Range';

  constructor(
    private readonly ctx: LocalContext,
    readonly store: SheetStore,
    readonly rect: Rect,
    readonly openRows = false,
    readonly openCols = false,
  ) {}

  private get r0(): number { return this.rect.row - 1; }
  private get c0(): number { return this.rect.col - 1; }

  getSheet(): LocalSheet { return this.ctx.sheet(this.store); }

  /** As in Sheets: the range becomes the selection of its sheet, and the sheet the active one. */
  activate(): this {
    this.getSheet().activate();
    this.ctx.book.selections.set(this.store.id, { ...this.rect });
    return this;
  }
  getRow(): number { return this.rect.row; }
  getColumn(): number { return this.rect.col; }
  getNumRows(): number { return this.rect.numRows; }
  getNumColumns(): number { return this.rect.numCols; }
  getLastRow(): number { return this.rect.row + this.rect.numRows - 1; }
  getLastColumn(): number { return this.rect.col + this.rect.numCols - 1; }
  getGridId(): number { return this.store.id; }
  getA1Notation(): string { return formatA1(this.rect, this.openRows, this.openCols); }
  isEndRowBounded(): boolean { return !this.openRows; }
  isEndColumnBounded(): boolean { return !this.openCols; }

  getCell(row: number, column: number): LocalRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) fail(MESSAGES.cellOutOfRange);
    return this.ctx.range(this.store, { row: this.rect.row + row - 1, col: this.rect.col + column - 1, numRows: 1, numCols: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    return this.getSheet().getRange(this.rect.row + rowOffset, this.rect.col + columnOffset, numRows ?? this.rect.numRows, numColumns ?? this.rect.numCols);
  }

  // --- values and formulas --------------------------------------------------------

  getValues(): unknown[][] { return readValues(this.ctx.book, this.ctx.engine, this.store, this.rect); }
  getValue(): unknown { return readValues(this.ctx.book, this.ctx.engine, this.store, { ...this.rect, numRows: 1, numCols: 1 })[0]?.[0]; }
  getDisplayValues(): string[][] { return readDisplayValues(this.ctx.book, this.ctx.engine, this.store, this.rect); }
  getDisplayValue(): string { return readDisplayValues(this.ctx.book, this.ctx.engine, this.store, { ...this.rect, numRows: 1, numCols: 1 })[0]?.[0] ?? ''; }
  getFormulas(): string[][] { return readFormulas(this.store, this.rect); }
  getFormula(): string { return readFormulas(this.store, { ...this.rect, numRows: 1, numCols: 1 })[0]?.[0] ?? ''; }

  isBlank(): boolean {
    return this.getValues().every((row) => row.every((v) => v === '')) && this.getFormulas().every((row) => row.every((f) => f === ''));
  }

  setValues(values: unknown[][]): this {
    checkDimensions('setValues', values, this.rect.numRows, this.rect.numCols);
    writeValues(this.ctx.book, this.store, this.r0, this.c0, values);
    return this;
  }

  setValue(value: unknown): this {
    fillValue(this.ctx.book, this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols, value);
    return this;
  }

  setFormulas(formulas: string[][]): this {
    checkDimensions('setFormulas', formulas, this.rect.numRows, this.rect.numCols);
    writeFormulas(this.ctx.book, this.store, this.r0, this.c0, formulas);
    return this;
  }

  setFormula(formula: string): this {
    fillFormula(this.ctx.book, this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols, formula);
    return this;
  }

  clearContent(): this {
    clearContents(this.ctx.book, this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols);
    return this;
  }

  clearFormat(): this {
    for (const name of FORMAT_LAYERS) this.store.layers[name].clearRect(this.r0, this.c0, this.rect.numRows, this.rect.numCols);
    this.ctx.book.hooks.cellsWritten(this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols, false);
    return this;
  }

  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): this {
    const any = options && (options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!any || options.contentsOnly) this.clearContent();
    if (!any || options.formatOnly) this.clearFormat();
    if (any && options.validationsOnly) this.clearDataValidations();
    if (any && options.commentsOnly) this.clearNote();
    return this;
  }

  /**
   * Sorts the range's rows by one or more columns (sheet column numbers): a number, a
   * { column, ascending } object, or an array of either. Rows move whole: contents, formats,
   * notes and validation; a moved formula's relative references move with it
   * (model/sheet-copy.ts).
   */
  sort(sortSpecObj: number | { column: number; ascending?: boolean } | ReadonlyArray<number | { column: number; ascending?: boolean }>): this {
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys: SortKey[] = specs.map((s) => (typeof s === 'number' ? { column: s, ascending: true } : { column: s?.column, ascending: s?.ascending !== false }));
    const last = this.rect.col + this.rect.numCols - 1;
    for (const k of keys) if (typeof k.column !== 'number' || !Number.isInteger(k.column) || k.column < this.rect.col || k.column > last) fail(MESSAGES.invalidArgument('sortSpecObj'));
    const order = sortOrder(this.getValues(), this.rect, keys);
    if (order.some((from, to) => from !== to)) moveRows(this.ctx.book, this.store, this.rect, order);
    return this;
  }

  // --- per-cell layers ----------------------------------------------------------------

  private fill(layer: LayerName, value: unknown): this {
    const grid = this.store.layers[layer] as { fillRect(r: number, c: number, nr: number, nc: number, v: unknown): void };
    grid.fillRect(this.r0, this.c0, this.rect.numRows, this.rect.numCols, value === null ? undefined : value);
    if (layer === 'numberFormat') this.ctx.book.hooks.cellsWritten(this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols, false);
    return this;
  }

  /** A batch setter: `convert` maps each given value to what the layer stores (null clears). */
  private fillEach<T>(method: string, layer: LayerName, values: Grid2<T>, convert: (v: T) => unknown = (v) => v): this {
    checkDimensions(method, values, this.rect.numRows, this.rect.numCols);
    const grid = this.store.layers[layer] as { set(r: number, c: number, v: unknown): void };
    values.forEach((row, i) => row.forEach((given, j) => {
      const v = convert(given);
      grid.set(this.r0 + i, this.c0 + j, v === null || v === '' ? undefined : v);
    }));
    if (layer === 'numberFormat') this.ctx.book.hooks.cellsWritten(this.store, this.r0, this.c0, this.rect.numRows, this.rect.numCols, false);
    return this;
  }

  private read<T>(layer: LayerName, fallback: T): T[][] {
    return readLayer(this.store.layers[layer] as never, this.rect, fallback);
  }

  setNumberFormat(numberFormat: string): this { return this.fill('numberFormat', numberFormat === AUTOMATIC_FORMAT ? null : numberFormat); }
  setNumberFormats(numberFormats: string[][]): this { return this.fillEach('setNumberFormats', 'numberFormat', numberFormats, (f) => (f === AUTOMATIC_FORMAT ? null : f)); }
  getNumberFormats(): string[][] { return this.read('numberFormat', AUTOMATIC_FORMAT); }
  getNumberFormat(): string { return this.getNumberFormats()[0]?.[0] ?? AUTOMATIC_FORMAT; }
  setBackground(color: string | null): this { return this.fill('background', color === null ? null : color.toLowerCase()); }
  setBackgrounds(color: Array<Array<string | null>>): this { return this.fillEach('setBackgrounds', 'background', color, (c) => c?.toLowerCase() ?? null); }
  getBackgrounds(): string[][] { return this.read('background', '#ffffff'); }
  getBackground(): string { return this.getBackgrounds()[0]?.[0] ?? '#ffffff'; }
  setFontColor(color: string | null): this { return this.fill('fontColor', color === null ? null : color.toLowerCase()); }
  setFontColors(colors: unknown[][]): this { return this.fillEach('setFontColors', 'fontColor', colors, (c) => (typeof c === 'string' ? c.toLowerCase() : null)); }
  getFontColors(): string[][] { return this.read('fontColor', '#000000'); }
  getFontColor(): string { return this.getFontColors()[0]?.[0] ?? '#000000'; }
  setFontWeight(fontWeight: string | null): this { return this.fill('fontWeight', fontWeight === 'normal' ? null : fontWeight); }
  setFontWeights(fontWeights: Array<Array<'normal' | 'bold' | null>>): this { return this.fillEach('setFontWeights', 'fontWeight', fontWeights, (w) => (w === 'normal' ? null : w)); }
  getFontWeights(): string[][] { return this.read('fontWeight', 'normal'); }
  getFontWeight(): string { return this.getFontWeights()[0]?.[0] ?? 'normal'; }
  setFontStyle(fontStyle: 'normal' | 'italic' | null): this { return this.fill('fontStyle', fontStyle === 'normal' ? null : fontStyle); }
  getFontStyle(): string { return this.read('fontStyle', 'normal')[0]?.[0] ?? 'normal'; }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this { return this.fill('horizontalAlignment', alignment === 'normal' ? null : alignment); }
  getHorizontalAlignment(): string { return this.read('horizontalAlignment', 'general')[0]?.[0] ?? 'general'; }
  setWrap(isWrapEnabled: boolean): this { return this.fill('wrap', isWrapEnabled ? true : null); }
  getWrap(): boolean { return this.read('wrap', false)[0]?.[0] ?? false; }
  setNote(note: string | null): this { return this.fill('note', note === '' ? null : note); }
  setNotes(notes: Array<Array<string | null>>): this { return this.fillEach('setNotes', 'note', notes); }
  getNotes(): string[][] { return this.read('note', ''); }
  getNote(): string { return this.getNotes()[0]?.[0] ?? ''; }
  clearNote(): this { return this.fill('note', null); }

  // --- data validation ------------------------------------------------------------------

  setDataValidation(rule: LocalDataValidation | null): this { return this.fill('validation', rule ? rule.spec : null); }
  setDataValidations(rules: Array<Array<LocalDataValidation | null>>): this { return this.fillEach('setDataValidations', 'validation', rules, (v) => v?.spec ?? null); }
  getDataValidations(): Array<Array<LocalDataValidation | null>> {
    return this.read<ValidationSpec | null>('validation', null).map((r) => r.map((s) => (s ? new LocalDataValidation(this.ctx, s) : null)));
  }
  getDataValidation(): LocalDataValidation | null { return this.getDataValidations()[0]?.[0] ?? null; }
  clearDataValidations(): this { return this.fill('validation', null); }

  insertCheckboxes(): this {
    this.setDataValidation(new LocalDataValidation(this.ctx, { criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: '' }));
    const values = this.getValues().map((row) => row.map((v) => (typeof v === 'boolean' ? v : false)));
    return this.setValues(values);
  }

  // --- developer metadata and protection ------------------------------------------------

  addDeveloperMetadata(key: string, valueOrVisibility?: string | MetadataVisibility, visibility?: MetadataVisibility): this {
    const location = rangeLocation(this);
    if (!location) fail(MESSAGES.arbitraryMetadata);
    addMetadataTo(this.ctx, location, key, valueOrVisibility, visibility);
    return this;
  }

  getDeveloperMetadata(): LocalMetadata[] {
    const location = rangeLocation(this);
    return location ? metadataAt(this.ctx, location) : [];
  }

  createDeveloperMetadataFinder(): LocalMetadataFinder {
    return newFinder(this.ctx, { sheetId: this.store.id, rect: this.rect });
  }

  protect(): LocalProtection {
    return newProtection(this.ctx, this.store, 'RANGE', this.rect);
  }
}
