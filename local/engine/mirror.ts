/**
 * What the engine copies from the store into HyperFormula: formula cells (translated),
 * and the plain cells formulas read or spill over ("watched" cells). Changes are queued as
 * cell operations and applied in one batch.
 */
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { Rect } from '../a1/a1-notation.ts';
import { Formula, type Plain } from '../model/cell.ts';
import { isDateFormat } from '../model/number-format.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { WorkbookStore } from '../model/workbook-store.ts';
import type { HfAddress, SpillArea } from './hf-internals.ts';
import { QUARANTINE_FUNCTION } from './function-plugin.ts';
import { plainToHf } from './hf-values.ts';
import { translateFormula, type TranslateContext } from './translate.ts';
import { WatchedCells } from './watched.ts';

const COLS = 20_000;
export const cellKey = (r: number, c: number) => r * COLS + c;

/** Rectangles (1-based) that became watched and whose plain cells must be copied. */
export type Grown = Array<[SheetStore, Rect]>;

export interface WrittenRect {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
  /** Whether formulas were written (then every cell must be looked at). */
  readonly formulas: boolean;
}

export class HfMirror {
  private watched = new Map<number, WatchedCells>();
  private mirrored = new Map<number, Set<number>>();
  private ops: Array<[HfAddress, RawCellContent]> = [];
  hfIds = new Map<number, number>();
  /** Formulas that made HyperFormula fail; entered as an error until they are edited. */
  readonly quarantined = new WeakSet<Formula>();

  constructor(private readonly book: WorkbookStore) {}

  reset(): void {
    this.watched = new Map();
    this.mirrored = new Map();
    this.ops = [];
    this.hfIds = new Map();
  }

