/**
 * The formula engine: HyperFormula evaluates the formula cells of the store. It mirrors
 * only what formulas need (formula cells, the cells they reference, spill areas), because
 * bulk-writing plain values into HyperFormula is slow, and it syncs lazily: writes are
 * queued and applied in one batch before the next read of a computed cell.
 */
import { HyperFormula, type DetailedCellError, type FunctionPluginDefinition, type RawCellContent } from 'hyperformula';
import { columnLetters } from '../a1/columns.ts';
import { rectsIntersect, type Rect } from '../a1/a1-notation.ts';
import { Formula, type CellErrorInfo, type Plain } from '../model/cell.ts';
import { isDateFormat } from '../model/number-format.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { ComputeHooks, WorkbookStore } from '../model/workbook-store.ts';
import { createFunctionPlugin, functionNames, type CustomFunctionSet } from './function-plugin.ts';
import { blockedArrays, intendedSize, spilledArrays, type HfAddress } from './hf-internals.ts';
import { plainToHf } from './hf-values.ts';
import type { SparklineSpec } from './sparkline.ts';
import { translateFormula, type TranslateContext } from './translate.ts';
import { WatchedCells } from './watched.ts';
import { errorInfo } from './errors.ts';

export interface Computed {
  /** null for an empty result. */
  readonly value: Plain | null;
  readonly isDate: boolean;
  readonly error?: CellErrorInfo;
}

const EMPTY: Computed = { value: null, isDate: false };
const COLS = 20_000;
const cellKey = (r: number, c: number) => r * COLS + c;
const hfKey = (a: HfAddress) => `${a.sheet}:${a.row}:${a.col}`;
const MAX_SETTLE_ROUNDS = 8;

interface Pending {
  readonly sheetId: number;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
  readonly formulas: boolean;
}

export class FormulaEngine implements ComputeHooks {
  private hf: HyperFormula | undefined;
  private readonly plugin: FunctionPluginDefinition;
  private rebuildNeeded = true;
  private dirty = true;
  private pending: Pending[] = [];
  private watched = new Map<number, WatchedCells>();
  private mirrored = new Map<number, Set<number>>();
  private hfIds = new Map<number, number>();
  private storeIds = new Map<number, number>();
  private sizes = new Map<string, { rows: number; cols: number }>();
  private mismatched = new Set<string>();
  private sparklines = new Map<string, SparklineSpec>();
  private spills = new Map<number, Rect[]>();
  /** Arrays that could not spill, by store sheet: the area they want (0-based) and their anchor. */
  private blocked = new Map<number, Array<{ rect: Rect; row: number; col: number }>>();
  private predictor: unknown;
  private ops: Array<[HfAddress, RawCellContent]> = [];

