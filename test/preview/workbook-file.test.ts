/**
 * The saved workbook is checked when loaded: a damaged file is reported (on the page and
 * the console) and moved aside with its content intact, never silently replaced.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalServices, DamagedWorkbookError, parseSavedState } from '../../local/index.ts';
import { shown, testPreview } from './helpers.ts';

function savedWith(edit: (state: Record<string, any>) => void): string {
  const services = createLocalServices();
  services.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('kept');
  const state = JSON.parse(JSON.stringify(services.save())) as Record<string, any>;
  edit(state);
  return JSON.stringify(state);
}

/** A conditional rule as saved: cell value condition, red background, on A1:A(rows). */
function rule(criteria: string, rows: number, startRow = 1) {
  return {
    ranges: [{ row: startRow, col: 1, numRows: rows, numCols: 1 }],
    boolean: { criteria, values: [5], background: '#ff0000', fontColor: null, bold: null, italic: null, strikethrough: null, underline: null },
  };
}

async function startOn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-damaged-'));
  mkdirSync(join(dir, 'state'));
  writeFileSync(join(dir, 'state', 'workbook.json'), text);
  return testPreview({}, dir);
}

describe('a damaged saved workbook', () => {
  it.each([
    ['cut-off JSON', '{"workbook": {"version": 1, "sheets": [', /^not valid JSON \(/],
    ['a cell that is not a value', savedWith((s) => (s.workbook.sheets[0].content[0][0] = { x: 1 })), /^workbook\.sheets\.0\.content\.0\.0: /],
    ['two sheets of one name', savedWith((s) => s.workbook.sheets.push({ ...s.workbook.sheets[0], id: 99 })), /^workbook\.sheets\.1\.name: a second sheet named "Sheet1"/],
    ['an unknown time zone', savedWith((s) => (s.workbook.timeZone = 'Mars/Olympus')), /^workbook\.timeZone: not a time zone/],
    ['no sheets', savedWith((s) => (s.workbook.sheets = [])), /^workbook\.sheets: a workbook has at least one sheet/],
    ['a conditional rule of an unknown kind', savedWith((s) => s.workbook.sheets[0].conditionalRules.push(rule('NUMBER_ROUGHLY', 1))), /^workbook\.sheets\.0\.conditionalRules\.0\.boolean\.criteria: "NUMBER_ROUGHLY" is not a conditional-format condition Sheets has/],
    ['a named range on a sheet never made', savedWith((s) => s.workbook.namedRanges.push({ name: 'Target', range: { sheetId: 4242, row: 1, col: 1, numRows: 1, numCols: 1 } })), /^workbook\.namedRanges\.0\.range\.sheetId: no sheet 4242 was ever in this workbook/],
  ])('with %s is refused saying where', (_name, text, reason) => {
    expect(() => parseSavedState(text)).toThrow(DamagedWorkbookError);
    expect(() => parseSavedState(text)).toThrow(reason);
  });

  it('is moved aside intact and reported once; the preview starts from an empty workbook', async () => {
    const damaged = savedWith((s) => (s.workbook.sheets[0].maxRows = -5));
    const t = await startOn(damaged);
    const s = await t.state();
    expect(s.notices).toEqual([expect.stringMatching(/^The saved workbook was damaged \(workbook\.sheets\.0\.maxRows: .*\)\. It was moved to .*workbook\.json\.damaged-.* and the preview started from an empty workbook\.$/)]);
    expect(shown(s.sheet.cells, 'A1')).toBe('');
    const aside = readdirSync(join(t.dir, 'state')).filter((f) => f.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(t.dir, 'state', aside[0] as string), 'utf8')).toBe(damaged);
    expect((await t.state()).notices).toEqual([]);
    await t.stop();
  });

  it('a sound file loads as saved', async () => {
    const t = await startOn(savedWith(() => undefined));
    const s = await t.state();
    expect([s.notices, shown(s.sheet.cells, 'A1')]).toEqual([[], 'kept']);
    await t.stop();
  });

  it('with small faults loads repaired, and says what it repaired', async () => {
    const faulty = savedWith((s) => {
      s.workbook.activeSheetId = 777;
      s.workbook.sheets[0].conditionalRules.push(rule('NUMBER_GREATER_THAN', 5000), rule('NUMBER_LESS_THAN', 10, 2000));
    });
    const t = await startOn(faulty);
    const s = await t.state();
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatch(/^The saved workbook had small faults, repaired on loading: /);
    expect(s.notices[0]).toContain('workbook.activeSheetId: no sheet has id 777; "Sheet1" is active instead');
    expect(s.notices[0]).toContain('workbook.sheets.0.conditionalRules.0.ranges.0: ran past "Sheet1" (1000 rows, 26 columns); cut to the sheet');
    expect(s.notices[0]).toContain('workbook.sheets.0.conditionalRules.1: no range left on the sheet; the rule was dropped');
    expect([s.activeSheet, shown(s.sheet.cells, 'A1')]).toEqual(['Sheet1', 'kept']);
    const rules = t.preview.session.services.SpreadsheetApp.getActiveSheet().getConditionalFormatRules();
    expect(rules.map((r) => r.getRanges().map((g) => g.getA1Notation()))).toEqual([['A1:A1000']]);
    // Saved repaired: the next start has nothing to report.
    await t.restart();
    expect((await t.state()).notices).toEqual([]);
    await t.stop();
  });

  it('a named range whose sheet was deleted stays, as Sheets keeps it', () => {
    const services = createLocalServices();
    const book = services.SpreadsheetApp.getActiveSpreadsheet();
    const other = book.insertSheet('Other');
    book.setNamedRange('Target', other.getRange('A1'));
    book.deleteSheet(other);
    expect(() => parseSavedState(JSON.stringify(services.save()))).not.toThrow();
  });
});
