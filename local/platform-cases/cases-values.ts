import { dayFromInstant, dayFromYmd, instantFromSerial, ymdFromDay } from '../../src/core/dates.ts';
import { equal, ok, throwsStarting } from './assert.ts';
import type { PlatformCase } from './case.ts';

const midnight = (tz: string, y: number, m: number, d: number) => new Date(instantFromSerial(dayFromYmd(y, m, d), tz));

export const VALUE_CASES: readonly PlatformCase[] = [
  {
    name: 'setValues with too few rows throws Sheets’ message',
    fact: '§4 Batching [DOC]: "setValues(values) requires the array to match the range dimensions exactly."',
    run: ({ sheet }) => throwsStarting(() => sheet.getRange('A1:B3').setValues([[1, 2], [3, 4]]), 'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.'),
  },
  {
    name: 'setValues with too few columns throws Sheets’ message',
    fact: '§4 Batching [DOC]: "setValues(values) requires the array to match the range dimensions exactly."',
    run: ({ sheet }) => throwsStarting(() => sheet.getRange('A1:C1').setValues([[1, 2]]), 'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.'),
  },
  {
    name: 'getValues returns numbers, booleans, strings and "" for blanks',
    fact: '§4 Batching [DOC]: "Range.getValues() returns Object[][] of Number | Boolean | Date | String; blanks are \\"\\"".',
    run: ({ sheet }) => {
      sheet.getRange('A1:D1').setValues([[1.5, true, 'text', '']]);
      equal(sheet.getRange('A1:E1').getValues(), [[1.5, true, 'text', '', '']]);
    },
  },
  {
    name: 'a string starting with "=" becomes a formula',
    fact: '§4 Writing strings [DOC]: "setValue and setValues: a string that begins with = is interpreted as a formula."',
    run: ({ sheet, app }) => {
      sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
      app.flush();
      equal(sheet.getRange('B1').getFormula(), '=A1*3', 'formula');
      equal(sheet.getRange('B1').getValue(), 6);
    },
  },
  {
    name: 'numeric text is parsed as typed in the UI',
    fact: '§4 Writing strings [DOC]: "The docs\' own setValues example writes \'1,000,000\' and \'$2.99\', which become numbers."',
    run: ({ sheet }) => {
      sheet.getRange('A1:D1').setValues([['1,000,000', '$2.99', '00123', '10%']]);
      equal(sheet.getRange('A1:D1').getValues(), [[1000000, 2.99, 123, 0.1]]);
    },
  },
  {
    name: 'a leading apostrophe keeps text literal and is not part of the value',
    fact: '§4 Writing strings [3P / INFER]: "Prefix text that must stay literal with an apostrophe ... getValue() returns the string without it."',
    unconfirmed: true,
    run: ({ sheet }) => {
      sheet.getRange('A1:C1').setValues([["'=SUM(1,2)", "'00123", "'TRUE"]]);
      equal(sheet.getRange('A1:C1').getValues(), [['=SUM(1,2)', '00123', 'TRUE']]);
      equal(sheet.getRange('A1:C1').getFormulas(), [['', '', '']], 'formulas');
    },
  },
  {
    name: 'ISO date text becomes a Date at midnight in the spreadsheet zone',
    fact: '§4 Writing strings [DOC]: "USER_ENTERED semantics also turn \\"Mar 1 2016\\" into a date"; §4 Number formats [DOC]: a date serial "is interpreted in the spreadsheet\'s zone".',
    run: ({ sheet, app }) => {
      sheet.getRange('A1').setValue('2026-01-15');
      const tz = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
      equal(sheet.getRange('A1').getValue(), midnight(tz, 2026, 1, 15));
    },
  },
  {
    name: 'a Date written is read back as the same instant',
    fact: '§4 Batching [DOC]: getValues returns Date for date cells; §1 Data types [DOC]: dates are JS Date objects.',
    run: ({ sheet, app }) => {
      const tz = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
      const d = midnight(tz, 2026, 3, 31);
      sheet.getRange('A1').setValue(d);
      equal(sheet.getRange('A1').getValue(), d);
    },
  },
  {
    name: 'getDisplayValues shows the number format',
    fact: '§4 Batching [DOC]: "getDisplayValues() returns formatted String[][] (in the spreadsheet locale)"; §4 Number formats [DOC] patterns \'0.0%\', \'#,##0\', \'yyyy-mm-dd\'.',
    run: ({ sheet }) => {
      sheet.getRange('A1:C1').setValues([[0.4567, 1234567.8, '2026-01-15']]);
      sheet.getRange('A1:C1').setNumberFormats([['0.0%', '#,##0', 'yyyy-mm-dd']]);
      equal(sheet.getRange('A1:C1').getDisplayValues(), [['45.7%', '1,234,568', '2026-01-15']]);
    },
  },
  {
    name: 'getRange with row 0 throws',
    fact: '§4 Batching [DOC]: "indices are 0-based while sheet rows and columns are 1-based."',
    run: ({ sheet }) => throwsStarting(() => sheet.getRange(0, 1), 'The starting row of the range is too small.'),
  },
  {
    name: 'getRange past the last row throws',
    fact: '§4 Batching [DOC]: "sheet.getRange(row, col, numRows, numCols)" addresses cells of the sheet\'s grid.',
    run: ({ sheet }) => throwsStarting(() => sheet.getRange(sheet.getMaxRows() + 1, 1), 'The coordinates of the range are outside the dimensions of the sheet.'),
  },
  {
    name: 'bad A1 notation throws "Range not found"',
    fact: '§4 Batching [DOC]: ranges are addressed in A1 notation ("sheet.getRangeList([\'A1:B2\',\'D1:D9\'])").',
    run: ({ sheet }) => throwsStarting(() => sheet.getRange('A0'), 'Range not found'),
  },
  {
    name: 'getDataRange spans A1 to the last row and column with content',
    fact: '§4 Batching [DOC]: "sheet.getDataRange() equals the range from A1 to (getLastRow(), getLastColumn())."',
    run: ({ sheet }) => {
      sheet.getRange('C4').setValue('x');
      const r = sheet.getDataRange();
      equal([r.getA1Notation(), sheet.getLastRow(), sheet.getLastColumn()], ['A1:C4', 4, 3]);
    },
  },
  {
    name: 'appendRow writes after the last row with content',
    fact: '§4 Batching [DOC]: getLastRow() is the last row with content (getDataRange); Sheet.appendRow appends after it (Apps Script reference, not quoted in the platform docs).',
    run: ({ sheet }) => {
      sheet.getRange('A3').setValue('x');
      sheet.appendRow(['a', 2]);
      equal(sheet.getRange('A4:B4').getValues(), [['a', 2]]);
      ok(sheet.getLastRow() === 4, 'last row is 4');
    },
  },
  {
    name: '"Mar 1 2016" becomes a date',
    fact: '§4 Writing strings [DOC]: "USER_ENTERED semantics also turn \\"Mar 1 2016\\" into a date and infer formats."',
    run: ({ sheet, app }) => {
      sheet.getRange('A1:B1').setValues([['Mar 1 2016', 'March 1, 2016']]);
      const tz = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
      equal(sheet.getRange('A1:B1').getValues(), [[midnight(tz, 2016, 3, 1), midnight(tz, 2016, 3, 1)]]);
    },
  },
  {
    name: '"1/2" becomes a date this year, "1/2/24" a date in 2024, "TRUE" a boolean',
    fact: '§4 Writing strings [INFER]: user text can "silently change type (\\"1/2\\" → date, \\"00123\\" → 123, \\"TRUE\\" → boolean)". The year of "1/2" and the two-digit-year rule (24 → 2024, 99 → 1999) are not in the docs.',
    unconfirmed: true,
    run: ({ sheet, app }) => {
      sheet.getRange('A1:E1').setValues([['1/2', '1/2/24', '1/2/99', 'TRUE', '2026/01/15']]);
      const tz = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
      const year = ymdFromDay(dayFromInstant(Date.now(), tz)).year;
      equal(sheet.getRange('A1:E1').getValues(), [[midnight(tz, year, 1, 2), midnight(tz, 2024, 1, 2), midnight(tz, 1999, 1, 2), true, midnight(tz, 2026, 1, 15)]]);
    },
  },
  {
    name: 'setValues with a 1-D array is refused as a wrong argument',
    fact: '§4 Batching [DOC]: "setValues(values) requires the array to match the range dimensions exactly." (The message for a 1-D array is not in the docs.)',
    unconfirmed: true,
    run: ({ sheet }) => throwsStarting(() => sheet.getRange('A1:B1').setValues([1, 2] as unknown as unknown[][]), "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues."),
  },
];
