/**
 * The formula engine: HyperFormula evaluates the formula cells of the store. It mirrors
 * only what formulas need (see mirror.ts), because bulk-writing plain values into
 * HyperFormula is slow, and it syncs lazily: writes are queued and applied in one batch
 * before the next read of a computed cell. A structure change rebuilds it from the store.
 */
import { tokenize } from '../formula/tokens.ts';
import { HyperFormula, type DetailedCellError, type FunctionPluginDefinition, type RawCellContent } from 'hyperformula';
import { rectsIntersect, type Rect } from '../a1/a1-notation.ts';
import { Formula, type CellErrorInfo, type Plain } from '../model/cell.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { ComputeHooks, WorkbookStore } from '../model/workbook-store.ts';
import { errorInfo } from './errors.ts';
import { createFunctionPlugin, functionNames, type CustomFunctionSet } from './function-plugin.ts';
import { blockedArrays, spilledArrays, type HfAddress } from './hf-internals.ts';
import { ArraySizes, type FreedArea, type Size } from './array-sizes.ts';
import { HfMirror, type Grown, type WrittenRect } from './mirror.ts';
import type { SparklineSpec } from './sparkline.ts';
import { firstBlocker, hfKey, indexSpills, sizeFinder, type BlockedArray } from './spill-index.ts';

export interface Computed {
  /** null for an empty result. */
  readonly value: Plain | null;
  readonly isDate: boolean;
  readonly error?: CellErrorInfo;
}

const EMPTY: Computed = { value: null, isDate: false };
const MAX_SETTLE_ROUNDS = 8;
/** Rebuilds tried after HyperFormula throws before the error is let through. */
const MAX_RECOVERIES = 4;

/** Function names already added to HyperFormula's (process-wide) enGB language. */
const registered = new Set<string>();

/** HyperFormula's languages are global: each name is added once, not per workbook. */
function registerNames(names: readonly string[]): void {
  const fresh = names.filter((n) => !registered.has(n));
  if (fresh.length === 0) return;
  HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(fresh.map((n) => [n, n])));
  fresh.forEach((n) => registered.add(n));
}

interface Pending extends WrittenRect {
  readonly sheetId: number;
}

export class FormulaEngine implements ComputeHooks {
  private hf: HyperFormula | undefined;
  private readonly plugin: FunctionPluginDefinition;
  private readonly mirror: HfMirror;
  private rebuildNeeded = true;
  private dirty = true;
  private pending: Pending[] = [];
  private storeIds = new Map<number, number>();
  private readonly arrays = new ArraySizes();
  private sparklines = new Map<string, SparklineSpec>();
  private spills = new Map<number, Rect[]>();
  private blocked = new Map<number, BlockedArray[]>();
  private predictor: unknown;
  /** The custom-function call evaluated last: the suspect when HyperFormula throws. */
  private lastCall: string | undefined;
  /** Set during a sync once recovery has quarantined every formula (the last resort). */
  private allQuarantined = false;

