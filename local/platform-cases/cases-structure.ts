import { equal, throwsStarting } from './assert.ts';
import type { PlatformCase } from './case.ts';

export const STRUCTURE_CASES: readonly PlatformCase[] = [
  {
    name: 'inserting rows moves references below them',
    fact: '§4 developer metadata [DOC]: rows move on insert ("row 5 becomes row 6"); formulas follow the cells they point at.',
    run: ({ sheet }) => {
      sheet.getRange('B1').setFormula('=SUM(A2:A5)+A5');
      sheet.insertRowsBefore(3, 2);
      equal(sheet.getRange('B1').getFormula(), '=SUM(A2:A7)+A7');
    },
  },
  {
    name: 'deleting a referenced row makes #REF!',
    fact: '§4 developer metadata [DOC]: a deleted row takes what is on it with it; a formula pointing at it errors.',
    run: ({ sheet, settled }) => {
      sheet.getRange('A5').setValue(3);
      sheet.getRange('B1').setFormula('=A5*2');
      sheet.deleteRow(5);
      equal(sheet.getRange('B1').getFormula(), '=#REF!*2');
      equal(settled(sheet.getRange('B1')), [['#REF!']]);
    },
  },
  {
    name: 'inserting columns moves values, formats and notes',
    fact: '§4 Batching [DOC]: setNumberFormats, setBackgrounds, setNotes are per-cell properties of the grid.',
    run: ({ sheet }) => {
      sheet.getRange('B1').setValue(0.5).setNumberFormat('0%').setNote('half');
      sheet.insertColumnBefore(1);
      const c = sheet.getRange('C1');
      equal([c.getValue(), c.getNumberFormat(), c.getNote()], [0.5, '0%', 'half']);
    },
  },
  {
    name: 'deleting rows beyond the sheet throws',
    fact: '§4 Batching [DOC]: rows are addressed within the sheet\'s grid.',
    run: ({ sheet }) => throwsStarting(() => sheet.deleteRows(sheet.getMaxRows(), 2), 'Those rows are out of bounds.'),
  },
  {
    name: 'frozen rows are kept',
    fact: '§4 (Sheet API) setFrozenRows/getFrozenRows.',
    run: ({ sheet }) => {
      sheet.setFrozenRows(1);
      equal(sheet.getFrozenRows(), 1);
    },
  },
  {
    name: 'named ranges move with inserted rows',
    fact: '§4 TextFinder, named ranges, protections [DOC]: "ss.setNamedRange(name, range), ss.getRangeByName(name)".',
    run: ({ sheet, app, prefix }) => {
      const ss = app.getActiveSpreadsheet();
      const name = `${prefix}_target`;
      ss.setNamedRange(name, sheet.getRange('B2:C3'));
      sheet.insertRowsBefore(1, 1);
      equal(ss.getRangeByName(name)?.getA1Notation(), 'B3:C4');
      ss.removeNamedRange(name);
    },
  },
  {
    name: 'inserting rows above moves conditional-format ranges',
    fact: '§4 Conditional format rule builder [INFER]: "Recognise your own by rule.getRanges() (compare A1 strings)"; §4 developer metadata [DOC]: rows move on insert ("row 5 becomes row 6").',
    run: ({ app, sheet }) => {
      const rule = app.newConditionalFormatRule().whenNumberGreaterThan(0).setBackground('#e6f4ea').setRanges([sheet.getRange('B2:B10'), sheet.getRange('D2:D3')]).build();
      sheet.setConditionalFormatRules([rule]);
      sheet.insertRowsBefore(1, 2);
      equal(sheet.getConditionalFormatRules()[0]?.getRanges().map((r) => r.getA1Notation()), ['B4:B12', 'D4:D5']);
      sheet.insertColumnBefore(1);
      equal(sheet.getConditionalFormatRules()[0]?.getRanges().map((r) => r.getA1Notation()), ['C4:C12', 'E4:E5'], 'after a column insert');
    },
  },
  {
    name: 'inserting rows above moves data validation, and a list-from-range source follows its cells',
    fact: '§4 Data validation builder [DOC]: "range.setDataValidation(rule) (one rule for the whole column range)", ".requireValueInRange(range, showDropdown)"; §4 developer metadata [DOC]: rows move on insert.',
    run: ({ app, sheet }) => {
      sheet.getRange('E1:E3').setValues([['On track'], ['At risk'], ['Done']]);
      const rule = app.newDataValidation().requireValueInRange(sheet.getRange('E1:E3'), true).build();
      sheet.getRange('C2:C4').setDataValidation(rule);
      sheet.insertRowsBefore(1, 2);
      const present = sheet.getRange('C3:C7').getDataValidations().map((row) => row[0] !== null);
      equal(present, [false, true, true, true, false], 'C4:C6 hold the rule');
      const source = sheet.getRange('C4').getDataValidation()?.getCriteriaValues()[0] as { getA1Notation(): string } | undefined;
      equal(source?.getA1Notation(), 'E3:E5', 'source range');
    },
  },
];
