/**
 * A user duplicates a goal sheet (the tab's Duplicate, or Sheet.copyTo), and sorts a table,
 * the way Sheets does them on the local spreadsheet. The copy carries the header's
 * metadata; Refresh makes it a table of its own: a new id, its own KPI log and change log
 * (copies of the original's, so its values are what they were), its formulas reading them,
 * and its target revisions kept in its own change log. Created on 2026-11-29 (the Retail
 * quarter: 2026-10-01 to 2026-12-31).
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { dayFromYmd } from '../../src/core/dates.ts';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import type { SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { findTables, LOG_KEY, CHANGES_KEY } from '../../src/sheet/table-find.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { refreshTables } from '../../src/sheet/table-refresh.ts';

const TODAY = dayFromYmd(2026, 11, 29);
const FIRST = HEADER_ROW + 1;
const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const letter = (role: ColumnRole): string => String.fromCharCode(64 + col(role));

function retail() {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  const app = s.SpreadsheetApp as unknown as SpreadsheetAppPort;
  const { sheet, log } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
  return { s, app, ss: app.getActiveSpreadsheet(), sheet, log };
}
const computed = (sheet: SheetPort): unknown[][] =>
  sheet.getRange(FIRST, 1, 4, GOAL_COLUMNS.length).getValues().map((r) => (['current', 'readingDate', 'progress', 'expected', 'status', 'outlook', 'stale'] as const).map((role) => r[col(role) - 1]));
const body = (sheet: SheetPort): unknown[][] => sheet.getDataRange().getValues();

describe('a duplicated goal sheet becomes a table of its own', () => {
  it('Duplicate, then Refresh: a new id, its own KPI log and change log copied from the original, its formulas reading them, the same values', () => {
    const { s, app, ss, sheet, log } = retail();
    const before = computed(sheet);
    const changes = ss.getSheetByName('Retail goals changes') as SheetPort;
    const [logBefore, changesBefore] = [body(log), body(changes)];
    sheet.activate();
    const copy = ss.duplicateActiveSheet();
    expect(copy.getName()).toBe('Copy of Retail goals');
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual([]);
    const tables = findTables(app, ss, false);
    expect(tables.map((t) => [t.sheet.getName(), t.meta.table])).toEqual([['Retail goals', 'T1'], ['Copy of Retail goals', 'T2']]);
    const [original, own] = tables.map((t) => t.meta);
    const name = (id: number | undefined) => ss.getSheets().find((x) => x.getSheetId() === id)?.getName();
    expect([name(own?.log), name(own?.changes)]).toEqual(['Copy of Retail goals log', 'Copy of Retail goals changes']);
    expect([name(original?.log), name(original?.changes)]).toEqual(['Retail goals log', 'Retail goals changes']);
    // The copies hold the original's rows, and are tagged with the copy's table id.
    const ownLog = ss.getSheetByName('Copy of Retail goals log') as SheetPort;
    const ownChanges = ss.getSheetByName('Copy of Retail goals changes') as SheetPort;
    expect(body(ownLog)).toEqual(logBefore);
    expect(body(ownChanges)).toEqual(changesBefore);
    expect(ownLog.createDeveloperMetadataFinder().withKey(LOG_KEY).find().map((m) => m.getValue())).toEqual([JSON.stringify({ v: 1, table: 'T2' })]);
    expect(ownChanges.createDeveloperMetadataFinder().withKey(CHANGES_KEY).find().map((m) => m.getValue())).toEqual([JSON.stringify({ v: 1, table: 'T2' })]);
    // Every formula of the copy that reads a log reads its own.
    const formulas = copy.getDataRange().getFormulas().flat().filter((f) => f.includes('log'));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toContain("'Copy of Retail goals log'!");
    expect(computed(copy)).toEqual(before);
    expect(computed(sheet)).toEqual(before);
    expect(s.local.formulaErrors('Copy of Retail goals')).toEqual({});
    // A second Refresh claims nothing more.
    const sheets = ss.getNumSheets();
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(ss.getNumSheets()).toBe(sheets);
  }, 60_000);

  it('a target edited in the copy is one revision in the copy\'s change log, however many Refreshes; the original\'s log and change log are untouched', () => {
    const { app, ss, sheet, log } = retail();
    const changes = ss.getSheetByName('Retail goals changes') as SheetPort;
    const copy = sheet.copyTo(ss);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    const [logBefore, changesBefore] = [body(log), body(changes)];
    copy.getRange(`${letter('target')}${FIRST + 1}`).setValue(600000);
    for (let i = 0; i < 3; i++) expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    expect(body(changes)).toEqual(changesBefore);
    expect(body(log)).toEqual(logBefore);
    const ownChanges = body(ss.getSheetByName('Copy of Retail goals changes') as SheetPort);
    const revisions = ownChanges.filter((r) => r[1] === 'R1');
    expect(revisions.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([['Target', '', 550000, 'set when the table was made'], ['Target', 550000, 600000, 'edited in the sheet']]);
    expect(sheet.getRange(`${letter('target')}${FIRST + 1}`).getValue()).toBe(550000);
  }, 60_000);

  it('a reading logged for the copy moves only the copy; the original\'s R1 keeps its own readings', () => {
    const { app, ss, sheet } = retail();
    const copy = sheet.copyTo(ss);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    const before = computed(sheet);
    (ss.getSheetByName('Copy of Retail goals log') as SheetPort).appendRow([new Date(Date.UTC(2026, 10, 29)), 'R1', 549000]);
    expect(copy.getRange(`${letter('current')}${FIRST + 1}`).getValue()).toBe(549000);
    expect(computed(sheet)).toEqual(before);
  });

  it('a copy whose original was deleted keeps reading its copied logs', () => {
    const { app, ss, sheet } = retail();
    const before = computed(sheet);
    const copy = sheet.copyTo(ss);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    ss.deleteSheet(sheet);
    ss.deleteSheet(ss.getSheetByName('Retail goals log') as SheetPort);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    expect(computed(copy)).toEqual(before);
  });
});

describe('a table sorted the way a user sorts it', () => {
  it('Sort by KPI, descending: the rows move, Refresh puts Goalpost\'s range formulas back in the first row, and every goal keeps its values', () => {
    const { s, app, sheet } = retail();
    const before = Object.fromEntries(sheet.getRange(FIRST, 1, 4, GOAL_COLUMNS.length).getValues().map((r) => [r[0], (['current', 'progress', 'status', 'stale'] as const).map((role) => r[col(role) - 1])]));
    sheet.getRange(FIRST, 1, 4, GOAL_COLUMNS.length).sort({ column: col('kpi'), ascending: false });
    expect(sheet.getRange(FIRST, 1, 4, 1).getValues().flat()).toEqual(['R1', 'R3', 'R2', 'R']);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    // The report names each of Goalpost's formulas the sort moved out of the first row (and put back).
    expect(result.report.length).toBeGreaterThan(0);
    expect(result.report.filter((l) => !/moved there by a sort: Goalpost cleared it and put the formula back in [A-Z]+3$/.test(l))).toEqual([]);
    const after = Object.fromEntries(sheet.getRange(FIRST, 1, 4, GOAL_COLUMNS.length).getValues().map((r) => [r[0], (['current', 'progress', 'status', 'stale'] as const).map((role) => r[col(role) - 1])]));
    expect(after).toEqual(before);
    // Each bar and trend reads its own row again.
    for (let r = FIRST; r < FIRST + 4; r++) expect(sheet.getRange(r, col('bar')).getFormula()).toContain(`${letter('progress')}${r}`);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
  }, 60_000);
});