  private context(): TranslateContext {
    return {
      extent: (name) => this.book.sheetByName(name),
      namedRange: (name) => {
        const spec = this.book.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!spec) return undefined;
        const sheet = this.book.sheetById(spec.range.sheetId);
        return sheet ? { sheet: sheet.name, rect: spec.range } : null;
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

  isMirrored(sheetId: number, r: number, c: number): boolean {
    return this.mirrored.get(sheetId)?.has(cellKey(r, c)) ?? false;
  }

  /** Watches a 0-based rectangle; true when that added cells. */
  watch(sheet: SheetStore, row: number, col: number, numRows: number, numCols: number): boolean {
    return this.watchedFor(sheet.id).add(row, col, numRows, numCols);
  }

  /** A formula in HyperFormula's terms; the cells it reads become watched. */
  translate(sheet: SheetStore, formula: Formula, grown: Grown): string {
    if (this.quarantined.has(formula)) return `=${QUARANTINE_FUNCTION}()`;
    const t = translateFormula(formula.text, sheet.name, this.context());
    for (const ref of t.refs) {
      const target = this.book.sheetByName(ref.sheet);
      const r = ref.rect;
      if (target && this.watch(target, r.row - 1, r.col - 1, r.numRows, r.numCols)) grown.push([target, r]);
    }
    return t.text;
  }

  private plainFor(sheet: SheetStore, row: number, col: number, v: Plain): RawCellContent {
    return plainToHf(v, typeof v === 'number' && isDateFormat(sheet.layers.numberFormat.get(row, col)));
  }

  /** Every sheet's initial HyperFormula content: formulas and the plain cells they read. */
  initialData(): Map<number, RawCellContent[][]> {
    const data = new Map<number, RawCellContent[][]>();
    const grown: Grown = [];
    for (const sheet of this.book.sheets) {
      const rows: RawCellContent[][] = [];
      data.set(sheet.id, rows);
      if (sheet.formulaCount === 0) continue;
      const mirrored = this.mirroredFor(sheet.id);
      sheet.content.forEach((v, r, c) => {
        if (!(v instanceof Formula)) return;
        (rows[r] ??= [])[c] = this.translate(sheet, v, grown);
        mirrored.add(cellKey(r, c));
      });
    }
    for (const [id, w] of this.watched) {
      const store = this.book.sheetById(id);
      const rows = data.get(id);
      if (!store || !rows) continue;
      const mirrored = this.mirroredFor(id);
      for (const [r, c] of w.cellsIn(0, 0, store.maxRows, store.maxColumns)) {
        const v = store.content.get(r, c);
        if (v === undefined || v instanceof Formula) continue;
        (rows[r] ??= [])[c] = this.plainFor(store, r, c, v);
        mirrored.add(cellKey(r, c));
      }
    }
    return data;
  }

  private push(sheet: SheetStore, row: number, col: number, content: RawCellContent): void {
    const hfSheet = this.hfIds.get(sheet.id);
    if (hfSheet !== undefined) this.ops.push([{ sheet: hfSheet, row, col }, content]);
  }

  /** Re-enters a formula cell (HyperFormula re-predicts its array size). */
  pushFormula(sheet: SheetStore, r: number, c: number, grown: Grown): void {
    const v = sheet.content.get(r, c);
    if (v instanceof Formula) this.push(sheet, r, c, this.translate(sheet, v, grown));
  }

  /** Mirrors one store cell if formulas need it, or clears its mirror. */
  private syncCell(sheet: SheetStore, r: number, c: number, grown: Grown): void {
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

  /** Brings the mirror of a written 0-based rectangle up to date. */
  syncRect(sheet: SheetStore, p: WrittenRect, grown: Grown): void {
    const mirrored = this.mirrored.get(sheet.id);
    const watched = this.watched.get(sheet.id);
    if (p.formulas || p.numRows * p.numCols <= (mirrored?.size ?? 0) + 64) {
      for (let r = p.row; r < p.row + p.numRows; r++) for (let c = p.col; c < p.col + p.numCols; c++) this.syncCell(sheet, r, c, grown);
      return;
    }
    // A large plain write: only watched cells and existing mirrors can matter.
    const touched = new Set<number>();
    if (watched) for (const [r, c] of watched.cellsIn(p.row, p.col, p.numRows, p.numCols)) touched.add(cellKey(r, c));
    for (const key of mirrored ?? []) {
      const r = Math.floor(key / COLS);
      const c = key % COLS;
      if (r >= p.row && r < p.row + p.numRows && c >= p.col && c < p.col + p.numCols) touched.add(key);
    }
    for (const key of touched) this.syncCell(sheet, Math.floor(key / COLS), key % COLS, grown);
  }

  /** Copies the plain cells of newly watched rectangles. */
  mirrorGrown(grown: Grown): void {
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

  /**
   * Arrays that spilled over store cells HyperFormula cannot see (not watched): watch the
   * area and copy its cells, so HyperFormula finds the spill blocked. True if any did.
   */
  watchSpillBlockers(areas: readonly SpillArea[], storeIds: ReadonlyMap<number, number>): boolean {
    const grown: Grown = [];
    for (const area of areas) {
      const sheet = this.book.sheetById(storeIds.get(area.anchor.sheet) ?? -1);
      if (!sheet) continue;
      let blocked = false;
      for (let r = area.anchor.row; r < area.anchor.row + area.rows && !blocked; r++) {
        const cells = sheet.content.rows[r];
        if (!cells) continue;
        for (let c = area.anchor.col; c < area.anchor.col + area.cols && !blocked; c++) blocked = cells[c] !== undefined && !this.isMirrored(sheet.id, r, c);
      }
      if (!blocked) continue;
      this.watch(sheet, area.anchor.row, area.anchor.col, area.rows, area.cols);
      grown.push([sheet, { row: area.anchor.row + 1, col: area.anchor.col + 1, numRows: area.rows, numCols: area.cols }]);
    }
    this.mirrorGrown(grown);
    return this.ops.length > 0;
  }

  /** Applies the queued operations in one HyperFormula batch. */
  flush(hf: HyperFormula | undefined): void {
    if (!hf || this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    hf.batch(() => {
      for (const [address, content] of ops) hf.setCellContents(address, content);
    });
  }
}
