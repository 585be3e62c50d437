/** Inserting and deleting rows and columns: everything on the sheet moves as in Sheets. */
import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../local/formula/references.ts';
import { firstSheet, localWith } from './helpers.ts';

describe('formula references after a structure change on Sheet1', () => {
  const row = (at: number, delta: number) => ({ sheet: 'Sheet1', axis: 'row' as const, at, delta });
  const col = (at: number, delta: number) => ({ sheet: 'Sheet1', axis: 'col' as const, at, delta });
  it.each([
    ['=A5', row(3, 2), '=A7'],
    ['=A5', row(6, 2), '=A5'],
    ['=$A$5', row(1, 1), '=$A$6'],
    ['=SUM(A2:A5)', row(3, 2), '=SUM(A2:A7)'],
    ['=SUM(A2:A5)', row(6, 1), '=SUM(A2:A5)'],
    ['=SUM(A2:A5)', row(2, 1), '=SUM(A3:A6)'],
    ['=SUM(A2:A5)', row(3, -2), '=SUM(A2:A3)'],
    ['=SUM(A2:A5)', row(1, -2), '=SUM(A1:A3)'],
    ['=SUM(A2:A5)', row(2, -4), '=SUM(#REF!)'],
    ['=A5*2', row(5, -1), '=#REF!*2'],
    ['=SUM(B2:B)', row(1, 1), '=SUM(B3:B)'],
    ['=SUM(B:B)', row(1, 3), '=SUM(B:B)'],
    ['=SUM(2:4)', row(3, 1), '=SUM(2:5)'],
    ['=C1+Other!C1', col(2, 1), '=D1+Other!C1'],
    ['=SUM(A1:C1)', col(2, -1), '=SUM(A1:B1)'],
    ['="A5 stays"&A5', row(1, 1), '="A5 stays"&A6'],
    ["=LOG10(A5)", row(1, 1), '=LOG10(A6)'],
  ])('%s with %j → %s', (formula, change, expected) => {
    expect(shiftFormula(formula, 'Sheet1', change)).toBe(expected);
  });

  it('references from another sheet follow the change', () => {
    expect(shiftFormula('=Sheet1!A5+A5', 'Other', { sheet: 'Sheet1', axis: 'row', at: 1, delta: 1 })).toBe('=Sheet1!A6+A5');
    expect(shiftFormula("='My sheet'!B2", 'Other', { sheet: 'My sheet', axis: 'col', at: 1, delta: 2 })).toBe("='My sheet'!D2");
  });
});

describe('inserting and deleting on a sheet', () => {
  function setUp() {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    sheet.getRange('A1:B4').setValues([['h1', 'h2'], [1, 10], [2, 20], [3, 30]]);
    sheet.getRange('C2').setFormula('=SUM(B2:B4)');
    sheet.getRange('B3').setNumberFormat('0.0').setBackground('#ff0000').setNote('note');
    sheet.getRange('A3').setDataValidation(app.newDataValidation().requireNumberBetween(0, 9).build());
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=$B2>15').setBold(true).setRanges([sheet.getRange('A2:B4')]).build()]);
    sheet.getRange('3:3').addDeveloperMetadata('row3');
    sheet.getRange('B:B').addDeveloperMetadata('colB');
    sheet.getRange('A2:B4').protect().setDescription('body');
    app.getActiveSpreadsheet().setNamedRange('Body', sheet.getRange('A2:B4'));
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B4')).setPosition(6, 2, 0, 0).build());
    return { s, app, sheet };
  }

  it('insertRowsBefore moves cells, formats, notes, validation, rules, metadata, protections, named ranges and charts', () => {
    const { s, app, sheet } = setUp();
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A5:B5').getValues()).toEqual([[2, 20]]);
    expect(sheet.getRange('C2').getFormula()).toBe('=SUM(B2:B6)');
    expect(sheet.getRange('C2').getValue()).toBe(60);
    expect([sheet.getRange('B5').getNumberFormat(), sheet.getRange('B5').getBackground(), sheet.getRange('B5').getNote()]).toEqual(['0.0', '#ff0000', 'note']);
    expect(sheet.getRange('A5').getDataValidation()?.getCriteriaValues()).toEqual([0, 9]);
    const rule = sheet.getConditionalFormatRules()[0];
    expect(rule?.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B6']);
    expect(rule?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2>15']);
    expect(sheet.createDeveloperMetadataFinder().withKey('row3').find()[0]?.getLocation().getRow()?.getA1Notation()).toBe('5:5');
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe('A2:B6');
    expect(app.getActiveSpreadsheet().getRangeByName('Body')?.getA1Notation()).toBe('A2:B6');
    expect(s.local.charts('Sheet1')[0]).toMatchObject({ ranges: [{ row: 1, numRows: 6 }], position: { row: 8 } });
  });

  it('deleting a row removes its metadata and shrinks what spanned it', () => {
    const { app, sheet } = setUp();
    sheet.deleteRow(3);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([['h1', 'h2'], [1, 10], [3, 30]]);
    expect(sheet.getRange('C2').getFormula()).toBe('=SUM(B2:B3)');
    expect(sheet.createDeveloperMetadataFinder().withKey('row3').find()).toEqual([]);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B3']);
    expect(app.getActiveSpreadsheet().getRangeByName('Body')?.getA1Notation()).toBe('A2:B3');
    expect(sheet.getRange('B3').getNote()).toBe('');
  });

  it('deleting a column removes its metadata; inserting one moves column metadata right', () => {
    const { sheet } = setUp();
    sheet.insertColumnBefore(1);
    expect(sheet.createDeveloperMetadataFinder().withKey('colB').find()[0]?.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
    expect(sheet.getRange('D2').getFormula()).toBe('=SUM(C2:C4)');
    sheet.deleteColumn(3);
    expect(sheet.createDeveloperMetadataFinder().withKey('colB').find()).toEqual([]);
    expect(sheet.getRange('C2').getFormula()).toBe('=SUM(#REF!)');
  });

  it.each([
    ['deleteRows past the end', (sh: ReturnType<typeof firstSheet>) => sh.deleteRows(1000, 2), 'Those rows are out of bounds.'],
    ['deleteColumns past the end', (sh: ReturnType<typeof firstSheet>) => sh.deleteColumns(26, 2), 'Those columns are out of bounds.'],
    ['deleting every row', (sh: ReturnType<typeof firstSheet>) => sh.deleteRows(1, 1000), "You can't delete all the rows on the sheet."],
    ['insertRowBefore row 0', (sh: ReturnType<typeof firstSheet>) => sh.insertRowBefore(0), 'Those rows are out of bounds.'],
  ])('%s throws', (_name, act, message) => {
    const s = localWith();
    expect(() => act(firstSheet(s))).toThrow(message);
  });

  it('appendRow writes after the last row with content and grows a full sheet', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['x', '=1+1', '2026-01-15']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:B1001').getValues()).toEqual([['x', 2]]);
  });

  it('appendRow counts a spilled range formula as content', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=SEQ(4)');
    sheet.appendRow(['next']);
    expect(sheet.getRange('A5').getValue()).toBe('next');
  });
});
