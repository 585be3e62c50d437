/**
 * Saving and loading the whole workbook as JSON: cells (values and formulas), every format
 * layer, rules, validations, charts, protections, metadata, named ranges, and the property
 * stores. Formula results are not saved; the engine recomputes them on load.
 */
import { readFileSync } from 'node:fs';
import { Formula, type Content } from '../model/cell.ts';
import { Grid } from '../model/grid.ts';
import { emptyLayers, SheetStore, type CellLayers, type LayerName } from '../model/sheet-store.ts';
import type { ChartSpec, ConditionalRuleSpec, MetadataSpec, NamedRangeSpec, ProtectionSpec } from '../model/specs.ts';
import { WorkbookStore } from '../model/workbook-store.ts';
import { checkSavedState, parseSavedState } from './validate.ts';

type Rows<J> = Array<Array<J | null> | null>;
type SavedCell = string | number | boolean | { readonly f: string };

export interface SavedSheet {
  readonly id: number;
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly hidden: boolean;
  readonly hiddenRows: ReadonlyArray<boolean | null>;
  readonly hiddenColumns: ReadonlyArray<boolean | null>;
  readonly columnWidths: ReadonlyArray<number | null>;
  readonly content: Rows<SavedCell>;
  readonly layers: Partial<Record<LayerName, Rows<unknown>>>;
  readonly conditionalRules: readonly ConditionalRuleSpec[];
  readonly charts: readonly ChartSpec[];
  readonly protections: readonly ProtectionSpec[];
}

export interface SavedWorkbook {
  readonly version: 1;
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly activeSheetId: number;
  readonly counters: { readonly sheet: number; readonly metadata: number; readonly chart: number; readonly protection: number };
  readonly sheets: readonly SavedSheet[];
  readonly namedRanges: readonly NamedRangeSpec[];
  readonly metadata: readonly MetadataSpec[];
}

export interface SavedState {
  readonly workbook: SavedWorkbook;
  readonly properties: { readonly document: Record<string, string>; readonly user: Record<string, string>; readonly script: Record<string, string> };
}

const dense = <T>(list: readonly T[]): Array<T | null> => Array.from(list, (v) => (v === undefined ? null : v));

function saveSheet(sheet: SheetStore): SavedSheet {
  const layers: Partial<Record<LayerName, Rows<unknown>>> = {};
  for (const [name, grid] of Object.entries(sheet.layers) as Array<[LayerName, Grid<unknown>]>) {
    const rows = grid.toJSON((v) => v);
    if (rows.length > 0) layers[name] = rows;
  }
  return {
    id: sheet.id, name: sheet.name, maxRows: sheet.maxRows, maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns, hidden: sheet.hidden,
    hiddenRows: dense(sheet.hiddenRows), hiddenColumns: dense(sheet.hiddenColumns), columnWidths: dense(sheet.columnWidths),
    content: sheet.content.toJSON<SavedCell>((v) => (v instanceof Formula ? { f: v.text } : v)),
    layers, conditionalRules: sheet.conditionalRules, charts: sheet.charts, protections: sheet.protections,
  };
}

/**
 * The workbook as saved, still sharing the store's rule, chart and metadata objects: fit
 * only for JSON.stringify right away (writing a file), which then costs one pass, not three.
 */
export function workbookSnapshot(book: WorkbookStore): SavedWorkbook {
  return {
    version: 1, id: book.id, name: book.name, timeZone: book.timeZone, locale: book.locale, activeSheetId: book.activeSheetId,
    counters: { sheet: book.nextSheetId, metadata: book.nextMetadataId, chart: book.nextChartId, protection: book.nextProtectionId },
    sheets: book.sheets.map(saveSheet), namedRanges: book.namedRanges, metadata: book.metadata,
  };
}

/** The workbook as saved, a copy that shares nothing with the store. */
export function saveWorkbook(book: WorkbookStore): SavedWorkbook {
  return JSON.parse(JSON.stringify(workbookSnapshot(book))) as SavedWorkbook;
}

function loadSheet(saved: SavedSheet): SheetStore {
  const sheet = new SheetStore(saved.id, saved.name, saved.maxRows, saved.maxColumns);
  sheet.frozenRows = saved.frozenRows;
  sheet.frozenColumns = saved.frozenColumns;
  sheet.hidden = saved.hidden;
  sheet.hiddenRows = saved.hiddenRows.map((v) => v === true);
  sheet.hiddenColumns = saved.hiddenColumns.map((v) => v === true);
  sheet.columnWidths = [];
  saved.columnWidths.forEach((w, i) => {
    if (w !== null) sheet.columnWidths[i] = w;
  });
  sheet.content = Grid.fromJSON<Content, SavedCell>(saved.content, (v) => (typeof v === 'object' ? new Formula(v.f) : v));
  sheet.content.forEach((v) => {
    if (v instanceof Formula) sheet.formulaCount++;
  });
  const layers: CellLayers = emptyLayers();
  for (const [name, rows] of Object.entries(saved.layers) as Array<[LayerName, Rows<unknown>]>) {
    (layers as unknown as Record<LayerName, Grid<unknown>>)[name] = Grid.fromJSON(rows, (v) => v);
  }
  sheet.layers = layers;
  sheet.conditionalRules = [...saved.conditionalRules];
  sheet.charts = [...saved.charts];
  sheet.protections = [...saved.protections];
  return sheet;
}

export function loadWorkbook(saved: SavedWorkbook): WorkbookStore {
  if (saved.version !== 1) throw new Error(`Unknown saved workbook version ${String(saved.version)}.`);
  const book = new WorkbookStore(saved.timeZone);
  book.id = saved.id;
  book.name = saved.name;
  book.locale = saved.locale;
  book.sheets = saved.sheets.map(loadSheet);
  book.activeSheetId = saved.activeSheetId;
  book.nextSheetId = saved.counters.sheet;
  book.nextMetadataId = saved.counters.metadata;
  book.nextChartId = saved.counters.chart;
  book.nextProtectionId = saved.counters.protection;
  book.namedRanges = [...saved.namedRanges];
  book.metadata = [...saved.metadata];
  return book;
}

/** Reads and checks a saved file; a damaged one throws DamagedWorkbookError saying where. */
export function loadStateFile(path: string): SavedState {
  return parseSavedState(readFileSync(path, 'utf8'));
}

/** A saved workbook file's state with the repairs made to it on loading (validate.ts). */
export function loadStateFileRepaired(path: string): { readonly state: SavedState; readonly repairs: readonly string[] } {
  return checkSavedState(readFileSync(path, 'utf8'));
}
