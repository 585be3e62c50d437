/**
 * Regression: "the Bar keeps the old status's colour after a check-in". A goal table's Bar
 * cell reads its row's status, spilled into the Status column by an ARRAYFORMULA over a
 * custom function, from inside an array literal (SPARKLINE's options). HyperFormula 3.5.0
 * takes no dependencies from array literals, so the Bar was recomputed only when its data
 * changed, and then possibly before the status column (the old colour). Formulas reading a
 * cell inside a custom-function array must recompute whenever that cell changes: when the
 * array is re-entered because its size changed, and when only its values change.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { firstSheet, localWith } from './helpers.ts';
import { value, withTable } from '../server/helpers.ts';

describe('regression: a formula reading a cell inside a custom-function array recomputes', () => {
  it.each([
    ['a plain reference', '=B3*10', (n: number) => (n >= 3 ? 30 : 0)],
    ['a reference inside an array literal', '=INDEX({0, B3*10}, 1, 2)', (n: number) => (n >= 3 ? 30 : 0)],
  ])('%s, as the array is re-entered at each new size', (_name, formula, expected) => {
    const sheet = firstSheet(localWith());
    sheet.getRange('B1').setFormula('=SEQ(A1)');
    sheet.getRange('D1').setFormula(formula);
    for (const n of [2, 3, 5, 1, 4]) {
      sheet.getRange('A1').setValue(n);
      expect(sheet.getRange('D1').getValue()).toBe(expected(n));
    }
  });

  it('a reference inside a SPARKLINE option literal, when only the values change', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(DOUBLE(A1:A3))');
    sheet.getRange('C2').setFormula('=SPARKLINE(1, {"charttype","bar";"color1",IF(B2>10, "red", "green")})');
    expect(s.local.sparkline('Sheet1', 'C2')?.options).toMatchObject({ color1: 'green' });
    sheet.getRange('A2').setValue(6);
    expect(sheet.getRange('B2').getValue()).toBe(12);
    expect(s.local.sparkline('Sheet1', 'C2')?.options).toMatchObject({ color1: 'red' });
  });

  it('a goal table: after a check-in the Bar has the new status\'s colour', () => {
    const a = withTable();
    const sheetName = a.sheet.getName();
    expect(a.sheet.getRange('S5').getValue()).toBe('At risk');
    expect(a.s.local.sparkline(sheetName, 'W5')?.options).toMatchObject({ color1: '#fbbc04' });
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 46.2 }));
    expect(a.sheet.getRange('S5').getValue()).toBe('Achieved');
    expect(a.s.local.sparkline(sheetName, 'W5')).toEqual({ data: [1], options: { charttype: 'bar', max: 1, color1: '#1e8e3e' } });
  });
});
