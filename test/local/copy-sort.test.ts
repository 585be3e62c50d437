/** Copying a sheet (Sheet.copyTo, Spreadsheet.duplicateActiveSheet) and sorting a range (Range.sort), as Sheets does them. */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

function setUp() {
  const s = localWith();
  const app = s.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = firstSheet(s);
  sheet.setName('Goals');
  return { s, app, ss, sheet };
}

describe('copying a sheet', () => {
  function filled() {
    const x = setUp();
    const { app, ss, sheet } = x;
    ss.insertSheet('Other', 1).getRange('A1').setValue(10);
    sheet.getRange('A1:B3').setValues([['Name', 'Value'], ['a', 2], ['b', 3]]);
    sheet.getRange('C2').setFormula('=B2*2');
    sheet.getRange('D2').setFormula('=Other!A1+B2');
    sheet.getRange('E2').setFormula('=ARRAYFORMULA(B2:B3+1)');
    sheet.getRange('B2:B3').setNumberFormat('0.00').setNote('typed');
    sheet.getRange('A2:A3').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('A2:A3'), false).build());
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberGreaterThan(2).setBackground('#ff0000').setRanges([sheet.getRange('B2:B3')]).build()]);
    sheet.getRange('C2:C3').protect().setDescription('mine').setWarningOnly(true);
    sheet.setFrozenRows(1);
    sheet.hideColumns(5);
    sheet.getRange('1:1').addDeveloperMetadata('row.key', 'row value', app.DeveloperMetadataVisibility.DOCUMENT);
    sheet.addDeveloperMetadata('sheet.key', 'sheet value');
    ss.addDeveloperMetadata('book.key', 'book value');
    ss.setNamedRange('Names', sheet.getRange('A2:A3'));
    return x;
  }

  it('copyTo: "Copy of" at the end, with values, formulas, formats, notes, validation, rules, protections and the sheet\'s metadata; the active sheet stays', () => {
    const { s, app, ss, sheet } = filled();
    sheet.activate();
    const copy = sheet.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Goals');
    expect(copy.getIndex()).toBe(ss.getNumSheets());
    expect(copy.getSheetId()).not.toBe(sheet.getSheetId());
    expect(ss.getActiveSheet().getName()).toBe('Goals');
    expect(copy.getRange('A1:E3').getValues()).toEqual([['Name', 'Value', '', '', ''], ['a', 2, 4, 12, 3], ['b', 3, '', '', 4]]);
    expect(copy.getRange('C2:E2').getFormulas()).toEqual([['=B2*2', '=Other!A1+B2', '=ARRAYFORMULA(B2:B3+1)']]);
    // The copy's formulas read the copy: a change in the copy moves them, not the original's.
    copy.getRange('B2').setValue(5);
    expect(copy.getRange('C2').getValue()).toBe(10);
    expect(sheet.getRange('C2').getValue()).toBe(4);
    expect(copy.getRange('B2').getNumberFormat()).toBe('0.00');
    expect(copy.getRange('B3').getNote()).toBe('typed');
    expect((copy.getRange('A2').getDataValidation()?.getCriteriaValues()[0] as { getSheet(): { getName(): string } }).getSheet().getName()).toBe('Copy of Goals');
    expect(copy.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['B2:B3']]);
    const p = copy.getProtections(app.ProtectionType.RANGE);
    expect(p.map((x) => [x.getDescription(), x.isWarningOnly(), x.getRange().getA1Notation()])).toEqual([['mine', true, 'C2:C3']]);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.isColumnHiddenByUser(5)).toBe(true);
    // The sheet's and its rows' metadata: new ids, same keys and values, on the copy.
    const rowMd = ss.createDeveloperMetadataFinder().withKey('row.key').find();
    expect(rowMd.map((m) => [m.getLocation().getRow()?.getSheet().getName(), m.getLocation().getRow()?.getRow(), m.getValue()])).toEqual([['Goals', 1, 'row value'], ['Copy of Goals', 1, 'row value']]);
    expect(new Set(rowMd.map((m) => m.getId())).size).toBe(2);
    expect(copy.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['sheet.key', 'sheet value']]);
    // Spreadsheet metadata and named ranges stay as they were.
    expect(ss.createDeveloperMetadataFinder().withKey('book.key').find()).toHaveLength(1);
    expect(ss.getNamedRanges().map((n) => n.getRange().getSheet().getName())).toEqual(['Goals']);
    expect(s.local.formulaErrors('Copy of Goals')).toEqual({});
  });

  it('duplicateActiveSheet: the copy right after the active sheet, made active; a second copy is "Copy of … 2"', () => {
    const { ss, sheet } = filled();
    sheet.activate();
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Goals');
    expect(copy.getIndex()).toBe(sheet.getIndex() + 1);
    expect(ss.getActiveSheet().getName()).toBe('Copy of Goals');
    expect(copy.getRange('C2').getValue()).toBe(4);
    sheet.activate();
    expect(ss.duplicateActiveSheet().getName()).toBe('Copy of Goals 2');
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Goals', 'Copy of Goals 2', 'Copy of Goals', 'Other']);
  });

  it('a copy of a copy, and a deleted copy takes only its own metadata with it', () => {
    const { ss, sheet } = filled();
    const copy = sheet.copyTo(ss);
    const again = copy.copyTo(ss);
    expect(again.getName()).toBe('Copy of Copy of Goals');
    expect(ss.createDeveloperMetadataFinder().withKey('row.key').find()).toHaveLength(3);
    ss.deleteSheet(copy);
    expect(ss.createDeveloperMetadataFinder().withKey('row.key').find().map((m) => m.getLocation().getRow()?.getSheet().getName())).toEqual(['Goals', 'Copy of Copy of Goals']);
  });
});

