import { equal, throwsStarting } from './assert.ts';
import type { ContractCase } from './case.ts';

export const STRUCTURE_CASES: readonly ContractCase[] = [
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
];
