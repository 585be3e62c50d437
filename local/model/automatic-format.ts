/**
 * Sheets' automatic format for a formula result shown without a format of its own: a date
 * result takes the date pattern of the first date cell the formula refers to (so
 * `=A1+1` under a `yyyy-mm-dd` cell shows 2026-03-02, not 3/2/2026), and a numeric result
 * takes the percent pattern of the first percent cell it refers to (`=B2*2` with B2 at 50%
 * shows 100%). Only the first cell of each reference is looked at, in the formula's order;
 * spilled cells take their anchor formula's choice. Display only: getNumberFormat() still
 * reports the automatic format, and getValues() is unchanged.
 */
import { tokenize, type RefToken } from '../formula/tokens.ts';
import type { Formula } from './cell.ts';
import { AUTOMATIC_FORMAT, isDateFormat } from './number-format.ts';
import type { SheetStore } from './sheet-store.ts';
import type { WorkbookStore } from './workbook-store.ts';

export interface InheritedFormats {
  /** The date pattern a date result shows with, when a referenced cell has one. */
  readonly date?: string;
  /** The percent pattern a numeric result shows with, when a referenced cell has one. */
  readonly percent?: string;
}

/** A percent pattern: a `%` outside quoted text, and not a date pattern. */
export function isPercentFormat(pattern: string): boolean {
  return pattern.replace(/"[^"]*"|\\./g, '').includes('%') && !isDateFormat(pattern);
}

function firstCellFormat(book: WorkbookStore, own: SheetStore, ref: RefToken): string | undefined {
  const sheet = ref.sheet === undefined ? own : book.sheetByName(ref.sheet);
  const row = ref.start.row ?? ref.end?.row ?? 1;
  const col = ref.start.col ?? ref.end?.col ?? 1;
  const format = sheet?.layers.numberFormat.get(row - 1, col - 1);
  return format === AUTOMATIC_FORMAT ? undefined : format;
}

export function inheritedFormats(book: WorkbookStore, sheet: SheetStore, formula: Formula): InheritedFormats {
  let date: string | undefined;
  let percent: string | undefined;
  for (const token of tokenize(formula.text)) {
    if (token.kind !== 'ref') continue;
    const format = firstCellFormat(book, sheet, token);
    if (format === undefined) continue;
    if (date === undefined && isDateFormat(format)) date = format;
    else if (percent === undefined && isPercentFormat(format)) percent = format;
    if (date !== undefined && percent !== undefined) break;
  }
  return { ...(date === undefined ? {} : { date }), ...(percent === undefined ? {} : { percent }) };
}

/** Reads each formula's references once per read, however many cells it spills over. */
export class InheritedFormatCache {
  private readonly known = new Map<Formula, InheritedFormats>();
  constructor(private readonly book: WorkbookStore, private readonly sheet: SheetStore) {}

  patternFor(formula: Formula, isDate: boolean): string | undefined {
    let found = this.known.get(formula);
    if (!found) {
      found = inheritedFormats(this.book, this.sheet, formula);
      this.known.set(formula, found);
    }
    return isDate ? found.date : found.percent;
  }
}