describe('sorting a range', () => {
  it('moves whole rows by a column, ascending: formulas keep reading their own row, formats and notes move with it', () => {
    const { s, sheet } = setUp();
    sheet.getRange('A1:B4').setValues([['b', 2], ['c', 3], ['a', 1], ['', '']]);
    sheet.getRange('C1').setFormula('=B1*10');
    sheet.getRange('C2').setFormula('=B2*10');
    sheet.getRange('C3').setFormula('=B3*10+$B$1');
    sheet.getRange('A2').setNote('was row 2').setBackground('#00ff00');
    sheet.getRange('A1:C4').sort(1);
    expect(sheet.getRange('A1:C4').getValues()).toEqual([['a', 1, 11], ['b', 2, 20], ['c', 3, 30], ['', '', '']]);
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([['=B1*10+$B$1'], ['=B2*10'], ['=B3*10']]);
    expect(sheet.getRange('A3').getNote()).toBe('was row 2');
    expect(sheet.getRange('A3').getBackground()).toBe('#00ff00');
    expect(s.local.formulaErrors('Goals')).toEqual({});
  });

  it('descending, by a second column for ties; blanks last either way; numbers before text', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:B6').setValues([['x', 1], ['', 9], ['y', 2], [5, 0], ['x', 3], ['Y', 1]]);
    sheet.getRange('A1:B6').sort([{ column: 1, ascending: false }, { column: 2, ascending: true }]);
    expect(sheet.getRange('A1:B6').getValues()).toEqual([['Y', 1], ['y', 2], ['x', 1], ['x', 3], [5, 0], ['', 9]]);
  });

  it('sorts by computed values, and a column outside the range is refused', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:A3').setValues([[3], [1], [2]]);
    sheet.getRange('B1').setFormula('=A1*-1');
    sheet.getRange('B2').setFormula('=A2*-1');
    sheet.getRange('B3').setFormula('=A3*-1');
    sheet.getRange('A1:B3').sort({ column: 2 });
    expect(sheet.getRange('A1:B3').getValues()).toEqual([[3, -3], [2, -2], [1, -1]]);
    expect(() => sheet.getRange('A1:B3').sort(3)).toThrow(/sortSpecObj/);
  });
});
