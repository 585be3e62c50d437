/**
 * Regression: "Resizing to smaller array". HyperFormula threw from ArrayValue.resize when a
 * custom function returned a larger array than the area reserved for it, and the engine
 * kept the half-updated (or destroyed) instance, so every later read failed or went stale.
 * Each case grows an array, then checks the whole result shows and other formulas still work.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';
import { firstSheet, localWith } from './helpers.ts';

/** A formula elsewhere on the sheet: it must keep computing whatever happens to the array. */
function withBystander(sheet: SheetPort): () => unknown {
  sheet.getRange('Z1').setFormula('=1+1');
  return () => sheet.getRange('Z1').getValue();
}

describe('regression: a spilled array that grows ("Resizing to smaller array")', () => {
  it.each([
    ['rows (SEQ 1 → 2 → 3 → 5)', '=SEQ(A1)', [1, 2, 3, 5], (n: number) => ({ range: 'B1:B6', values: Array.from({ length: 6 }, (_, i) => [i < n ? i + 1 : '']) })],
    ['columns (SEQ_ROW 1 → 2 → 3 → 5)', '=SEQ_ROW(A1)', [1, 2, 3, 5], (n: number) => ({ range: 'B1:G1', values: [Array.from({ length: 6 }, (_, i) => (i < n ? i + 1 : ''))] })],
    ['rows, then shrinking and growing again', '=SEQ(A1)', [4, 2, 6], (n: number) => ({ range: 'B1:B7', values: Array.from({ length: 7 }, (_, i) => [i < n ? i + 1 : '']) })],
  ])('an input change makes the result grow: %s', (_name, formula, sizes, expected) => {
    const sheet = firstSheet(localWith());
    const bystander = withBystander(sheet);
    sheet.getRange('B1').setFormula(formula);
    for (const n of sizes) {
      sheet.getRange('A1').setValue(n);
      const { range, values } = expected(n);
      expect(sheet.getRange(range).getValues()).toEqual(values);
      // Read twice: a failed sync used to leave later reads silently stale.
      expect(sheet.getRange(range).getValues()).toEqual(values);
      expect(bystander()).toBe(2);
    }
  });

  it.each([
    ['A1:A2', 2],
    ['A1:A4', 4],
    ['A1:A', 1000],
  ])('GOAL_PARSE over %s fills n × 6 cells (a guessed n × 1 was reserved first)', (range, rows) => {
    const s = createLocalServices();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    const bystander = withBystander(sheet);
    sheet.getRange('A1:A2').setValues([['Increase revenue to 550000 by 2026-12-31'], ['Reduce churn from 40 to 32 by June']]);
    sheet.getRange('C1').setFormula(`=GOAL_PARSE(${range}, DATE(2026,1,1))`);
    const values = sheet.getRange(1, 3, rows, 6).getValues();
    expect(values[0]?.slice(0, 4)).toEqual(['increase', '', 550000, 'revenue']);
    expect(values[1]?.slice(0, 4)).toEqual(['decrease', '', 32, 'churn']);
    expect(values.slice(2).every((row) => row.every((v) => v === ''))).toBe(true);
    expect(s.local.formulaErrors('Sheet1')).toEqual({});
    expect(sheet.getLastColumn()).toBe(26);
    expect(bystander()).toBe(2);
  });

  /** GOAL_PROGRESS over open ranges: every row of the sheet is part of the array. */
  function progressSheet() {
    const s = createLocalServices();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A2:C3').setValues([[500000, 550000, 520000], [40, 32, 36]]);
    sheet.getRange('D2').setFormula('=GOAL_PROGRESS(A2:A, B2:B, C2:C)');
    const bystander = withBystander(sheet);
    expect(sheet.getRange('D2:D3').getValues()).toEqual([[0.4], [0.5]]);
    return { s, sheet, bystander };
  }

  it.each<[string, (sheet: SheetPort) => void, string, unknown[][]]>([
    ['insertRowBefore inside the data', (sh) => sh.insertRowBefore(3), 'D2:D4', [[0.4], [''], [0.5]]],
    ['insertRowsBefore the formula row', (sh) => sh.insertRowsBefore(2, 3), 'D5:D6', [[0.4], [0.5]]],
    ['insertRowsAfter the last row', (sh) => sh.insertRowsAfter(sh.getMaxRows(), 5), 'D2:D3', [[0.4], [0.5]]],
    ['insertRowAfter the last row, twice', (sh) => { sh.insertRowAfter(sh.getMaxRows()); sh.insertRowAfter(sh.getMaxRows()); }, 'D2:D3', [[0.4], [0.5]]],
    ['deleteRow inside the data', (sh) => sh.deleteRow(3), 'D2:D3', [[0.4], ['']]],
    ['appendRow on a full sheet', (sh) => { sh.getRange(sh.getMaxRows(), 1).setValue('last'); sh.appendRow([100, 200, 150]); }, 'D2:D3', [[0.4], [0.5]]],
  ])('a structure change under an open-range array formula: %s', (_name, change, range, expected) => {
    const { s, sheet, bystander } = progressSheet();
    change(sheet);
    expect(sheet.getRange(range).getValues()).toEqual(expected);
    expect(bystander()).toBe(2);
    expect(s.local.formulaErrors('Sheet1')).toEqual({});
    // The array still reaches the sheet's (new) last row.
    expect(sheet.getLastRow()).toBe(sheet.getMaxRows());
  });

  it('appendRow on a full sheet writes after the spilled array, and the array covers the new row', () => {
    const { sheet, bystander } = progressSheet();
    sheet.appendRow([100, 200, 150]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:D1001').getValues()).toEqual([[100, 200, 150, 0.5]]);
    expect(bystander()).toBe(2);
  });

  it('a column-open array grows when columns are added at the end', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('B1:Z1').setValues([Array.from({ length: 25 }, (_, i) => i + 1)]);
    sheet.getRange('A2').setFormula('=DOUBLE(B1:1)');
    const bystander = () => sheet.getRange('A5').getValue();
    sheet.getRange('A5').setFormula('=1+1');
    expect(sheet.getRange('Y2').getValue()).toBe(50);
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    sheet.getRange('AA1:AB1').setValues([[26, 27]]);
    expect(sheet.getRange('Y2:AA2').getValues()).toEqual([[50, 52, 54]]);
    expect(bystander()).toBe(2);
  });

  it('a formula HyperFormula cannot size is #ERROR! in its own cell; the workbook keeps working', () => {
    // Both calls share one cell, so no single learnt size fits: HyperFormula throws every time.
    const s = localWith();
    const sheet = firstSheet(s);
    const bystander = withBystander(sheet);
    sheet.getRange('A1:B1').setValues([[3, 1]]);
    sheet.getRange('C1').setFormula('={SEQ(A1);SEQ(B1)}');
    expect(sheet.getRange('C1').getValue()).toBe('#ERROR!');
    expect(s.local.cellError('Sheet1', 'C1')?.message).toMatch(/could not evaluate this formula/);
    expect(bystander()).toBe(2);
    sheet.getRange('D1').setFormula('=SEQ(2)');
    expect(sheet.getRange('D1:D2').getValues()).toEqual([[1], [2]]);
    // Editing the formula gives it another chance.
    sheet.getRange('C1').setFormula('=SEQ(A1)');
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[1], [2], [3]]);
  });
});
