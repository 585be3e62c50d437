/**
 * What every local service object shares: the store, the engine, the call counter and the
 * factories that give each store object its service object. Factories return the local
 * objects themselves; the call counter wraps them when they are handed to a caller.
 */
import type { Rect } from '../a1/a1-notation.ts';
import type { FormulaEngine } from '../engine/engine.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { WorkbookStore } from '../model/workbook-store.ts';
import type { CallCounter } from './call-counter.ts';
import type { LocalRange } from './local-range.ts';
import type { LocalSheet } from './local-sheet.ts';
import type { LocalSpreadsheet } from './local-spreadsheet.ts';
import type { UiRecorder } from './ui.ts';

export interface LocalContext {
  readonly book: WorkbookStore;
  readonly engine: FormulaEngine;
  readonly counter: CallCounter;
  readonly ui: UiRecorder;
  spreadsheet(): LocalSpreadsheet;
  sheet(store: SheetStore): LocalSheet;
  /** A range on a 1-based rectangle; open sides print as A:A, 2:2 or B2:B. */
  range(store: SheetStore, rect: Rect, openRows?: boolean, openCols?: boolean): LocalRange;
}
