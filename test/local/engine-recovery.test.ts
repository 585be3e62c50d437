/**
 * The engine's last line of defence: whatever makes HyperFormula throw mid-evaluation, reads
 * do not throw. HyperFormula is made to throw while it evaluates a formula's arguments (where
 * "Unknown array" came from, see error-input-spill.test.ts) whenever an argument holds the
 * marker text; that formula is quarantined as #ERROR! and everything else keeps working.
 */
import { describe, expect, it, vi } from 'vitest';
import { SimpleRangeValue } from 'hyperformula';
import { createLocalServices } from '../../local/index.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';

const MARKER = 'HyperFormula throws here';

vi.mock('../../local/engine/hf-values.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../local/engine/hf-values.ts')>();
  return {
    ...original,
    argumentToSheets: (v: unknown, clock: never) => {
      const cells = v instanceof SimpleRangeValue ? v.data.flat() : [v];
      if (cells.includes(MARKER)) throw new Error('Unknown array');
      return original.argumentToSheets(v, clock);
    },
  };
});

/** Times HyperFormula's array table read throws next: a failure no custom call can be blamed for. */
let tableThrows = 0;

vi.mock('../../local/engine/hf-internals.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../local/engine/hf-internals.ts')>();
  return {
    ...original,
    spilledArrays: (hf: never) => {
      if (tableThrows > 0) {
        tableThrows--;
        throw new Error('HyperFormula failed');
      }
      return original.spilledArrays(hf);
    },
  };
});

describe('engine recovery: HyperFormula throwing while evaluating one formula', () => {
  it('quarantines that formula; its dependents, other formulas, other sheets and plain cells still read', () => {
    const s = createLocalServices();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = s.SpreadsheetApp.getActiveSheet() as SheetPort;
    const other = ss.insertSheet('Other') as SheetPort;
    other.getRange('A1').setFormula('=2*3');
    sheet.getRange('A1:A3').setValues([[1], [MARKER], [3]]);
    sheet.getRange('B1').setFormula('=GOAL_PROGRESS(0, 10, A1:A3)');
    sheet.getRange('D1').setFormula('=GOAL_ROLLUP(B1:B3)');
    sheet.getRange('E1').setFormula('=GOAL_PROGRESS(0, 10, 5)');

    expect(sheet.getRange('B1').getValue()).toBe('#ERROR!');
    expect(s.local.cellError('Sheet1', 'B1')?.message).toMatch(/could not/);
    expect(sheet.getRange('D1').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('E1').getValue()).toBe(0.5);
    expect(sheet.getRange('A1').getValue()).toBe(1);
    expect(other.getRange('A1').getValue()).toBe(6);

    // Entering the formula again gives it another chance.
    sheet.getRange('A2').setValue(2);
    sheet.getRange('B1').setFormula('=GOAL_PROGRESS(0, 10, A1:A3)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[0.1], [0.2], [0.3]]);
    expect(sheet.getRange('D1').getValue()).toBeCloseTo(0.2);
    expect(s.local.formulaErrors('Sheet1')).toEqual({});
  });

  it('with no formula to blame, every formula is quarantined rather than reads throwing; an edited formula runs again', () => {
    const s = createLocalServices();
    const sheet = s.SpreadsheetApp.getActiveSheet() as SheetPort;
    sheet.getRange('A1').setValue(4);
    sheet.getRange('B1').setFormula('=A1*2');
    tableThrows = 2;
    sheet.getRange('C1').setFormula('=A1+1');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[4, '#ERROR!', '#ERROR!']]);
    expect(tableThrows).toBe(0);
    sheet.getRange('C1').setFormula('=A1+1');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[4, '#ERROR!', 5]]);
  });
});
