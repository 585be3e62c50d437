/**
 * Regression: a named range whose cells went away (its sheet deleted, or every row or
 * column it covered) made formulas naming it show #NAME?, as if it had never existed.
 * Sheets shows #REF!.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it, vi } from 'vitest';
import type { SpreadsheetPort } from '../../src/sheet/ports.ts';
import { firstSheet, localWith } from './helpers.ts';

describe('regression: a named range on a deleted sheet showed #NAME? instead of #REF!', () => {
  it.each<[string, (ss: SpreadsheetPort) => void]>([
    ['its sheet is deleted', (ss) => ss.deleteSheet(ss.getSheetByName('Data') as never)],
    ['every row it covered is deleted', (ss) => ss.getSheetByName('Data')?.deleteRows(1, 3)],
    ['every column it covered is deleted', (ss) => ss.getSheetByName('Data')?.deleteColumn(1)],
  ])('%s: formulas naming it show #REF!', (_name, remove) => {
    const s = localWith();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const data = ss.insertSheet('Data');
    data.getRange('A1:A3').setValues([[1], [2], [3]]);
    ss.setNamedRange('Scores', data.getRange('A1:A3'));
    const sheet = firstSheet(s);
    sheet.getRange('A1:B1').setFormulas([['=SUM(Scores)', '=1+1']]);
    expect(sheet.getRange('A1').getValue()).toBe(6);
    remove(ss);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', 2]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(Scores)');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual([]);
    expect(ss.getRangeByName('Scores')).toBeNull();
    // Naming cells again brings the formula back.
    sheet.getRange('C1:C2').setValues([[10], [20]]);
    ss.setNamedRange('Scores', sheet.getRange('C1:C2'));
    expect(sheet.getRange('A1').getValue()).toBe(30);
  });

  it('an unknown name is still #NAME?', () => {
    const sheet = firstSheet(localWith());
    sheet.getRange('A1').setFormula('=SUM(Nowhere)');
    expect(sheet.getRange('A1').getValue()).toBe('#NAME?');
  });

  it('the named range survives a save and load as #REF!', async () => {
    const { createLocalServices } = await import('../../local/index.ts');
    const s = localWith();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(5);
    ss.setNamedRange('Five', data.getRange('A1'));
    firstSheet(s).getRange('A1').setFormula('=Five*2');
    ss.deleteSheet(data);
    const loaded = createLocalServices({ state: s.save(), functions: 'none' });
    expect(loaded.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]?.getRange('A1').getValue()).toBe('#REF!');
  });
});

describe('custom function names are added to HyperFormula’s global language once', () => {
  it('a second spreadsheet with the same functions does not extend the language again', () => {
    localWith();
    const language = HyperFormula.getLanguage('enGB');
    const spy = vi.spyOn(language, 'extendFunctions');
    try {
      localWith();
      localWith();
      expect(spy).not.toHaveBeenCalled();
      // A set with a new name adds just that name.
      localWith({ functions: () => ({ specs: [{ name: 'ONCE_ONLY', summary: '', params: [], returns: '' }], functions: { ONCE_ONLY: () => 1 } }) });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0]?.[0]).toEqual({ ONCE_ONLY: 'ONCE_ONLY' });
    } finally {
      spy.mockRestore();
    }
  });
});
