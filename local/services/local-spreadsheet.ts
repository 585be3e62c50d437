/** Spreadsheet: sheets, named ranges, spreadsheet-level metadata, time zone and locale. */
import { parseA1 } from '../a1/a1-notation.ts';
import { fail, MESSAGES } from '../errors.ts';
import { renameSheetInFormula } from '../formula/references.ts';
import { copySheet } from '../model/sheet-copy.ts';
import { rewriteFormulas } from '../model/structure.ts';
import { isTimeZone } from '../../src/core/dates.ts';
import type { MetadataVisibility, ProtectionTypeEnum, SpreadsheetPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { addMetadataTo, metadataAt, newFinder, type LocalMetadata, type LocalMetadataFinder } from './developer-metadata.ts';
import type { LocalRange } from './local-range.ts';
import type { LocalSheet } from './local-sheet.ts';
import { isValidRangeName, LocalNamedRange } from './named-range.ts';
import type { LocalProtection } from './protection.ts';

export class LocalSpreadsheet implements SpreadsheetPort {
  readonly [KIND] = 'Spreadsheet';
  constructor(private readonly ctx: LocalContext) {}

  private get book() { return this.ctx.book; }

  getId(): string { return this.book.id; }
  getName(): string { return this.book.name; }
  rename(newName: string): void { this.book.name = newName; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this.book.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isTimeZone(timezone)) fail(MESSAGES.invalidArgument('timeZone'));
    this.book.setTimeZone(timezone);
  }
  getSpreadsheetLocale(): string { return this.book.locale; }
  setSpreadsheetLocale(locale: string): void { this.book.locale = locale; }

  getSheets(): LocalSheet[] { return this.book.sheets.map((s) => this.ctx.sheet(s)); }
  getNumSheets(): number { return this.book.sheets.length; }
  getSheetByName(name: string): LocalSheet | null {
    const store = this.book.sheetByName(name);
    return store ? this.ctx.sheet(store) : null;
  }
  getSheetById(id: number): LocalSheet | null {
    const store = this.book.sheetById(id);
    return store ? this.ctx.sheet(store) : null;
  }
  getActiveSheet(): LocalSheet { return this.ctx.sheet(this.book.activeSheet()); }
  setActiveSheet(sheet: LocalSheet): LocalSheet { return sheet.activate(); }
  setActiveRange(range: LocalRange): LocalRange { return range.activate(); }
  /** A range, or A1 notation (on the active sheet unless it names one), becomes the selection. */
  setActiveSelection(range: LocalRange | string): LocalRange { return (typeof range === 'string' ? this.getRange(range) : range).activate(); }

  /** The active sheet's selection: A1 until a range is activated there. */
  getActiveRange(): LocalRange {
    const store = this.book.activeSheet();
    return this.ctx.range(store, this.book.selections.get(store.id) ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
  }

  /** insertSheet(), (name), (index), (name, index): the new sheet becomes active, as in Sheets. */
  insertSheet(nameOrIndex?: string | number, index?: number): LocalSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.book.freeSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.book.sheets.length);
    if (this.book.sheetByName(name)) fail(MESSAGES.sheetExists(name));
    if (at < 0 || at > this.book.sheets.length) fail(MESSAGES.invalidArgument('sheetIndex'));
    const store = this.book.addSheet(name, at);
    this.book.activeSheetId = store.id;
    return this.ctx.sheet(store);
  }

  /** As the sheet tab's Duplicate: a copy of the active sheet right after it, made active (model/sheet-copy.ts). */
  duplicateActiveSheet(): LocalSheet {
    const source = this.book.activeSheet();
    const copy = copySheet(this.book, source, this.book.sheets.indexOf(source) + 1);
    this.book.activeSheetId = copy.id;
    return this.ctx.sheet(copy);
  }

  deleteSheet(sheet: LocalSheet): void {
    const book = this.book;
    if (book.sheets.length <= 1) fail(MESSAGES.removeAllSheets);
    const store = sheet.store;
    book.sheets = book.sheets.filter((s) => s !== store);
    rewriteFormulas(book, (text) => renameSheetInFormula(text, store.name, undefined));
    // Named ranges on the sheet stay defined, with no cells: formulas naming them show #REF!.
    book.metadata = book.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== store.id);
    if (book.activeSheetId === store.id) book.activeSheetId = book.sheets[0]?.id ?? 0;
    book.hooks.structureChanged();
  }

  getRange(a1Notation: string): LocalRange {
    const ref = parseA1(a1Notation);
    if (!ref) fail(MESSAGES.rangeNotFound);
    const sheet = ref.sheet === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) fail(MESSAGES.rangeNotFound);
    return sheet.getRange(a1Notation);
  }

  getRangeByName(name: string): LocalRange | null {
    const spec = this.book.namedRanges.find((n) => n.name === name && this.book.sheetById(n.range.sheetId));
    return spec ? new LocalNamedRange(this.ctx, spec.name).getRange() : null;
  }

  setNamedRange(name: string, range: LocalRange): void {
    if (!isValidRangeName(name)) fail(MESSAGES.namedRangeName);
    const spec = { name, range: { sheetId: range.store.id, ...range.rect } };
    const i = this.book.namedRanges.findIndex((n) => n.name === name);
    if (i >= 0) this.book.namedRanges[i] = spec;
    else this.book.namedRanges.push(spec);
    this.book.hooks.structureChanged();
  }

  /** The named ranges that still have cells. */
  getNamedRanges(): LocalNamedRange[] {
    return this.book.namedRanges.filter((n) => this.book.sheetById(n.range.sheetId)).map((n) => new LocalNamedRange(this.ctx, n.name));
  }
  removeNamedRange(name: string): void {
    const before = this.book.namedRanges.length;
    this.book.namedRanges = this.book.namedRanges.filter((n) => n.name !== name);
    if (this.book.namedRanges.length === before) fail(MESSAGES.namedRangeMissing(name));
    this.book.hooks.structureChanged();
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string | MetadataVisibility, visibility?: MetadataVisibility): this {
    addMetadataTo(this.ctx, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this;
  }
  getDeveloperMetadata(): LocalMetadata[] { return metadataAt(this.ctx, { type: 'SPREADSHEET' }); }
  createDeveloperMetadataFinder(): LocalMetadataFinder { return newFinder(this.ctx, {}); }

  getProtections(type: ProtectionTypeEnum): LocalProtection[] { return this.getSheets().flatMap((s) => s.getProtections(type)); }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.ui.record({ kind: 'toast', message: msg, title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
