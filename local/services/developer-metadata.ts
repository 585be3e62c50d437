/**
 * Developer metadata: on the spreadsheet, a sheet, or whole rows or columns only (anything
 * else throws Sheets' "arbitrary ranges" error). Row and column metadata move with inserts
 * and deletes and go with their rows (see model/structure.ts). [DOC] platform §4
 * "Locating add-on tables robustly: developer metadata".
 */
import type { Rect } from '../a1/a1-notation.ts';
import { fail, MESSAGES } from '../errors.ts';
import type { MetadataLocation, MetadataSpec } from '../model/specs.ts';
import type { DeveloperMetadataFinderPort, DeveloperMetadataLocationPort, DeveloperMetadataPort, MetadataLocationType, MetadataVisibility } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, EnumValue, enumName, member } from './enums.ts';
import type { LocalRange } from './local-range.ts';
import type { LocalSheet } from './local-sheet.ts';

/** The metadata location a range stands for, or undefined for an arbitrary range. */
export function rangeLocation(range: LocalRange): MetadataLocation | undefined {
  const { rect, store } = range;
  if (range.openCols && rect.col === 1) return { type: 'ROW', sheetId: store.id, first: rect.row, last: rect.row + rect.numRows - 1 };
  if (range.openRows && rect.row === 1) return { type: 'COLUMN', sheetId: store.id, first: rect.col, last: rect.col + rect.numCols - 1 };
  return undefined;
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function addMetadataTo(ctx: LocalContext, location: MetadataLocation, key: string, valueOrVisibility?: string | MetadataVisibility, visibility?: MetadataVisibility): void {
  const isVis = (valueOrVisibility as unknown) instanceof EnumValue;
  const value = isVis || valueOrVisibility === undefined ? null : String(valueOrVisibility);
  const vis = enumName(isVis ? valueOrVisibility : (visibility ?? 'DOCUMENT')) as MetadataSpec['visibility'];
  ctx.book.metadata.push({ id: ctx.book.nextMetadataId++, key, value, visibility: vis, location });
}

export function metadataAt(ctx: LocalContext, location: MetadataLocation): LocalMetadata[] {
  return ctx.book.metadata.filter((m) => sameLocation(m.location, location)).map((m) => new LocalMetadata(ctx, m.id));
}

export class LocalMetadataLocation implements DeveloperMetadataLocationPort {
  readonly [KIND] = 'DeveloperMetadataLocation';
  constructor(private readonly ctx: LocalContext, private readonly location: MetadataLocation) {}

  getLocationType(): MetadataLocationType { return member(DeveloperMetadataLocationType, this.location.type); }
  getSpreadsheet() { return this.location.type === 'SPREADSHEET' ? this.ctx.spreadsheet() : null; }
  getSheet(): LocalSheet | null {
    const loc = this.location;
    const store = loc.type === 'SHEET' ? this.ctx.book.sheetById(loc.sheetId) : undefined;
    return store ? this.ctx.sheet(store) : null;
  }
  private dimension(type: 'ROW' | 'COLUMN'): LocalRange | null {
    const loc = this.location;
    if (loc.type !== type) return null;
    const store = this.ctx.book.sheetById(loc.sheetId);
    if (!store) return null;
    const count = loc.last - loc.first + 1;
    return type === 'ROW'
      ? this.ctx.range(store, { row: loc.first, col: 1, numRows: count, numCols: store.maxColumns }, false, true)
      : this.ctx.range(store, { row: 1, col: loc.first, numRows: store.maxRows, numCols: count }, true, false);
  }
  getRow(): LocalRange | null { return this.dimension('ROW'); }
  getColumn(): LocalRange | null { return this.dimension('COLUMN'); }
}

export class LocalMetadata implements DeveloperMetadataPort {
  readonly [KIND] = 'DeveloperMetadata';
  constructor(private readonly ctx: LocalContext, private readonly id: number) {}

  private spec(): MetadataSpec {
    const spec = this.ctx.book.metadata.find((m) => m.id === this.id);
    if (!spec) fail(`Developer metadata ${this.id} no longer exists.`);
    return spec;
  }
  private update(patch: Partial<MetadataSpec>): this {
    const spec = this.spec();
    const list = this.ctx.book.metadata;
    list[list.indexOf(spec)] = { ...spec, ...patch };
    return this;
  }

  getId(): number { return this.id; }
  getKey(): string { return this.spec().key; }
  getValue(): string | null { return this.spec().value; }
  getVisibility(): MetadataVisibility { return member(DeveloperMetadataVisibility, this.spec().visibility); }
  getLocation(): LocalMetadataLocation { return new LocalMetadataLocation(this.ctx, this.spec().location); }
  setKey(key: string): this { return this.update({ key }); }
  setValue(value: string): this { return this.update({ value }); }
  setVisibility(visibility: MetadataVisibility): this { return this.update({ visibility: enumName(visibility) as MetadataSpec['visibility'] }); }
  moveToRow(row: LocalRange): this {
    const loc = rangeLocation(row);
    if (!loc || loc.type !== 'ROW') fail(MESSAGES.arbitraryMetadata);
    return this.update({ location: loc });
  }
  moveToColumn(column: LocalRange): this {
    const loc = rangeLocation(column);
    if (!loc || loc.type !== 'COLUMN') fail(MESSAGES.arbitraryMetadata);
    return this.update({ location: loc });
  }
  moveToSheet(sheet: LocalSheet): this { return this.update({ location: { type: 'SHEET', sheetId: sheet.store.id } }); }
  moveToSpreadsheet(): this { return this.update({ location: { type: 'SPREADSHEET' } }); }
  remove(): void {
    const spec = this.spec();
    this.ctx.book.metadata.splice(this.ctx.book.metadata.indexOf(spec), 1);
  }
}

/** Where a finder looks: the whole spreadsheet, one sheet, or a range of one sheet. */
export type FinderScope = { readonly sheetId?: number; readonly rect?: Rect };

function overlaps(a1: number, a2: number, b1: number, b2: number): boolean {
  return a1 <= b2 && b1 <= a2;
}

function inScope(loc: MetadataLocation, scope: FinderScope, intersecting: boolean, ctx: LocalContext): boolean {
  if (scope.sheetId === undefined) return true;
  if (loc.type === 'SPREADSHEET') return false;
  if (loc.sheetId !== scope.sheetId) return false;
  const rect = scope.rect;
  if (!rect) return true;
  if (loc.type === 'SHEET') return intersecting;
  const sheet = ctx.book.sheetById(loc.sheetId);
  const [first, last] = loc.type === 'ROW' ? [rect.row, rect.row + rect.numRows - 1] : [rect.col, rect.col + rect.numCols - 1];
  if (intersecting) return overlaps(loc.first, loc.last, first, last);
  const whole = loc.type === 'ROW' ? rect.col === 1 && rect.numCols === sheet?.maxColumns : rect.row === 1 && rect.numRows === sheet?.maxRows;
  return whole && loc.first === first && loc.last === last;
}

export class LocalMetadataFinder implements DeveloperMetadataFinderPort {
  readonly [KIND] = 'DeveloperMetadataFinder';
  private id?: number;
  private key?: string;
  private value?: string;
  private type?: string;
  private visibility?: string;
  private intersecting = false;

  constructor(private readonly ctx: LocalContext, private readonly scope: FinderScope) {}

  withId(id: number): this { this.id = id; return this; }
  withKey(key: string): this { this.key = key; return this; }
  withValue(value: string): this { this.value = value; return this; }
  withLocationType(locationType: MetadataLocationType): this { this.type = enumName(locationType); return this; }
  withVisibility(visibility: MetadataVisibility): this { this.visibility = enumName(visibility); return this; }
  onIntersectingLocations(): this { this.intersecting = true; return this; }

  find(): LocalMetadata[] {
    return this.ctx.book.metadata
      .filter((m) => (this.id === undefined || m.id === this.id)
        && (this.key === undefined || m.key === this.key)
        && (this.value === undefined || m.value === this.value)
        && (this.type === undefined || m.location.type === this.type)
        && (this.visibility === undefined || m.visibility === this.visibility)
        && inScope(m.location, this.scope, this.intersecting, this.ctx))
      .map((m) => new LocalMetadata(this.ctx, m.id));
  }
}

export function newFinder(ctx: LocalContext, scope: FinderScope): LocalMetadataFinder {
  return new LocalMetadataFinder(ctx, scope);
}
