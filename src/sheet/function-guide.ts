import { instantFromSerial } from '../core/dates.ts';
import { BY_VALUE, byValue, FUNCTIONS_HEADER_ROW, GUIDE_SHEET, guideLayout, type LayoutValue } from './function-guide-layout.ts';
import type { SpreadsheetAppPort } from './ports.ts';

export type GuideOutcome = 'inserted' | 'exists';

/**
 * Adds the guide sheet. An existing guide is left as it is (a person may have edited it)
 * and brought to the front instead. Every string here is Goalpost's own: strings starting
 * with "=" are the live formulas, and formula text meant to show is written with a
 * leading apostrophe.
 */
export function insertFunctionGuide(app: SpreadsheetAppPort): GuideOutcome {
  const ss = app.getActiveSpreadsheet();
  const existing = ss.getSheetByName(GUIDE_SHEET);
  if (existing) {
    existing.activate();
    ss.toast(`"${GUIDE_SHEET}" already exists: delete or rename it to insert a fresh copy.`, 'Goalpost');
    return 'exists';
  }
  const sheet = ss.insertSheet(GUIDE_SHEET);
  const timeZone = ss.getSpreadsheetTimeZone();
  const cell = (v: LayoutValue) => (typeof v === 'object' ? new Date(instantFromSerial(v.day, timeZone)) : v);
  const { blocks, resultFormats } = guideLayout();
  for (const block of blocks) {
    const width = Math.max(...block.values.map((r) => r.length));
    const range = sheet.getRange(block.row, block.column, block.values.length, width);
    range.setValues(block.values.map((r) => r.map(cell)));
    if (block.columnFormats) {
      const top = block.header ? 1 : 0;
      const body = block.formatRows ?? block.values.length - top;
      const formats = Array.from({ length: body }, (_, i) => block.columnFormats!.map((f, c) => (f === BY_VALUE ? byValue(block.values[top + i]?.[c]) : f)));
      sheet.getRange(block.row + top, block.column, body, formats[0]?.length ?? 0).setNumberFormats(formats);
    }
    if (block.header) sheet.getRange(block.row, block.column, 1, width).setFontWeight('bold');
  }
  const formats = resultFormats.map((f) => [f]);
  sheet.getRange(FUNCTIONS_HEADER_ROW + 1, 4, formats.length, 1).setNumberFormats(formats);
  sheet.getRange(FUNCTIONS_HEADER_ROW + 1, 6, formats.length, 1).setNumberFormats(formats);
  sheet.setFrozenRows(1);
  sheet.activate();
  return 'inserted';
}
