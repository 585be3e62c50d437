/** Formula cells through HyperFormula, with Sheets' calling convention for custom functions. */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

describe('custom functions receive arguments as Sheets passes them', () => {
  it.each([
    ['=KIND_OF(A1)', 'number,undefined,undefined'],
    ['=KIND_OF(A1:C1, A1:A3)', 'array 1x3,array 3x1,undefined'],
    ['=KIND_OF(B2)', 'blank,undefined,undefined'],
    ['=KIND_OF(C3)', 'date,undefined,undefined'],
    ['=KIND_OF("x", TRUE, 1)', 'string,boolean,number'],
    ['=KIND_OF({1,2;3,4})', 'array 2x2,undefined,undefined'],
    ['=ROWS_OF(A1:A3)', 3],
    ['=ROWS_OF(A2:A)', 999],
  ])('%s → %j', (formula, expected) => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:C3').setValues([[1, 2, 3], [4, '', 6], [7, 8, '2026-01-15']]);
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toBe(expected);
  });

  it('a date cell arrives as midnight in the spreadsheet zone, whatever the process zone', () => {
    const s = localWith({ timeZone: 'Asia/Kolkata' });
    const sheet = firstSheet(s);
    sheet.getRange('A1').setValue('2026-03-29');
    sheet.getRange('B1').setFormula('=NEXT_DAY(A1)');
    // 2026-03-30 00:00 in Kolkata (UTC+5:30) is 2026-03-29 18:30 UTC.
    expect(sheet.getRange('B1').getValue()).toEqual(new Date(Date.UTC(2026, 2, 29, 18, 30)));
    // Shown with the pattern of the ISO date it was computed from (Sheets' automatic format).
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-03-30');
  });

  it('the function sees the spreadsheet zone through its env', () => {
    const s = localWith({ timeZone: 'Australia/Adelaide' });
    firstSheet(s).getRange('A1').setFormula('=ZONE()');
    expect(firstSheet(s).getRange('A1').getValue()).toBe('Australia/Adelaide');
  });

  it('a thrown Error shows #ERROR! and keeps its message for the hover note', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=BOOM("Target must be a number")');
    expect(sheet.getRange('A1').getValues()).toEqual([['#ERROR!']]);
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['#ERROR!']]);
    expect(s.local.cellError('Sheet1', 'A1')).toEqual({ code: '#ERROR!', message: 'Target must be a number' });
  });

  it('an error argument propagates without calling the function', () => {
    const s = localWith();
    firstSheet(s).getRange('A1').setFormula('=BOOM(1/0)');
    expect(firstSheet(s).getRange('A1').getValue()).toBe('#DIV/0!');
  });
});

describe('range results spill', () => {
  it('a returned column spills and follows its input size', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A3)');
    expect(sheet.getRange('B1:B4').getValues()).toEqual([[2], [4], [6], ['']]);
    sheet.getRange('B1').setFormula('=DOUBLE(A1:A2)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], ['']]);
    expect(sheet.getLastRow()).toBe(3);
  });

  it('a blocked spill is #REF! with Sheets’ message, and clears when the blocker goes', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=SEQ(3)');
    sheet.getRange('A3').setValue('x');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#REF!'], [''], ['x']]);
    expect(s.local.cellError('Sheet1', 'A1')).toEqual({ code: '#REF!', message: 'Array result was not expanded because it would overwrite data in A3.' });
    sheet.getRange('A3').clearContent();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
  });

  it('ARRAYFORMULA over open ranges spills to the sheet’s last row', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A2:B3').setValues([[2, 10], [3, 20]]);
    sheet.getRange('C2').setFormula('=ARRAYFORMULA(IF(A2:A="","",A2:A*B2:B))');
    expect(sheet.getRange('C2:C4').getValues()).toEqual([[20], [60], ['']]);
    sheet.getRange('A4:B4').setValues([[4, 30]]);
    expect(sheet.getRange('C4').getValue()).toBe(120);
    expect(sheet.getLastRow()).toBe(1000);
  });

  it('a value typed into a spilled cell blocks the array', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=SEQ(2)');
    expect(sheet.getRange('A2').getValue()).toBe(2);
    sheet.getRange('A2').setValue(9);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], [9]]);
  });
});

describe('array sizes: learnt, guessed, kept across structure changes', () => {
  it.each([
    ['cells below the anchor hold data', 'B1', 'B2'],
    ['cells below the anchor are empty', 'C1', 'D9'],
  ])('a function over a range that returns one value is not blocked (%s)', (_name, anchor, elsewhere) => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange(elsewhere).setValue('data');
    sheet.getRange(anchor).setFormula('=TOTAL(A1:A3)');
    expect(sheet.getRange(anchor).getValue()).toBe(6);
    expect(sheet.getLastRow()).toBe(Math.max(3, Number(elsewhere.slice(1))));
  });

  it('a guess blocked by another array’s spill is dropped, then the real size decides', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B5').setFormula('=TOTAL(A1:A3)');
    sheet.getRange('A6').setFormula('=PAIR()');
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['left', 'right']]);
    expect(sheet.getRange('B5').getValue()).toBe(6);
  });

  it('a guess over another array’s spill, written after it, is dropped too', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A6').setFormula('=PAIR()');
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['left', 'right']]);
    sheet.getRange('B5').setFormula('=TOTAL(A1:A3)');
    expect(sheet.getRange('B5:B6').getValues()).toEqual([[6], ['right']]);
  });

  it('a spilled array keeps its size after rows are inserted above it', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=SEQ(3)');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange('A3:A6').getValues()).toEqual([[1], [2], [3], ['']]);
    expect(sheet.getRange('A3').getFormula()).toBe('=SEQ(3)');
  });
});

