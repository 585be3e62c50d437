/**
 * Done-when checks of the local spreadsheet issue: Goalpost's own custom functions compute
 * inside cells, the "Insert function guide" runs and every formula it writes computes
 * without error, and a goal table built through the API alone saves and loads unchanged.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { insertFunctionGuide } from '../../src/sheet/function-guide.ts';
import { FUNCTIONS_HEADER_ROW, GUIDE_ROWS, GUIDE_SHEET } from '../../src/sheet/function-guide-layout.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';

describe("Goalpost's custom functions in cells", () => {
  it.each([
    ['=GOAL_PROGRESS(500000,550000,520000)', 0.4],
    ['=GOAL_EXPECTED(DATE(2026,1,1),DATE(2026,3,31),DATE(2026,2,15))', 45 / 89],
  ])('%s computes %d', (formula, expected) => {
    const s = createLocalServices({ timeZone: 'Europe/Paris' });
    const app: SpreadsheetAppPort = s.SpreadsheetApp;
    const cell = app.getActiveSheet().getRange('A1');
    cell.setFormula(formula);
    expect(cell.getValue()).toBeCloseTo(expected, 12);
    expect(s.local.cellError('Sheet1', 'A1')).toBeNull();
  });

  it('range arguments arrive whole: one call fills a column', () => {
    const s = createLocalServices({ timeZone: 'America/New_York' });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C3').setValues([[500000, 550000, 520000], [40, 32, 36], [25, 30, 20]]);
    sheet.getRange('D1').setFormula('=GOAL_PROGRESS(A1:A3, B1:B3, C1:C3)');
    const got = sheet.getRange('D1:D3').getValues().map((r) => r[0] as number);
    expect(got[0]).toBeCloseTo(0.4, 12);
    expect(got[1]).toBeCloseTo(0.5, 12);
    expect(got[2]).toBeCloseTo(-1, 12);
  });

  it('a bad single value shows #ERROR! with the function’s message', () => {
    const s = createLocalServices();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setFormula('=GOAL_PROGRESS("lots",550000,520000)');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    expect(s.local.cellError('Sheet1', 'A1')?.message).toMatch(/\S/);
  });
});

describe('the function guide on the local spreadsheet', () => {
  it.each(['Etc/UTC', 'Pacific/Auckland', 'America/Los_Angeles'])('every formula it writes computes without error (%s)', (timeZone) => {
    const s = createLocalServices({ timeZone });
    expect(insertFunctionGuide(s.SpreadsheetApp)).toBe('inserted');
    const sheet = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(GUIDE_SHEET);
    expect(sheet).not.toBeNull();
    const formulas = sheet?.getDataRange().getFormulas().flat().filter((f) => f !== '') ?? [];
    expect(formulas.length).toBeGreaterThan(10);
    expect(s.local.formulaErrors(GUIDE_SHEET)).toEqual({});
    const shown = sheet?.getDataRange().getDisplayValues().flat() ?? [];
    expect(shown.filter((v) => v.startsWith('#'))).toEqual([]);
    // Each function's live result matches its hand-worked value: the Check column reads ✓.
    const checks = sheet?.getRange(FUNCTIONS_HEADER_ROW + 1, 5, GUIDE_ROWS.length, 1).getValues().flat();
    expect(checks).toEqual(GUIDE_ROWS.map(() => '✓'));
    // The range calls beside the examples spill one status per example.
    expect(sheet?.getRange('K5:K8').getValues().flat()).toEqual(['At risk', 'On track', 'Achieved', 'Off track']);
    expect(sheet?.getRange('J5:J6').getDisplayValues().flat()).toEqual(['40.0%', '50.0%']);
  });

  it('a second run leaves the guide alone and says so', () => {
    const s = createLocalServices();
    insertFunctionGuide(s.SpreadsheetApp);
    expect(insertFunctionGuide(s.SpreadsheetApp)).toBe('exists');
    expect(s.local.ui.toasts().length).toBe(1);
  });
});
