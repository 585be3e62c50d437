/** Range and Sheet details: geometry, A1 text, clearing, fills, layers, hidden rows. */
import { describe, expect, it } from 'vitest';
import type { RangePort } from '../../src/sheet/ports.ts';
import { firstSheet, localWith } from './helpers.ts';

describe('range geometry', () => {
  it('getRange by A1 and by numbers agree', () => {
    const sheet = firstSheet(localWith());
    const a = sheet.getRange('B2:D5');
    const b = sheet.getRange(2, 2, 4, 3);
    expect([a.getA1Notation(), b.getA1Notation(), a.getRow(), a.getColumn(), a.getNumRows(), a.getNumColumns(), a.getLastRow(), a.getLastColumn()]).toEqual(['B2:D5', 'B2:D5', 2, 2, 4, 3, 5, 4]);
  });

  it.each([
    ['C:C', 'C:C', 1000, 1],
    ['3:3', '3:3', 1, 26],
    ['B2:B', 'B2:B', 999, 1],
  ])('%s reads as %s with %i×%i cells', (a1, printed, rows, cols) => {
    const r = firstSheet(localWith()).getRange(a1);
    expect([r.getA1Notation(), r.getNumRows(), r.getNumColumns()]).toEqual([printed, rows, cols]);
  });

  it('offset and getCell', () => {
    const sheet = firstSheet(localWith());
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => r.getCell(3, 1)).toThrow('Cell reference out of range');
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 26, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws %s', (args, message) => {
    const sheet = firstSheet(localWith());
    expect(() => (sheet.getRange as (...a: number[]) => unknown)(...args)).toThrow(message);
  });

  it.each(['A0', 'A1:ZZZZ2', 'B1001', 'AA1'])('getRange(%j) is not found', (a1) => {
    expect(() => firstSheet(localWith()).getRange(a1)).toThrow('Range not found');
  });
});

describe('writing and clearing', () => {
  it('setValue on a block fills every cell; a formula moves its relative references', () => {
    const sheet = firstSheet(localWith());
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*$A$1*10'], ['=A2*$A$1*10'], ['=A3*$A$1*10']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    sheet.getRange('C1:D2').setValue('x');
    expect(sheet.getRange('C1:D2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('clear options remove what they name', () => {
    const sheet = firstSheet(localWith());
    const r = sheet.getRange('A1');
    const fill = () => r.setValue(0.5).setNumberFormat('0%').setNote('n').setBackground('#FF0000');
    fill();
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getNumberFormat(), r.getNote(), r.getBackground()]).toEqual(['', '0%', 'n', '#ff0000']);
    fill();
    r.clear({ formatOnly: true });
    expect([r.getValue(), r.getNumberFormat(), r.getBackground()]).toEqual([0.5, '0.###############', '#ffffff']);
    fill();
    r.clear();
    expect([r.getValue(), r.getNumberFormat(), r.getNote(), r.isBlank()]).toEqual(['', '0.###############', 'n', true]);
  });

  it('per-cell layers read back in 2-D', () => {
    const sheet = firstSheet(localWith());
    const r = sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]]).setFontColors([['#1A73E8', null]]).setBackgrounds([[null, '#E6F4EA']]).setNotes([['a', null]]);
    expect([r.getFontWeights(), r.getFontColors(), r.getBackgrounds(), r.getNotes()]).toEqual([[['bold', 'normal']], [['#1a73e8', '#000000']], [['#ffffff', '#e6f4ea']], [['a', '']]]);
    expect(() => r.setNumberFormats([['0']])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });

  it('a formula’s date result shows as a date under the automatic format', () => {
    const sheet = firstSheet(localWith());
    sheet.getRange('A1').setFormula('=DATE(2026,3,1)+1');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/2/2026');
    sheet.getRange('A1').setNumberFormat('0');
    expect(sheet.getRange('A1').getValue()).toBe(46083);
  });
});

// Regression: setValues([1, 2]) reported a row-count mismatch; Apps Script rejects an
// argument that is not 2-D as not matching the method signature.
describe('regression: a 1-D array passed to a 2-D setter reported a row-count mismatch', () => {
  it.each<[string, (r: RangePort) => unknown, string]>([
    ['setValues([1, 2])', (r) => r.setValues([1, 2] as never), 'The parameters (number[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.'],
    ['setValues([\'a\', \'b\'])', (r) => r.setValues(['a', 'b'] as never), 'The parameters (String[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.'],
    ['setValues([1, \'b\'])', (r) => r.setValues([1, 'b'] as never), 'The parameters (Object[]) don\'t match the method signature for SpreadsheetApp.Range.setValues.'],
    ['setValues(1)', (r) => r.setValues(1 as never), 'The parameters (number) don\'t match the method signature for SpreadsheetApp.Range.setValues.'],
    ['setFormulas([\'=1\', \'=2\'])', (r) => r.setFormulas(['=1', '=2'] as never), 'The parameters (String[]) don\'t match the method signature for SpreadsheetApp.Range.setFormulas.'],
    ['setNumberFormats([\'0\', \'0\'])', (r) => r.setNumberFormats(['0', '0'] as never), 'The parameters (String[]) don\'t match the method signature for SpreadsheetApp.Range.setNumberFormats.'],
    ['setBackgrounds([null, null])', (r) => r.setBackgrounds([null, null] as never), 'The parameters (Object[]) don\'t match the method signature for SpreadsheetApp.Range.setBackgrounds.'],
  ])('%s throws Apps Script’s wrong-argument message', (_name, call, message) => {
    const range = firstSheet(localWith()).getRange('A1:B1');
    expect(() => call(range)).toThrow(message);
    expect(range.getValues()).toEqual([['', '']]);
  });

  it('a 2-D argument of the wrong size still reports the mismatch', () => {
    const range = firstSheet(localWith()).getRange('A1:B1');
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.');
  });
});

describe('sheet layout', () => {
  it('hidden rows and columns, widths, frozen panes', () => {
    const sheet = firstSheet(localWith());
    sheet.hideRows(2, 2);
    sheet.hideColumns(3);
    sheet.setColumnWidths(1, 2, 180);
    sheet.setFrozenColumns(1);
    expect([sheet.isRowHiddenByUser(2), sheet.isRowHiddenByUser(3), sheet.isRowHiddenByUser(4), sheet.isColumnHiddenByUser(3), sheet.getColumnWidth(2), sheet.getColumnWidth(3), sheet.getFrozenColumns()]).toEqual([true, true, false, true, 180, 100, 1]);
    sheet.insertRowBefore(1);
    expect([sheet.isRowHiddenByUser(2), sheet.isRowHiddenByUser(3), sheet.isRowHiddenByUser(4)]).toEqual([false, true, true]);
    sheet.showRows(3, 2);
    expect(sheet.isRowHiddenByUser(3)).toBe(false);
  });

  it('getSheetValues and getDataRange on an empty sheet', () => {
    const sheet = firstSheet(localWith());
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('B2').setValue(7);
    expect(sheet.getSheetValues(1, 1, 2, 2)).toEqual([['', ''], ['', 7]]);
  });
});
