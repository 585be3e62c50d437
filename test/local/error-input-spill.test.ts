/**
 * Regression: "a single error value in an input column makes every read throw" (HyperFormula
 * "Unknown array"). A range-call formula reserved as an n-row array returned one error when
 * an argument range held an error; HyperFormula kept it as an errored array it cannot read
 * as a range, so a formula over the spill (a rollup) threw, and every later read of the
 * workbook with it. Now the error propagates into every cell of the reserved area, formulas
 * over it see the error, and fixing the input brings everything back.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';

function workbook() {
  const s = createLocalServices();
  const ss = s.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = s.SpreadsheetApp.getActiveSheet() as SheetPort;
  const other = ss.insertSheet('Other') as SheetPort;
  other.getRange('A1').setValue(20);
  other.getRange('B1').setFormula('=A1*2');
  // Unrelated cells: a plain value, a formula on the same sheet, a formula on another sheet.
  sheet.getRange('Z1').setValue('plain');
  sheet.getRange('Z2').setFormula('=1+1');
  sheet.getRange('Z3').setFormula('=Other!B1+1');
  const unrelatedStillRead = () => {
    expect(sheet.getRange('Z1:Z3').getValues()).toEqual([['plain'], [2], [41]]);
    expect(other.getRange('A1:B1').getValues()).toEqual([[20, 40]]);
  };
  return { s, sheet, unrelatedStillRead };
}

describe('regression: an error in an input column makes every read throw ("Unknown array")', () => {
  it.each([
    ['GOAL_ROLLUP(C1:C3)', '=GOAL_ROLLUP(C1:C3)', 1],
    ['KPI_NPS(C1:C3)', '=KPI_NPS(C1:C3)', undefined],
    ['GOAL_PROGRESS(C1:C3, …)', '=GOAL_PROGRESS(A1:A3,A1:A3,C1:C3,"at least")', undefined],
  ])('the reported repro, read through %s', (_name, formula, fixed) => {
    const { s, sheet, unrelatedStillRead } = workbook();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=1/0');
    sheet.getRange('C1').setFormula('=GOAL_PROGRESS(A1:A3,A1:A3,B1:B3,"at least")');
    sheet.getRange('E1').setFormula(formula);
    expect(sheet.getRange('E1').getValue()).toBe('#DIV/0!');
    expect(sheet.getRange('A1').getValue()).toBe(1);
    // The spill keeps its size, each cell the error.
    expect(sheet.getRange('C1:C3').getValues()).toEqual([['#DIV/0!'], ['#DIV/0!'], ['#DIV/0!']]);
    expect(s.local.cellError('Sheet1', 'C1')?.code).toBe('#DIV/0!');
    unrelatedStillRead();

    sheet.getRange('B1').setValue(1);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[1], [''], ['']]);
    expect(s.local.formulaErrors('Sheet1')).toEqual({});
    if (fixed !== undefined) expect(sheet.getRange('E1').getValue()).toBeCloseTo(fixed);
    unrelatedStillRead();
  });

  it.each([
    ['#DIV/0!', '=1/0'],
    ['#N/A', '=NA()'],
  ])('%s in a Current column feeding GOAL_PROGRESS and GOAL_STATUS spills, with a rollup over the progress spill', (code, bad) => {
    const { s, sheet, unrelatedStillRead } = workbook();
    // Baseline, Target, Current; rows 2..4.
    sheet.getRange('A2:C4').setValues([[500000, 550000, 520000], [40, 32, 36], [0, 10, 5]]);
    sheet.getRange('C3').setFormula(bad);
    sheet.getRange('D2').setFormula('=GOAL_PROGRESS(A2:A4, B2:B4, C2:C4)');
    sheet.getRange('E2').setFormula('=GOAL_STATUS(A2:A4, B2:B4, C2:C4, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))');
    sheet.getRange('F2').setFormula('=GOAL_ROLLUP(D2:D4)');
    sheet.getRange('G2').setFormula('=COUNTA(E2:E4)');

    expect(sheet.getRange('F2').getValue()).toBe(code);
    expect(sheet.getRange('D2:E4').getValues()).toEqual([
      [code, code],
      [code, code],
      [code, code],
    ]);
    expect(s.local.cellError('Sheet1', 'D2')?.code).toBe(code);
    expect(s.local.cellError('Sheet1', 'E2')?.code).toBe(code);
    expect(sheet.getRange('A2:B4').getValues()).toEqual([[500000, 550000], [40, 32], [0, 10]]);
    unrelatedStillRead();
    // Read again: a failed sync used to leave later reads throwing or stale.
    expect(sheet.getRange('F2').getValue()).toBe(code);
    unrelatedStillRead();

    sheet.getRange('C3').setValue(36);
    expect(sheet.getRange('D2:D4').getValues()).toEqual([[0.4], [0.5], [0.5]]);
    expect(sheet.getRange('E2:E4').getValues().map(([v]) => typeof v === 'string' && v !== '' && !v.startsWith('#'))).toEqual([true, true, true]);
    expect(sheet.getRange('F2').getValue()).toBeCloseTo((0.4 + 0.5 + 0.5) / 3);
    expect(sheet.getRange('G2').getValue()).toBe(3);
    expect(s.local.formulaErrors('Sheet1')).toEqual({});
    unrelatedStillRead();
  });

  it('a single-cell error argument propagates to a scalar call, and the workbook keeps reading', () => {
    const { s, sheet, unrelatedStillRead } = workbook();
    sheet.getRange('A1').setFormula('=NA()');
    sheet.getRange('B1').setFormula('=GOAL_PROGRESS(40, 32, A1)');
    sheet.getRange('C1').setFormula('=B1');
    expect(sheet.getRange('B1:C1').getValues()).toEqual([['#N/A', '#N/A']]);
    expect(s.local.cellError('Sheet1', 'B1')?.code).toBe('#N/A');
    unrelatedStillRead();
    sheet.getRange('A1').setValue(36);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[0.5, 0.5]]);
  });

  it('a function that throws inside a reserved array shows #ERROR! in one cell; a formula over the area still reads', () => {
    const { s, sheet, unrelatedStillRead } = workbook();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    // Ranges of different lengths make the whole call throw (one #ERROR!), not a row.
    sheet.getRange('C1').setFormula('=GOAL_PROGRESS(A1:A3, A1:A3, A1:A2)');
    sheet.getRange('E1').setFormula('=GOAL_ROLLUP(C1:C3)');
    expect(sheet.getRange('C1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('C2:C3').getValues()).toEqual([[''], ['']]);
    expect(sheet.getRange('E1').getValue()).toBe('#ERROR!');
    expect(s.local.cellError('Sheet1', 'E1')?.message).not.toMatch(/could not/);
    unrelatedStillRead();
  });
});