  constructor(private readonly book: WorkbookStore, functions?: CustomFunctionSet) {
    const names = functionNames(functions);
    HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(names.map((n) => [n, n])));
    this.plugin = createFunctionPlugin(functions ?? { specs: [], functions: {} }, {
      clock: () => this.book.clock,
      predictedSize: (key) => this.sizes.get(key),
      actualSize: (key, rows, cols) => this.noteSize(key, rows, cols),
      sparkline: (key, spec) => this.sparklines.set(key, spec),
      predictor: (p) => {
        this.predictor = p;
      },
    });
  }

  // --- notifications from the store -------------------------------------------------

  cellsWritten(sheet: SheetStore, row: number, col: number, numRows: number, numCols: number, formulas: boolean): void {
    this.dirty = true;
    if (!this.rebuildNeeded) this.pending.push({ sheetId: sheet.id, row, col, numRows, numCols, formulas });
  }

  structureChanged(): void {
    this.dirty = true;
    this.rebuildNeeded = true;
    this.pending = [];
  }

  // --- reads ----------------------------------------------------------------------------

  /** Brings computed values up to date with the store. */
  sync(): void {
    if (!this.dirty) return;
    this.dirty = false;
    if (this.rebuildNeeded) this.rebuild();
    else this.applyPending();
    this.settle();
  }

  /** Rectangles (0-based) of arrays that spilled on a sheet, anchors included. */
  spillAreas(sheet: SheetStore): readonly Rect[] {
    if (sheet.formulaCount === 0) return [];
    this.sync();
    return this.spills.get(sheet.id) ?? [];
  }

  /** The value a formula cell or a spilled cell shows; call spillAreas/sync first. */
  computed(sheet: SheetStore, row: number, col: number): Computed {
    this.sync();
    const hfSheet = this.hfIds.get(sheet.id);
    if (this.hf === undefined || hfSheet === undefined) return EMPTY;
    const address = { sheet: hfSheet, row, col };
    const value = this.hf.getCellValue(address);
    if (value === null || value === undefined) return EMPTY;
    if (typeof value === 'object') return { value: null, isDate: false, error: this.describeError(address, value) };
    const type = typeof value === 'number' ? String(this.hf.getCellValueDetailedType(address)) : '';
    return { value, isDate: type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME' };
  }

  sparkline(sheet: SheetStore, row: number, col: number): SparklineSpec | undefined {
    this.sync();
    const hfSheet = this.hfIds.get(sheet.id);
    return hfSheet === undefined ? undefined : this.sparklines.get(hfKey({ sheet: hfSheet, row, col }));
  }

  // --- building and syncing -------------------------------------------------------------

  private context(): TranslateContext {
    return {
      extent: (name) => this.book.sheetByName(name),
      namedRange: (name) => {
        const spec = this.book.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
        const sheet = spec && this.book.sheetById(spec.range.sheetId);
        return spec && sheet ? { sheet: sheet.name, rect: spec.range } : undefined;
      },
    };
  }

  private watchedFor(sheetId: number): WatchedCells {
    let w = this.watched.get(sheetId);
    if (!w) {
      w = new WatchedCells();
      this.watched.set(sheetId, w);
    }
    return w;
  }

  private mirroredFor(sheetId: number): Set<number> {
    let m = this.mirrored.get(sheetId);
    if (!m) {
      m = new Set();
      this.mirrored.set(sheetId, m);
    }
    return m;
  }

  /** Translates a formula and watches what it reads; returns newly watched rectangles. */
  private translate(sheet: SheetStore, formula: Formula, grown: Array<[SheetStore, Rect]>): string {
    const t = translateFormula(formula.text, sheet.name, this.context());
    for (const ref of t.refs) {
      const target = this.book.sheetByName(ref.sheet);
      if (!target) continue;
      const r = ref.rect;
      if (this.watchedFor(target.id).add(r.row - 1, r.col - 1, r.numRows, r.numCols)) grown.push([target, r]);
    }
    return t.text;
  }

  private plainFor(sheet: SheetStore, row: number, col: number, v: Plain): RawCellContent {
    return plainToHf(v, typeof v === 'number' && isDateFormat(sheet.layers.numberFormat.get(row, col)));
  }

  private rebuild(): void {
    this.hf?.destroy();
    this.watched = new Map();
    this.mirrored = new Map();
    this.sizes = new Map();
    this.mismatched = new Set();
    this.sparklines = new Map();
    this.spills = new Map();
    const data = new Map<number, RawCellContent[][]>();
    const grown: Array<[SheetStore, Rect]> = [];
    for (const sheet of this.book.sheets) {
      const rows: RawCellContent[][] = [];
      data.set(sheet.id, rows);
      if (sheet.formulaCount === 0) continue;
      sheet.content.forEach((v, r, c) => {
        if (!(v instanceof Formula)) return;
        (rows[r] ??= [])[c] = this.translate(sheet, v, grown);
        this.mirroredFor(sheet.id).add(cellKey(r, c));
      });
    }
    for (const [sheet, w] of this.watched) {
      const store = this.book.sheetById(sheet);
      const rows = data.get(sheet);
      if (!store || !rows) continue;
      const mirrored = this.mirroredFor(sheet);
      for (const [r, c] of w.cellsIn(0, 0, store.maxRows, store.maxColumns)) {
        const v = store.content.get(r, c);
        if (v === undefined || v instanceof Formula) continue;
        (rows[r] ??= [])[c] = this.plainFor(store, r, c, v);
        mirrored.add(cellKey(r, c));
      }
    }
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.book.sheets) {
      // HyperFormula wants every row to be an array: fill the holes of the sparse rows.
      const rows = data.get(sheet.id) ?? [];
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      sheets[sheet.name] = rows;
    }
    this.hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: 'gpl-v3',
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), this.plugin],
      maxRows: 10_000_000,
      maxColumns: 18_278,
      dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
      timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
      nullDate: { year: 1899, month: 12, day: 30 },
      smartRounding: false,
    });
    this.hfIds = new Map();
    this.storeIds = new Map();
    for (const sheet of this.book.sheets) {
      const id = this.hf.getSheetId(sheet.name);
      if (id === undefined) continue;
      this.hfIds.set(sheet.id, id);
      this.storeIds.set(id, sheet.id);
    }
    this.rebuildNeeded = false;
    this.pending = [];
  }

  private push(sheet: SheetStore, row: number, col: number, content: RawCellContent): void {
    const hfSheet = this.hfIds.get(sheet.id);
    if (hfSheet !== undefined) this.ops.push([{ sheet: hfSheet, row, col }, content]);
  }

  /** Mirrors one store cell into HyperFormula if formulas need it, or clears its mirror. */
  private syncCell(sheet: SheetStore, r: number, c: number, grown: Array<[SheetStore, Rect]>): void {
    const v = sheet.content.get(r, c);
    const key = cellKey(r, c);
    const mirrored = this.mirroredFor(sheet.id);
    if (v instanceof Formula) {
      this.push(sheet, r, c, this.translate(sheet, v, grown));
      mirrored.add(key);
    } else if (v !== undefined && this.watched.get(sheet.id)?.has(r, c)) {
      this.push(sheet, r, c, this.plainFor(sheet, r, c, v));
      mirrored.add(key);
    } else if (mirrored.has(key)) {
      this.push(sheet, r, c, null);
      mirrored.delete(key);
    }
  }

  private syncRect(sheet: SheetStore, p: Pick<Pending, 'row' | 'col' | 'numRows' | 'numCols' | 'formulas'>, grown: Array<[SheetStore, Rect]>): void {
    const mirrored = this.mirrored.get(sheet.id);
    const watched = this.watched.get(sheet.id);
    const area = p.numRows * p.numCols;
    if (p.formulas || area <= (mirrored?.size ?? 0) + 64) {
      for (let r = p.row; r < p.row + p.numRows; r++) for (let c = p.col; c < p.col + p.numCols; c++) this.syncCell(sheet, r, c, grown);
      return;
    }
    // A large plain write: only watched cells and existing mirrors can matter.
    const touched = new Set<number>();
    if (watched) for (const [r, c] of watched.cellsIn(p.row, p.col, p.numRows, p.numCols)) touched.add(cellKey(r, c));
    if (mirrored) {
      for (const key of mirrored) {
        const r = Math.floor(key / COLS);
        const c = key % COLS;
        if (r >= p.row && r < p.row + p.numRows && c >= p.col && c < p.col + p.numCols) touched.add(key);
      }
    }
    for (const key of touched) this.syncCell(sheet, Math.floor(key / COLS), key % COLS, grown);
  }

  private applyPending(): void {
    const pending = this.pending;
    this.pending = [];
    const grown: Array<[SheetStore, Rect]> = [];
    const reenter = new Set<string>();
    for (const p of pending) {
      const sheet = this.book.sheetById(p.sheetId);
      if (!sheet) continue;
      this.syncRect(sheet, p, grown);
      // HyperFormula does not retry a blocked spill when the blocker goes: enter it again.
      const area = { row: p.row, col: p.col, numRows: p.numRows, numCols: p.numCols };
      for (const b of this.blocked.get(sheet.id) ?? []) if (rectsIntersect(b.rect, area)) reenter.add(`${sheet.id}:${b.row}:${b.col}`);
    }
    for (const key of reenter) {
      const [id, r, c] = key.split(':').map(Number) as [number, number, number];
      const sheet = this.book.sheetById(id);
      const v = sheet?.content.get(r, c);
      if (sheet && v instanceof Formula) this.push(sheet, r, c, this.translate(sheet, v, grown));
    }
    this.mirrorGrown(grown);
    this.flushOps();
  }

  /** Newly referenced cells: mirror their plain values (which may watch nothing new). */
  private mirrorGrown(grown: Array<[SheetStore, Rect]>): void {
    while (grown.length > 0) {
      const [sheet, r] = grown.pop() as [SheetStore, Rect];
      const mirrored = this.mirroredFor(sheet.id);
      for (let row = r.row - 1; row < r.row - 1 + r.numRows && row < sheet.maxRows; row++) {
        const cells = sheet.content.rows[row];
        if (!cells) continue;
        const end = Math.min(r.col - 1 + r.numCols, cells.length);
        for (let col = r.col - 1; col < end; col++) {
          const v = cells[col];
          if (v === undefined || v instanceof Formula || mirrored.has(cellKey(row, col))) continue;
          this.push(sheet, row, col, this.plainFor(sheet, row, col, v));
          mirrored.add(cellKey(row, col));
        }
      }
    }
  }

  private flushOps(): void {
    const hf = this.hf;
    if (!hf || this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    hf.batch(() => {
      for (const [address, content] of ops) hf.setCellContents(address, content);
    });
  }

  private noteSize(key: string, rows: number, cols: number): void {
    const predicted = this.sizes.get(key) ?? { rows: 1, cols: 1 };
    if (predicted.rows === rows && predicted.cols === cols) return;
    if (rows === 1 && cols === 1) this.sizes.delete(key);
    else this.sizes.set(key, { rows, cols });
    this.mismatched.add(key);
  }

  /** Re-enters formulas whose array size changed, and mirrors cells that block spills. */
  private settle(): void {
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
      if (this.mismatched.size > 0) {
        const keys = [...this.mismatched];
        this.mismatched.clear();
        const grown: Array<[SheetStore, Rect]> = [];
        for (const key of keys) {
          const [s, r, c] = key.split(':').map(Number) as [number, number, number];
          const sheet = this.book.sheetById(this.storeIds.get(s) ?? -1);
          const v = sheet?.content.get(r, c);
          if (sheet && v instanceof Formula) this.push(sheet, r, c, this.translate(sheet, v, grown));
        }
        this.mirrorGrown(grown);
        this.flushOps();
        continue;
      }
      if (!this.mirrorSpillBlockers()) break;
    }
    this.indexSpills();
  }

  /** Spills over store cells HyperFormula cannot see: watch the area so it sees them. */
  private mirrorSpillBlockers(): boolean {
    if (!this.hf) return false;
    const grown: Array<[SheetStore, Rect]> = [];
    for (const area of spilledArrays(this.hf)) {
      const sheet = this.book.sheetById(this.storeIds.get(area.anchor.sheet) ?? -1);
      if (!sheet) continue;
      const mirrored = this.mirroredFor(sheet.id);
      let blocked = false;
      for (let r = area.anchor.row; r < area.anchor.row + area.rows && !blocked; r++) {
        const cells = sheet.content.rows[r];
        if (!cells) continue;
        for (let c = area.anchor.col; c < area.anchor.col + area.cols; c++) {
          if (cells[c] !== undefined && !mirrored.has(cellKey(r, c))) {
            blocked = true;
            break;
          }
        }
      }
      if (!blocked) continue;
      const rect = { row: area.anchor.row + 1, col: area.anchor.col + 1, numRows: area.rows, numCols: area.cols };
      this.watchedFor(sheet.id).add(area.anchor.row, area.anchor.col, area.rows, area.cols);
      grown.push([sheet, rect]);
    }
    if (grown.length === 0) return false;
    this.mirrorGrown(grown);
    this.flushOps();
    return true;
  }

  private indexSpills(): void {
    this.spills = new Map();
    this.blocked = new Map();
    if (!this.hf) return;
    for (const anchor of blockedArrays(this.hf)) {
      const id = this.storeIds.get(anchor.sheet);
      const size = this.sizes.get(hfKey(anchor)) ?? intendedSize(this.hf, this.predictor, anchor);
      if (id === undefined || !size) continue;
      const list = this.blocked.get(id) ?? [];
      list.push({ rect: { row: anchor.row, col: anchor.col, numRows: size.rows, numCols: size.cols }, row: anchor.row, col: anchor.col });
      this.blocked.set(id, list);
    }
    for (const area of spilledArrays(this.hf)) {
      const id = this.storeIds.get(area.anchor.sheet);
      if (id === undefined) continue;
      const list = this.spills.get(id) ?? [];
      list.push({ row: area.anchor.row, col: area.anchor.col, numRows: area.rows, numCols: area.cols });
      this.spills.set(id, list);
    }
  }

  private describeError(address: HfAddress, error: DetailedCellError): CellErrorInfo {
    if (error.type !== 'SPILL') return errorInfo(error.type, error.message);
    const size = this.sizes.get(hfKey(address)) ?? (this.hf ? intendedSize(this.hf, this.predictor, address) : undefined);
    const sheet = this.book.sheetById(this.storeIds.get(address.sheet) ?? -1);
    let where = '';
    if (size && sheet) {
      outer: for (let r = address.row; r < address.row + size.rows; r++) {
        for (let c = address.col; c < address.col + size.cols; c++) {
          if ((r !== address.row || c !== address.col) && sheet.content.get(r, c) !== undefined) {
            where = `${columnLetters(c + 1)}${r + 1}`;
            break outer;
          }
        }
      }
    }
    return errorInfo('SPILL', where);
  }
}
