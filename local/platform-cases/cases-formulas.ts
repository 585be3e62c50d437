import { dayFromYmd, instantFromSerial } from '../../src/core/dates.ts';
import { equal, ok } from './assert.ts';
import type { PlatformCase } from './case.ts';

export const FORMULA_CASES: readonly PlatformCase[] = [
  {
    name: 'a single cell passes its value, a range passes a 2-D array (1×N and N×1 too)',
    fact: '§1 Arguments [DOC]: "A single-cell reference such as =F(A1) passes that cell\'s value. A range such as =F(A1:B10) passes a 2-D array [row][col] of values. This holds for 1×N and N×1 ranges too."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1:B2').setValues([[1, 'x'], [2, '']]);
      sheet.getRange('D1').setFormula('=PLATFORM_KIND(A1, A1:B1, A1:A2)');
      equal(settled(sheet.getRange('D1')), [['number, array 1x2[number string], array 2x1[number number]']]);
    },
  },
  {
    name: 'blanks inside a range arrive as ""; an omitted argument is undefined',
    fact: '§1 Arguments [DOC]: blank cells "Inside ranges ... arrive as \\"\\""; "An omitted trailing argument is undefined (plain JS)."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setValue(1);
      sheet.getRange('D1').setFormula('=PLATFORM_KIND(A1:A2)');
      equal(settled(sheet.getRange('D1')), [['array 2x1[number blank], undefined, undefined']]);
    },
  },
  {
    name: 'a date cell arrives as a Date at midnight in the spreadsheet zone',
    fact: '§1 Arguments [DOC]: "Dates and times arrive as JS Date objects"; §4 [DOC]: serials are "interpreted in the spreadsheet\'s zone".',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setValue('2026-01-15');
      sheet.getRange('D1').setFormula('=PLATFORM_KIND(A1)');
      equal(settled(sheet.getRange('D1')), [['date 2026-01-15 00:00, undefined, undefined']]);
    },
  },
  {
    name: 'a returned Date shows as that day',
    fact: '§1 Return values [INFER]: "Return only rectangular 2-D arrays of number | string | boolean | Date"; dates are serials in the spreadsheet zone [DOC §4].',
    run: ({ sheet, settled, app }) => {
      sheet.getRange('A1').setValue('2026-01-15');
      sheet.getRange('B1').setFormula('=PLATFORM_NEXT_DAY(A1)');
      const tz = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
      equal(settled(sheet.getRange('B1')), [[new Date(instantFromSerial(dayFromYmd(2026, 1, 16), tz))]]);
    },
  },
  {
    name: 'a thrown error shows #ERROR!',
    fact: '§1 Return values [DOC]: "A thrown exception makes the cell show #ERROR!."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setFormula('=PLATFORM_BOOM("bad input")');
      equal(settled(sheet.getRange('A1')), [['#ERROR!']]);
      equal(sheet.getRange('A1').getDisplayValue(), '#ERROR!');
    },
  },
  {
    name: 'a returned 2-D array spills down into empty cells',
    fact: '§1 Return values [DOC]: "A 2-D array spills right and down if those cells are empty."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setFormula('=PLATFORM_SEQ(3)');
      equal(settled(sheet.getRange('A1:A4')), [[1], [2], [3], ['']]);
      equal(sheet.getRange('A1:A3').getFormulas(), [['=PLATFORM_SEQ(3)'], [''], ['']], 'only the anchor holds the formula');
    },
  },
  {
    name: 'a spill blocked by data is #REF!',
    fact: '§1 Return values [DOC]: "Otherwise the function errors instead of overwriting."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A3').setValue('in the way');
      sheet.getRange('A1').setFormula('=PLATFORM_SEQ(3)');
      equal(settled(sheet.getRange('A1:A3')), [['#REF!'], [''], ['in the way']]);
    },
  },
  {
    name: 'a spilled range formula counts as content for getLastRow',
    fact: '§4 Batching [DOC]: getDataRange/getLastRow cover the cells with content; a spilled array fills its cells.',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
      sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A4*10)');
      equal(settled(sheet.getRange('B1:B4')), [[10], [20], [30], [40]]);
      sheet.getRange('A1:A4').clearContent();
      equal(sheet.getLastRow(), 4, 'last row');
    },
  },
  {
    name: 'built-in functions Goalpost writes compute: IF, MIN, MAX, IFERROR',
    fact: '§4 SPARKLINE [DOC]: the progress-bar example =SPARKLINE(MIN(1,E2/F2),...) relies on MIN and division.',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1:B1').setValues([[520000, 550000]]);
      sheet.getRange('C1:F1').setFormulas([['=MIN(1,A1/B1)', '=MAX(A1,B1)', '=IF(A1>B1,"ahead","behind")', '=IFERROR(1/0,"n/a")']]);
      const v = settled(sheet.getRange('C1:F1'))[0] ?? [];
      ok(Math.abs((v[0] as number) - 520000 / 550000) < 1e-12, `MIN gave ${String(v[0])}`);
      equal(v.slice(1), [550000, 'behind', 'n/a']);
    },
  },
  {
    name: 'SPARKLINE reads as an empty value',
    fact: '§4 SPARKLINE: "in-cell charts; a formula, not an API" — the cell draws a chart and holds no value.',
    unconfirmed: true,
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setFormula('=SPARKLINE(0.4,{"charttype","bar";"max",1})');
      equal(settled(sheet.getRange('A1')), [['']]);
    },
  },
  {
    name: 'a custom function recalculates when a cell passed as an argument changes',
    fact: '§1 Recalculation [DOC]: "A custom function recalculates only when its formula is edited or a cell or range passed directly as an argument changes."',
    run: ({ sheet, settled }) => {
      sheet.getRange('A1').setValue(2);
      sheet.getRange('B1').setFormula('=PLATFORM_SEQ(A1)');
      equal(settled(sheet.getRange('B1:B4')), [[1], [2], [''], ['']]);
      // The result grows past the area it spilled to before, then shrinks.
      sheet.getRange('A1').setValue(3);
      equal(settled(sheet.getRange('B1:B4')), [[1], [2], [3], ['']]);
      sheet.getRange('A1').setValue(1);
      equal(settled(sheet.getRange('B1:B4')), [[1], [''], [''], ['']]);
    },
  },
  {
    name: 'an open range B2:B arrives whole, to the sheet’s last row',
    fact: '§1 Arguments [DOC]: "A range such as =F(A1:B10) passes a 2-D array [row][col] of values"; blank cells "Inside ranges ... arrive as \\"\\"".',
    run: ({ sheet, settled }) => {
      sheet.getRange('B2:B3').setValues([[5], ['x']]);
      sheet.getRange('D1').setFormula('=PLATFORM_KIND(B2:B)');
      const rows = sheet.getMaxRows() - 1;
      const kinds = ['number', 'string', ...Array.from({ length: rows - 2 }, () => 'blank')];
      equal(settled(sheet.getRange('D1')), [[`array ${rows}x1[${kinds.join(' ')}], undefined, undefined`]]);
    },
  },
];
