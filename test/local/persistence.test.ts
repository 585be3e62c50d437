/** Saving the whole workbook to JSON and loading it back unchanged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalServices, loadStateFile } from '../../local/index.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small goal table, built through the SpreadsheetApp API alone. */
function buildGoalTable(app: SpreadsheetAppPort): void {
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Goals');
  sheet.getRange('A1:H1').setValues([['Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'Progress', 'Bar']]).setFontWeight('bold').setBackground('#E8F0FE');
  sheet.getRange('A2:F3').setValues([
    ['Revenue', 500000, 550000, 520000, '2026-01-01', '2026-03-31'],
    ['Wait time', 40, 32, 36, '2026-01-01', '2026-07-01'],
  ]);
  sheet.getRange('G2').setFormula('=GOAL_PROGRESS(B2:B3, C2:C3, D2:D3)');
  sheet.getRange('H2:H3').setFormulas([['=SPARKLINE(MIN(1,G2),{"charttype","bar";"max",1})'], ['=SPARKLINE(MIN(1,G3),{"charttype","bar";"max",1})']]);
  sheet.getRange('G2:G3').setNumberFormat('0.0%');
  sheet.getRange('A2').setNote('From the sales dashboard');
  sheet.getRange('1:1').addDeveloperMetadata('goalpost.table', '{"v":1}');
  sheet.setFrozenRows(1);
  sheet.getRange('D2:D3').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
  sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(0.5).setFontColor('#d93025').setRanges([sheet.getRange('G2:G3')]).build()]);
  sheet.insertChart(sheet.newChart().asColumnChart().setTitle('Progress').addRange(sheet.getRange('A1:A3')).addRange(sheet.getRange('G1:G3')).setPosition(6, 1, 0, 0).build());
  sheet.getRange('A1:H1').protect().setDescription('goalpost:header').setWarningOnly(true);
  ss.setNamedRange('GoalTable', sheet.getRange('A1:H3'));
  ss.addDeveloperMetadata('goalpost.version', '1');
}

function snapshot(app: SpreadsheetAppPort) {
  const sheet = app.getActiveSpreadsheet().getSheetByName('Goals');
  if (!sheet) throw new Error('no Goals sheet');
  const range = sheet.getDataRange();
  return {
    a1: range.getA1Notation(),
    values: range.getValues(),
    display: range.getDisplayValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    weights: range.getFontWeights(),
    note: sheet.getRange('A2').getNote(),
    frozen: sheet.getFrozenRows(),
    metadata: sheet.createDeveloperMetadataFinder().withKey('goalpost.table').find().map((m) => [m.getValue(), m.getLocation().getRow()?.getA1Notation()]),
    spreadsheetMetadata: app.getActiveSpreadsheet().getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]),
    validation: sheet.getRange('D3').getDataValidation()?.getCriteriaValues(),
    rules: sheet.getConditionalFormatRules().map((r) => [r.getBooleanCondition()?.getFontColor(), r.getRanges().map((x) => x.getA1Notation())]),
    charts: sheet.getCharts().map((c) => [c.getOptions().get('title'), c.getRanges().map((x) => x.getA1Notation()), c.getContainerInfo().getAnchorRow()]),
    protections: sheet.getProtections(app.ProtectionType.RANGE).map((p) => [p.getDescription(), p.isWarningOnly()]),
    named: app.getActiveSpreadsheet().getRangeByName('GoalTable')?.getA1Notation(),
    zone: app.getActiveSpreadsheet().getSpreadsheetTimeZone(),
  };
}

describe('saving and loading', () => {
  it('a goal table built through the API alone reads the same after save and load', () => {
    const first = createLocalServices({ timeZone: 'America/Chicago' });
    buildGoalTable(first.SpreadsheetApp);
    const before = snapshot(first.SpreadsheetApp);
    expect(before.values[1]?.[6]).toBeCloseTo(0.4, 12);
    expect(before.display[2]?.[6]).toBe('50.0%');
    expect(before.values[1]?.[4]).toEqual(new Date('2026-01-01T06:00:00Z'));

    const dir = mkdtempSync(join(tmpdir(), 'goalpost-local-'));
    dirs.push(dir);
    const path = join(dir, 'workbook.json');
    first.PropertiesService.getDocumentProperties().setProperty('settings', '{"theme":"light"}');
    first.saveToFile(path);

    const second = createLocalServices({ state: loadStateFile(path) });
    expect(snapshot(second.SpreadsheetApp)).toEqual(before);
    expect(second.PropertiesService.getDocumentProperties().getProperty('settings')).toBe('{"theme":"light"}');
    expect(second.save()).toEqual(first.save());
    expect(second.local.sparkline('Goals', 'H2')?.data[0]).toBeCloseTo(0.4, 12);
  });

  it('new metadata after loading gets a fresh id', () => {
    const first = createLocalServices({ functions: 'none' });
    first.SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata('a');
    const second = createLocalServices({ functions: 'none', state: first.save() });
    second.SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata('b');
    const ids = second.SpreadsheetApp.getActiveSpreadsheet().getDeveloperMetadata().map((m) => m.getId());
    expect(new Set(ids).size).toBe(2);
  });

  it('the saved state is plain JSON', () => {
    const s = createLocalServices({ functions: 'none' });
    s.SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([['=1+1', new Date(0)]]);
    const state = s.save();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
