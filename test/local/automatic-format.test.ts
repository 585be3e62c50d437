/**
 * Sheets' automatic formats for formula results: a date result shows like the date cell it
 * refers to, a numeric result like the percent cell it refers to; a cell's own format wins.
 */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

function sheetWith(inputs: string[][], formulas: string[][]) {
  const s = localWith();
  const sheet = firstSheet(s);
  sheet.getRange(1, 1, inputs.length, inputs[0]?.length ?? 1).setValues(inputs);
  sheet.getRange(1, 3, formulas.length, formulas[0]?.length ?? 1).setFormulas(formulas);
  return { s, sheet };
}

describe('automatic formats of formula results', () => {
  it('a date result shows with the pattern of the date cell it refers to', () => {
    const { sheet } = sheetWith([['2026-03-01', '3/1/2026']], [['=A1+1', '=NEXT_DAY(A1)', '=B1+1', '=DATE(2026,12,28)']]);
    expect(sheet.getRange('C1:F1').getDisplayValues()).toEqual([['2026-03-02', '2026-03-02', '3/2/2026', '12/28/2026']]);
  });

  it('a custom function returning dates over a range shows every spilled date like its input', () => {
    const { sheet } = sheetWith([['2026-01-31', ''], ['2026-02-28', '']], [['=NEXT_DAY(A1)'], ['=NEXT_DAY(A2)']]);
    expect(sheet.getRange('C1:C2').getDisplayValues()).toEqual([['2026-02-01'], ['2026-03-01']]);
  });

  it('a number computed from a percent cell shows as a percent, spilled cells too', () => {
    const { sheet } = sheetWith([['50%', '12.5%'], ['4', '0.25']], [['=A1*2', '=DOUBLE(B1:B2)', '=A2*2']]);
    // 0.5 × 2 = 100% (0%); B1:B2 doubled = 25.0%, 50.0% (0.0%, from B1); A2 has no format.
    expect(sheet.getRange('C1:E2').getDisplayValues()).toEqual([['100%', '25.0%', '8'], ['', '50.0%', '']]);
  });

  it('a cell\'s own format wins, and getNumberFormat and getValues are unchanged', () => {
    const { sheet } = sheetWith([['50%', '2026-03-01']], [['=A1*2', '=B1+1']]);
    sheet.getRange('C1').setNumberFormat('0.000');
    expect(sheet.getRange('C1:D1').getDisplayValues()).toEqual([['1.000', '2026-03-02']]);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('C1').getValue()).toBe(1);
  });

  it('text and dates computed without a date reference keep the defaults', () => {
    const { sheet } = sheetWith([['50%', '2026-03-01']], [['=B1-DATE(2026,1,1)', '=IF(A1>0,"yes","no")']]);
    expect(sheet.getRange('C1:D1').getDisplayValues()).toEqual([['59', 'yes']]);
  });

  it('follows a reference to another sheet', () => {
    const s = localWith();
    const settings = s.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Settings');
    settings.getRange('B1').setValue('2026-06-30');
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=Settings!B1+1');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-07-01');
  });

  it('functions that return dates show dates; functions of date cells that pass a value through take its pattern', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A2').setValues([['2026-03-31'], ['2026-04-15']]);
    const formulas = [
      '=MAX(A1:A2)', '=MIN(A1,A2)', '=WORKDAY(DATE(2026,1,1),5)', '=EDATE(A1,1)', '=EOMONTH(A1,0)', '=MEDIAN(A1:A2)',
      '=LARGE(A1:A2,2)', '=SMALL(A1:A2,1)', '=INDEX(A1:A2,2)', '=IF(A1>A2,A1,A2)', '=CHOOSE(2,A1,A2)', '=MAX(A1:A2)+1',
      '=IFERROR(MIN(A1:A2),"")', '=TIME(13,30,0)',
    ];
    sheet.getRange(1, 2, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
    expect(sheet.getRange(1, 2, formulas.length, 1).getDisplayValues().map((r) => r[0])).toEqual([
      '2026-04-15', '2026-03-31', '1/8/2026', '2026-04-30', '2026-03-31', '2026-04-07', '2026-03-31', '2026-03-31',
      '2026-04-15', '2026-04-15', '2026-04-15', '2026-04-16', '2026-03-31', '1:30:00 PM',
    ]);
    // getValues gives a Date where the cell shows one, as Apps Script does.
    expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
  });

  it('functions that return plain numbers from dates keep showing numbers', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A2').setValues([['2026-03-31'], ['2026-04-15']]);
    const formulas = ['=DATEVALUE("2026-01-01")', '=A2-A1', '=DAYS(A2,A1)', '=YEAR(A1)', '=COUNT(A1:A2)', '=MAX(A1:A2)-MIN(A1:A2)', '=NETWORKDAYS(A1,A2)'];
    sheet.getRange(1, 2, formulas.length, 1).setFormulas(formulas.map((f) => [f]));
    expect(sheet.getRange(1, 2, formulas.length, 1).getDisplayValues().map((r) => r[0])).toEqual(['46023', '15', '15', '2026', '2', '15', '12']);
    expect(sheet.getRange('B1').getValue()).toBe(46023);
  });

  it('a date passed through a formula cell stays a date in the cells that read it', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A2').setValues([['2026-03-31'], ['2026-04-15']]);
    sheet.getRange('B1:B2').setFormulas([['=MAX(A1:A2)'], ['=B1+7']]);
    expect(sheet.getRange('B1:B2').getDisplayValues()).toEqual([['2026-04-15'], ['2026-04-22']]);
  });

  it('a number computed from a currency cell shows as currency; typed scientific numbers show in scientific', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('E1').setValue('$5');
    sheet.getRange('E2').setFormula('=E1*3');
    sheet.getRange('E3').setValue('1e6');
    expect(sheet.getRange('E1:E3').getDisplayValues()).toEqual([['$5.00'], ['$15.00'], ['1.00E+06']]);
  });
});