describe('built-ins and SPARKLINE', () => {
  it.each([
    ['=IF(A1>1,"big","small")', 'big'],
    ['=MIN(1,A1/B1)', 0.2],
    ['=MAX(A1:B1)', 10],
    ['=ROUND(A1/3,2)', 0.67],
    ['=IFERROR(A1/0,"none")', 'none'],
    ['=A1/0', '#DIV/0!'],
    ['=NOPE(1)', '#NAME?'],
    ['=TEXT(0.4,"0%")', '40%'],
    ['=SUM(A:A)', 2],
    ['=SUM(1:1)', 12],
    ['=DATE(2026,1,15)', new Date(Date.UTC(2026, 0, 15))],
    ['=A1+', '#ERROR!'],
  ])('%s → %j', (formula, expected) => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:B1').setValues([[2, 10]]);
    sheet.getRange('D2').setFormula(formula);
    expect(sheet.getRange('D2').getValue()).toEqual(expected);
  });

  it('SPARKLINE reads "" and keeps a spec the preview can draw', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:B1').setValues([[520000, 550000]]);
    sheet.getRange('C1').setFormula('=SPARKLINE(MIN(1,A1/B1),{"charttype","bar";"max",1;"color1","#34a853"})');
    expect(sheet.getRange('C1').getValue()).toBe('');
    const spec = s.local.sparkline('Sheet1', 'C1');
    expect(spec?.options).toEqual({ charttype: 'bar', max: 1, color1: '#34a853' });
    expect(spec?.data[0]).toBeCloseTo(520000 / 550000, 12);
  });

  it('formula text is normalised as Sheets shows it', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setValue('=sum(b1:b2)+if(true,1,0)');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B1:B2)+IF(true,1,0)');
  });

  it('named ranges resolve in formulas', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.SpreadsheetApp.getActiveSpreadsheet().setNamedRange('Scores', sheet.getRange('A1:A3'));
    sheet.getRange('B1').setFormula('=SUM(Scores)');
    expect(sheet.getRange('B1').getValue()).toBe(6);
  });

  it('formulas read other sheets, and follow a rename', () => {
    const s = localWith();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(5);
    const first = ss.getSheetByName('Sheet1');
    first?.getRange('A1').setFormula('=Data!A1*2');
    expect(first?.getRange('A1').getValue()).toBe(10);
    data.setName('My data');
    expect(first?.getRange('A1').getFormula()).toBe("='My data'!A1*2");
    data.getRange('A1').setValue(6);
    expect(first?.getRange('A1').getValue()).toBe(12);
    ss.deleteSheet(data);
    expect(first?.getRange('A1').getValue()).toBe('#REF!');
  });
});

describe('keeping computed values current', () => {
  it('a circular reference is #REF! with Sheets’ message', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:B1').setFormulas([['=B1+1', '=A1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
    expect(s.local.cellError('Sheet1', 'A1')?.message).toMatch(/^Circular dependency detected/);
  });

  it('clearing a formula clears its spill; overwriting it with a value too', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setFormula('=SEQ(3)');
    expect(sheet.getLastRow()).toBe(3);
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['plain'], [''], ['']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  it('moving a named range recalculates formulas that use it', () => {
    const s = localWith();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = firstSheet(s);
    sheet.getRange('A1:B2').setValues([[1, 10], [2, 20]]);
    ss.setNamedRange('Col', sheet.getRange('A1:A2'));
    sheet.getRange('C1').setFormula('=SUM(Col)');
    expect(sheet.getRange('C1').getValue()).toBe(3);
    ss.getNamedRanges()[0]?.setRange(sheet.getRange('B1:B2'));
    expect(sheet.getRange('C1').getValue()).toBe(30);
  });

  it('changing the spreadsheet zone changes the Dates custom functions see', () => {
    const s = localWith({ timeZone: 'Etc/UTC' });
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = firstSheet(s);
    sheet.getRange('A1').setValue('2026-01-15');
    sheet.getRange('B1').setFormula('=NEXT_DAY(A1)');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-01-16');
    ss.setSpreadsheetTimeZone('Pacific/Kiritimati');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2026-01-16');
    expect(sheet.getRange('B1').getValue()).toEqual(new Date(Date.UTC(2026, 0, 15, 10)));
  });

  it('flush brings formulas up to date and is counted', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A2').setValues([[1], ['=A1*5']]);
    s.SpreadsheetApp.flush();
    expect(s.counter.counts()['SpreadsheetApp.flush']).toBe(1);
    expect(sheet.getRange('A2').getValue()).toBe(5);
  });
});

