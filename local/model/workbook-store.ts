/**
 * The whole workbook's state: sheets, named ranges, developer metadata, time zone and
 * locale. The source of truth; the formula engine only derives computed values from it.
 */
import { ymdFromDay } from '../../src/core/dates.ts';
import type { Rect } from '../a1/a1-notation.ts';
import { ZoneClock } from './zone-clock.ts';
import { SheetStore } from './sheet-store.ts';
import type { MetadataSpec, NamedRangeSpec } from './specs.ts';

/** What the store tells the formula engine; the engine decides what to recompute. */
export interface ComputeHooks {
  cellsWritten(sheet: SheetStore, row: number, col: number, numRows: number, numCols: number, formulas: boolean): void;
  structureChanged(): void;
}

const NO_HOOKS: ComputeHooks = { cellsWritten: () => undefined, structureChanged: () => undefined };

export class WorkbookStore {
  id = 'local-spreadsheet';
  name = 'Untitled spreadsheet';
  locale = 'en_US';
  sheets: SheetStore[] = [];
  activeSheetId = 0;
  /** Each sheet's selection by sheet id (A1 until something is selected); not saved, as a reopened spreadsheet starts again. */
  readonly selections = new Map<number, Rect>();
  /** Counts a script's activate() calls (sheet or range): the preview moves its page's selection when it changes. */
  activations = 0;
  nextSheetId = 0;
  nextMetadataId = 1;
  nextChartId = 1;
  nextProtectionId = 1;
  namedRanges: NamedRangeSpec[] = [];
  metadata: MetadataSpec[] = [];
  hooks: ComputeHooks = NO_HOOKS;
  clock: ZoneClock;
  /** Today's date, read only to date text typed without a year ("1/2", "Mar 5"). */
  today: () => Date = () => new Date();
  /** The current year in the spreadsheet's zone. */
  readonly currentYear = (): number => ymdFromDay(Math.floor(this.clock.serialFromDate(this.today()))).year;

  constructor(public timeZone = 'Etc/UTC') {
    this.clock = new ZoneClock(timeZone);
  }

  setTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
    this.clock = new ZoneClock(timeZone);
    this.hooks.structureChanged();
  }

  sheetById(id: number): SheetStore | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetStore | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  activeSheet(): SheetStore {
    const active = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!active) throw new Error('The workbook has no sheets.');
    return active;
  }

  addSheet(name: string, index = this.sheets.length): SheetStore {
    const sheet = new SheetStore(this.nextSheetId === 0 ? 0 : 1_000_000 + this.nextSheetId * 7_919, name);
    this.nextSheetId++;
    this.sheets.splice(index, 0, sheet);
    this.hooks.structureChanged();
    return sheet;
  }

  /** A fresh default name: Sheet1, Sheet2... */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }
}
