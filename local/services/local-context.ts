/** Builds the shared context: one service object per store object, made on demand. */
import type { Rect } from '../a1/a1-notation.ts';
import type { FormulaEngine } from '../engine/engine.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { WorkbookStore } from '../model/workbook-store.ts';
import type { CallCounter } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { LocalRange } from './local-range.ts';
import { LocalSheet } from './local-sheet.ts';
import { LocalSpreadsheet } from './local-spreadsheet.ts';
import type { UiRecorder } from './ui.ts';

export function createContext(book: WorkbookStore, engine: FormulaEngine, counter: CallCounter, ui: UiRecorder): LocalContext {
  const sheets = new WeakMap<SheetStore, LocalSheet>();
  let spreadsheet: LocalSpreadsheet | undefined;
  const ctx: LocalContext = {
    book,
    engine,
    counter,
    ui,
    spreadsheet: () => (spreadsheet ??= new LocalSpreadsheet(ctx)),
    sheet: (store) => {
      let sheet = sheets.get(store);
      if (!sheet) {
        sheet = new LocalSheet(ctx, store);
        sheets.set(store, sheet);
      }
      return sheet;
    },
    range: (store: SheetStore, rect: Rect, openRows = false, openCols = false) => new LocalRange(ctx, store, rect, openRows, openCols),
  };
  return ctx;
}
