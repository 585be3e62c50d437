/**
 * A sheet someone made by hand, to adopt: a title row, then a header in their own words and
 * order (Objective, Owner, Start value, Goal value, Actual, Start date, Deadline, Region,
 * Comments), four goals, their own formats and a note. Region is a column Goalpost does not
 * know. The quarter is 2026-10-01 to 2026-12-31 (91 days); on 2026-11-29, 59 days in.
 */
import type { RangePort, SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';

export const HAND_MADE = 'Hand made';
export const HAND_MADE_HEADER = ['Objective', 'Owner', 'Start value', 'Goal value', 'Actual', 'Start date', 'Deadline', 'Region', 'Comments'];

const day = (m: number, d: number) => new Date(Date.UTC(2026, m - 1, d));
export const HAND_MADE_ROWS: unknown[][] = [
  ['Grow newsletter subscribers', 'Ana', 1000, 2000, 1500, day(10, 1), day(12, 31), 'North', 'Weekly push'],
  ['Cut support backlog', 'Bo', 400, 100, 160, day(10, 1), day(12, 31), 'South', ''],
  ['Raise NPS', 'Cy', 20, 40, 22, day(10, 1), day(12, 31), 'North', 'Survey in December'],
  ['Launch partner portal', 'Di', 0, 1, 1, day(10, 1), day(12, 31), 'East', 'Shipped Nov 20'],
];

/** Adds the hand-made sheet, without `drop`ped columns (by header), and makes it the active sheet. */
export function addHandMade(app: SpreadsheetAppPort, drop: readonly string[] = []): SheetPort {
  const keep = HAND_MADE_HEADER.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  const pick = (row: readonly unknown[]) => keep.map((i) => row[i]);
  const sheet = app.getActiveSpreadsheet().insertSheet(HAND_MADE);
  sheet.getRange(1, 1).setValue('Team goals, kept by hand').setFontWeight('bold');
  sheet.getRange(2, 1, 1, keep.length).setValues([pick(HAND_MADE_HEADER)]).setBackground('#cfe2f3');
  sheet.getRange(3, 1, HAND_MADE_ROWS.length, keep.length).setValues(HAND_MADE_ROWS.map(pick));
  // Their own look: thousands, day-first dates, a note on Region's header.
  const at = (header: string): RangePort | undefined => {
    const i = pick(HAND_MADE_HEADER).indexOf(header);
    return i < 0 ? undefined : sheet.getRange(3, i + 1, HAND_MADE_ROWS.length, 1);
  };
  for (const h of ['Start value', 'Goal value', 'Actual']) at(h)?.setNumberFormat('#,##0');
  for (const h of ['Start date', 'Deadline']) at(h)?.setNumberFormat('dd/mm/yyyy');
  at('Comments')?.setNumberFormat('@');
  const region = pick(HAND_MADE_HEADER).indexOf('Region');
  if (region >= 0) sheet.getRange(2, region + 1).setNote('Sales region');
  sheet.activate();
  return sheet;
}

/** Everything a person can see or set in a block of cells, to compare before and after. */
export function snapshot(sheet: SheetPort, row: number, column: number, rows: number, columns: number): unknown {
  const r = sheet.getRange(row, column, rows, columns);
  return {
    values: r.getValues(), formulas: r.getFormulas(), formats: r.getNumberFormats(), notes: r.getNotes(),
    backgrounds: r.getBackgrounds(), weights: r.getFontWeights(), colours: r.getFontColors(), validations: r.getDataValidations().map((x) => x.map((v) => v !== null)),
  };
}

/** The hand-made sheet grown to `rows` goals (its four rows over and over), for counting service calls. */
export function sizedHandMade(app: SpreadsheetAppPort, rows: number): SheetPort {
  const sheet = addHandMade(app);
  if (sheet.getMaxRows() < rows + 10) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 10 - sheet.getMaxRows());
  sheet.getRange(3, 1, rows, HAND_MADE_HEADER.length).setValues(Array.from({ length: rows }, (_, i) => HAND_MADE_ROWS[i % HAND_MADE_ROWS.length] as unknown[]));
  return sheet;
}