  constructor(private readonly book: WorkbookStore, functions?: CustomFunctionSet) {
    this.mirror = new HfMirror(book);
    registerNames(functionNames(functions));
    this.plugin = createFunctionPlugin(functions ?? { specs: [], functions: {} }, {
      clock: () => this.book.clock,
      predictedSize: (key, guess) => this.arrays.predict(key, guess, (size) => this.areaIsFree(key, size)),
      calling: (key) => {
        this.lastCall = key;
      },
      actualSize: (key, rows, cols) => {
        this.lastCall = key;
        this.arrays.note(key, rows, cols, this.formulaAt(key)?.[3]);
      },
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
    // Cleared first: a custom function that reads the sheet must not re-enter the sync.
    this.dirty = false;
    this.allQuarantined = false;
    for (let attempt = 0; ; attempt++) {
      this.lastCall = undefined;
      try {
        if (this.rebuildNeeded) this.rebuild();
        else this.applyPending();
        this.settle();
        return;
      } catch (e) {
        this.recover(e, attempt);
      }
    }
  }

  /**
   * HyperFormula threw mid-evaluation and is half-updated: rebuild it from the store. The
   * first rebuild uses the array sizes learnt meanwhile; if it fails again, the custom-function
   * formula evaluated last (the one whose arguments or result HyperFormula choked on) is
   * quarantined (shown as #ERROR!), so one formula cannot break the others. When no new
   * suspect is left, every formula is quarantined: the workbook's values stay readable and
   * each formula cell says it could not be evaluated. Only if even that fails does the error
   * reach the caller.
   */
  private recover(error: unknown, attempt: number): void {
    const suspect = this.lastCall === undefined ? undefined : this.formulaAt(this.lastCall)?.[3];
    this.rebuildNeeded = true;
    this.pending = [];
    if (attempt === 0) return;
    if (attempt < MAX_RECOVERIES && suspect && !this.mirror.quarantined.has(suspect)) {
      this.mirror.quarantined.add(suspect);
      return;
    }
    if (!this.allQuarantined) {
      this.allQuarantined = true;
      this.quarantineEveryFormula();
      return;
    }
    this.dirty = true;
    throw error;
  }

  private quarantineEveryFormula(): void {
    for (const sheet of this.book.sheets) {
      if (sheet.formulaCount === 0) continue;
      sheet.content.forEach((v) => {
        if (v instanceof Formula) this.mirror.quarantined.add(v);
      });
    }
  }

  /** Rectangles (0-based) of arrays that spilled on a sheet, anchors included. */
  spillAreas(sheet: SheetStore): readonly Rect[] {
    if (sheet.formulaCount === 0) return [];
    this.sync();
    return this.spills.get(sheet.id) ?? [];
  }

  /** The value a formula cell or a spilled cell shows. */
  computed(sheet: SheetStore, row: number, col: number): Computed {
    this.sync();
    const hfSheet = this.mirror.hfIds.get(sheet.id);
    if (this.hf === undefined || hfSheet === undefined) return EMPTY;
    const address = { sheet: hfSheet, row, col };
    const value = this.hf.getCellValue(address);
    if (value === null || value === undefined) return EMPTY;
    if (typeof value === 'object') return { value: null, isDate: false, error: this.describeError(sheet, address, value) };
    const type = typeof value === 'number' ? String(this.hf.getCellValueDetailedType(address)) : '';
    return { value, isDate: type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME' };
  }

  /**
   * A formula evaluated as if typed on a sheet but never entered (a conditional-format
   * condition): references are absolute positions, the cells they read become mirrored,
   * and nothing else changes. An error result comes back as its info; a formula
   * HyperFormula cannot read gives null.
   */
  evaluate(sheet: SheetStore, formula: string): Plain | null | CellErrorInfo {
    this.sync();
    const hfSheet = this.mirror.hfIds.get(sheet.id);
    if (this.hf === undefined || hfSheet === undefined) return null;
    const grown: Grown = [];
    const text = this.mirror.translate(sheet, new Formula(formula), grown);
    this.mirror.mirrorGrown(grown);
    this.mirror.flush(this.hf);
    let value: unknown;
    try {
      value = this.hf.calculateFormula(text, hfSheet);
    } catch {
      return null;
    }
    const first = Array.isArray(value) ? (value[0] as unknown[] | undefined)?.[0] : value;
    if (first === null || first === undefined) return null;
    if (typeof first === 'object') {
      const e = first as DetailedCellError;
      return errorInfo(e.type, e.message);
    }
    return first as Plain;
  }

  sparkline(sheet: SheetStore, row: number, col: number): SparklineSpec | undefined {
    this.sync();
    const hfSheet = this.mirror.hfIds.get(sheet.id);
    return hfSheet === undefined ? undefined : this.sparklines.get(hfKey({ sheet: hfSheet, row, col }));
  }

  // --- building and syncing -------------------------------------------------------------

  private rebuild(): void {
    const old = this.hf;
    this.hf = undefined;
    old?.destroy();
    this.mirror.reset();
    this.arrays.reset();
    this.sparklines = new Map();
    const data = this.mirror.initialData();
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.book.sheets) {
      // HyperFormula wants every row to be an array: fill the holes of the sparse rows.
      const rows = data.get(sheet.id) ?? [];
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      sheets[sheet.name] = rows;
    }
    // HyperFormula numbers sheets in the object's key order; knowing the ids before the
    // build lets learnt array sizes be in place for the first evaluation.
    this.storeIds = new Map();
    Object.keys(sheets).forEach((name, id) => {
      const sheet = this.book.sheetByName(name);
      if (!sheet) return;
      this.mirror.hfIds.set(sheet.id, id);
      this.storeIds.set(id, sheet.id);
    });
    this.seedLearntSizes();
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
    for (const [storeId, id] of this.mirror.hfIds) {
      const sheet = this.book.sheetById(storeId);
      if (sheet && this.hf.getSheetId(sheet.name) !== id) throw new Error(`HyperFormula numbered sheet ${sheet.name} unexpectedly.`);
    }
    this.rebuildNeeded = false;
    this.pending = [];
  }

  /** Sizes learnt before a rebuild, keyed by the formula objects that moved with the cells. */
  private seedLearntSizes(): void {
    for (const sheet of this.book.sheets) {
      const hfSheet = this.mirror.hfIds.get(sheet.id);
      if (sheet.formulaCount === 0 || hfSheet === undefined) continue;
      sheet.content.forEach((v, r, c) => {
        if (v instanceof Formula) this.arrays.seed(hfKey({ sheet: hfSheet, row: r, col: c }), v);
      });
    }
  }

  private applyPending(): void {
    const pending = this.pending;
    this.pending = [];
    const grown: Grown = [];
    const reenter = new Set<string>();
    for (const p of pending) {
      const sheet = this.book.sheetById(p.sheetId);
      if (!sheet) continue;
      this.mirror.syncRect(sheet, p, grown);
      // HyperFormula does not retry a blocked spill when the blocker goes: enter it again.
      for (const b of this.blocked.get(sheet.id) ?? []) if (rectsIntersect(b.rect, p)) reenter.add(`${sheet.id}:${b.row}:${b.col}`);
    }
    for (const key of reenter) {
      const [id, r, c] = key.split(':').map(Number) as [number, number, number];
      const sheet = this.book.sheetById(id);
      if (sheet) this.mirror.pushFormula(sheet, r, c, grown);
    }
    this.mirror.mirrorGrown(grown);
    this.mirror.flush(this.hf);
  }

  /** The formula object at a HyperFormula key. */
  private formulaAt(key: string): [SheetStore, number, number, Formula] | undefined {
    const [s, r, c] = key.split(':').map(Number) as [number, number, number];
    const sheet = this.book.sheetById(this.storeIds.get(s) ?? -1);
    const v = sheet?.content.get(r, c);
    return sheet && v instanceof Formula ? [sheet, r, c, v] : undefined;
  }

  /** Whether the store cells below a formula are empty, so a guessed column can spill. */
  private areaIsFree(key: string, size: Size): boolean {
    const at = this.formulaAt(key);
    if (!at) return false;
    const [sheet, r, c] = at;
    for (let row = r + 1; row < r + size.rows; row++) if (sheet.content.get(row, c) !== undefined) return false;
    return true;
  }

  /** Re-enters formulas whose array size changed, and mirrors cells that block spills. */
  private settle(): void {
    // Areas arrays gave up during this settle; arrays blocked there get one more try each.
    const freed: FreedArea[] = [];
    const retried = new Set<string>();
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
      if (this.arrays.hasMismatches()) {
        const taken = this.arrays.takeMismatches();
        freed.push(...taken.freed);
        this.reenter(taken.keys);
        continue;
      }
      if (this.hf && this.mirror.watchSpillBlockers(spilledArrays(this.hf), this.storeIds)) {
        this.mirror.flush(this.hf);
        continue;
      }
      const dropped = this.hf ? this.arrays.dropGuesses(blockedArrays(this.hf).map(hfKey)) : [];
      if (dropped.length > 0) {
        this.reenter(dropped);
        continue;
      }
      const retry = this.blockedIn(freed).filter((k) => !retried.has(k));
      if (retry.length === 0) break;
      retry.forEach((k) => retried.add(k));
      this.reenter(retry);
    }
    if (!this.hf) return;
    const index = indexSpills(this.hf, this.storeIds, sizeFinder(this.hf, this.arrays.sizes, this.predictor));
    this.spills = index.spills;
    this.blocked = index.blocked;
  }

  private reenter(keys: readonly string[]): void {
    const grown: Grown = [];
    for (const key of keys) {
      const at = this.formulaAt(key);
      if (at) this.mirror.pushFormula(at[0], at[1], at[2], grown);
    }
    this.mirror.mirrorGrown(grown);
    this.mirror.flush(this.hf);
  }

  /** Keys of blocked arrays whose wanted area overlaps one of the areas. */
  private blockedIn(areas: readonly FreedArea[]): string[] {
    if (!this.hf || areas.length === 0) return [];
    const sizeOf = sizeFinder(this.hf, this.arrays.sizes, this.predictor);
    return blockedArrays(this.hf).flatMap((anchor) => {
      const size = sizeOf(anchor);
      const rect = { row: anchor.row, col: anchor.col, numRows: size?.rows ?? 1, numCols: size?.cols ?? 1 };
      return areas.some((f) => f.sheet === anchor.sheet && rectsIntersect(f.rect, rect)) ? [hfKey(anchor)] : [];
    });
  }

  private describeError(sheet: SheetStore, address: HfAddress, error: DetailedCellError): CellErrorInfo {
    if (error.type === 'REF' && !error.message) return { code: '#REF!', message: this.unresolvedReference(sheet, address) };
    if (error.type !== 'SPILL' || !this.hf) return errorInfo(error.type, error.message);
    const size = sizeFinder(this.hf, this.arrays.sizes, this.predictor)(address);
    return errorInfo('SPILL', size ? firstBlocker(sheet, address, size) : '');
  }

  /**
   * Sheets' hover for a #REF! HyperFormula gives no message for: a reference to a sheet
   * that does not exist ("Unresolved sheet name 'Settings'."), or a reference that no longer
   * does, such as =#REF!+1 after its sheet was deleted ("Reference does not exist.").
   */
  private unresolvedReference(sheet: SheetStore, address: HfAddress): string {
    const content = sheet.content.get(address.row, address.col);
    if (content instanceof Formula) {
      for (const token of tokenize(content.text)) {
        if (token.kind === 'ref' && token.sheet !== undefined && !this.book.sheetByName(token.sheet)) return `Unresolved sheet name '${token.sheet}'.`;
      }
    }
    return 'Reference does not exist.';
  }
}
