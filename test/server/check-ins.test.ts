/**
 * Check-ins through the server API on a Retail table made on 2026-11-29 (its log holds 18
 * readings in rows 2–19): where a reading lands, who it is from, the Confidence cell, text
 * written as text, the lock, and every refusal leaving the workbook as it was.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { HEADER_ROW } from '../../src/sheet/table-create.ts';
import { cells, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R2 = { tableId: 'T1', goalId: 'R2' } as const;
/** R2's row on the goal sheet. */
const R2_ROW = HEADER_ROW + 3;

/** The response, and whether the workbook (every sheet, cell, format and property) is as it was. */
function refused(a: TableApi, method: Parameters<TableApi['call']>[0], params: unknown) {
  const before = a.s.saveJson();
  const r = a.call(method, params);
  return { r, unchanged: a.s.saveJson() === before };
}

describe('a check-in', () => {
  it('appends a row after the last reading: date, goal id as the table spells it, value, confidence, note, who', () => {
    const a = withTable();
    const r = value(a.call('checkIn', { ...R2, goalId: ' r2 ', value: 44, confidence: 7, note: 'after the promotion' }));
    expect(r.reading).toEqual({ row: 20, date: '2026-11-29', goalId: 'R2', value: 44, confidence: 7, note: 'after the promotion', who: 'Merchandising' });
    expect(cells(a.log, 'A20:F20')).toEqual([['2026-11-29', 'R2', 44, 7, 'after the promotion', 'Merchandising']]);
    expect(a.log.getRange('A20').getDisplayValue()).toBe('2026-11-29');
  });

  it('finds the last reading from the log\'s own columns: a range formula spilling beside the log does not move it', () => {
    const a = withTable();
    a.log.getRange('H2').setFormula('=SEQUENCE(500)');
    expect(a.log.getLastRow()).toBe(501);
    expect(value(a.call('checkIn', { ...R2, value: 44 })).reading.row).toBe(20);
    expect(value(a.call('checkIn', { ...R2, value: 44.5 })).reading.row).toBe(21);
    expect(cells(a.log, 'B19:C22')).toEqual([['R1', 536648], ['R2', 44], ['R2', 44.5], ['', '']]);
  });

  it('adds rows to a full log', () => {
    const a = withTable();
    a.log.deleteRows(21, a.log.getMaxRows() - 20);
    expect(a.log.getMaxRows()).toBe(20);
    value(a.call('checkIn', { ...R2, value: 44 }));
    value(a.call('checkIn', { ...R2, value: 45 }));
    expect(a.log.getMaxRows()).toBe(21);
    expect(cells(a.log, 'C20:C21')).toEqual([[44], [45]]);
  });

  it('takes a date from the past, refuses one from the future, and defaults to today', () => {
    const a = withTable();
    expect(value(a.call('checkIn', { ...R2, value: 43, date: '2026-11-20' })).reading.date).toBe('2026-11-20');
    const { r, unchanged } = refused(a, 'checkIn', { ...R2, value: 43, date: '2026-11-30' });
    expect(r).toEqual({ ok: false, error: { code: 'reading-in-future', field: 'date', message: 'date 2026-11-30 is after today (2026-11-29): a reading cannot come from the future' } });
    expect(unchanged).toBe(true);
  });

  it('writes people\'s text as text: formulas, numbers, dates, flags and HTML stay exactly as typed', () => {
    const a = withTable();
    const texts = ['=IMPORTXML("http://x", "//a")', '+1', '-1', '00123', '1/2', 'TRUE', '<img src=x onerror=alert(1)>', "'quoted"];
    texts.forEach((note, i) => value(a.call('checkIn', { ...R2, value: 44, note, who: texts[(i + 1) % texts.length] })));
    const rows = a.log.getRange(20, 5, texts.length, 2);
    expect(rows.getValues()).toEqual(texts.map((t, i) => [t, texts[(i + 1) % texts.length]]));
    expect(rows.getFormulas().flat().every((f) => f === '')).toBe(true);
  });
});

describe('who checked in', () => {
  it('is the name typed (remembered for this person), else the name they gave last, else the goal\'s owner', () => {
    const a = withTable();
    const user = a.s.PropertiesService.getUserProperties();
    expect(value(a.call('checkIn', { ...R2, value: 44 })).reading.who).toBe('Merchandising');
    expect(user.getProperty('goalpost.who')).toBeNull();
    expect(value(a.call('checkIn', { ...R2, value: 44, who: '  Dana  ' })).reading.who).toBe('Dana');
    expect(user.getProperty('goalpost.who')).toBe('Dana');
    expect(value(a.call('checkIn', { tableId: 'T1', goalId: 'R1', value: 540_000 })).reading.who).toBe('Dana');
  });

  it('is not remembered when the check-in is refused', () => {
    const a = withTable();
    expect(a.call('checkIn', { ...R2, goalId: 'R9', value: 44, who: 'Eve' }).ok).toBe(false);
    expect(a.s.PropertiesService.getUserProperties().getProperty('goalpost.who')).toBeNull();
  });
});

describe('confidence', () => {
  it('the goal\'s Confidence cell shows its newest check-in\'s judgement; the status never uses it', () => {
    const a = withTable();
    const cell = () => a.sheet.getRange(R2_ROW, col('confidence')).getValue();
    const status = () => a.sheet.getRange(R2_ROW, col('status')).getValue();
    expect(value(a.call('checkIn', { ...R2, value: 44.1, confidence: 3 })).confidenceShown).toBe(true);
    expect([cell(), status()]).toEqual([3, 'At risk']);
    // A back-dated check-in is not the newest: the cell keeps today's judgement.
    expect(value(a.call('checkIn', { ...R2, value: 43.9, confidence: 9, date: '2026-11-25' })).confidenceShown).toBe(false);
    expect(cell()).toBe(3);
    // A check-in without a confidence leaves the judgement as it was.
    value(a.call('checkIn', { ...R2, value: 44.1 }));
    expect([cell(), status()]).toEqual([3, 'At risk']);
  });
});

describe('the document lock', () => {
  it('a check-in waits for another execution\'s change and lands after it: both writes are kept', () => {
    const a = withTable();
    value(a.call('checkIn', { ...R2, value: 44 }));
    // Another person's change holds the lock for 3 seconds of the 10 this request waits.
    a.s.local.lock.holdByOtherExecution('document', 3000);
    expect(value(a.call('checkIn', { tableId: 'T1', goalId: 'R1', value: 540_000 })).reading.row).toBe(21);
    expect(cells(a.log, 'B20:C21')).toEqual([['R2', 44], ['R1', 540000]]);
    expect(a.s.local.lock.holder()).toBeNull();
  });

  it('a lock that stays busy is a clear "try again", and nothing is written', () => {
    const a = withTable();
    a.s.local.lock.holdByOtherExecution('document');
    const { r, unchanged } = refused(a, 'checkIn', { ...R2, value: 44, who: 'Dana' });
    expect(r).toEqual({ ok: false, error: { code: 'busy', message: 'Goalpost is busy with another change to this spreadsheet. Try again in a moment.' } });
    expect(unchanged).toBe(true);
    a.s.local.lock.releaseOtherExecution('document');
    expect(value(a.call('checkIn', { ...R2, value: 44, who: 'Dana' })).reading.row).toBe(20);
  });
});

describe('a refused check-in changes nothing', () => {
  const cases: [string, (a: TableApi) => void, unknown, { code: string; message: string; field?: string }][] = [
    ['a table that is gone', () => undefined, { tableId: 'T9', goalId: 'R2', value: 1 },
      { code: 'unknown-table', field: 'tableId', message: 'goal table "T9" is not in this spreadsheet any more: reload the goals' }],
    ['a goal id that no longer exists', (a) => a.sheet.getRange(R2_ROW, col('id')).setValue('R2b'), { ...R2, value: 1 },
      { code: 'unknown-goal', field: 'goalId', message: 'goal "R2" is not in Retail goals any more (its row was deleted or its id changed): reload the goals' }],
    ['a deleted KPI log', (a) => a.app.getActiveSpreadsheet().deleteSheet(a.log), { ...R2, value: 1 },
      { code: 'log-missing', message: 'Retail goals: its KPI log sheet was deleted: undo the deletion (or restore it from version history), or create a new table' }],
    ['a goal table whose header was edited', (a) => a.sheet.getRange(HEADER_ROW, col('owner')).setValue('Responsible person'), { ...R2, value: 1 },
      { code: 'table-columns-missing', message: 'Retail goals: the header row has no "Owner" column: type the header back (or undo the change)' }],
    ['a log whose header was edited', (a) => a.log.getRange('C1').setValue('Amount'), { ...R2, value: 1 },
      { code: 'log-header-changed', message: 'Retail goals log: row 1 should read Date, Goal id, Value, Confidence, Note, Who: type the headers back (or undo the change) so entries land in the right columns' }],
    ['a goal id used twice', (a) => a.sheet.getRange(HEADER_ROW + 4, col('id')).setValue('r2'), { ...R2, value: 1 },
      { code: 'duplicate-id', message: 'Retail goals!A6 "R2" is also in A5: give every goal its own id' }],
  ];
  it.each(cases)('%s', (_name, spoil, params, error) => {
    const a = withTable();
    spoil(a);
    const { r, unchanged } = refused(a, 'checkIn', params);
    expect(r).toEqual({ ok: false, error });
    expect(unchanged).toBe(true);
  });
});

describe('a check-in on a duplicated sheet', () => {
  it('before any Refresh, it claims the copy: the reading goes to the copy\'s own log and shows there; the original keeps its own', () => {
    const a = withTable();
    const ss = a.app.getActiveSpreadsheet();
    a.sheet.activate();
    const copy = ss.duplicateActiveSheet();
    const listed = value(a.call('listGoals', {}));
    expect(listed.tables.map((t) => t.id)).toEqual(['T1', 'T2']);
    const logBefore = a.log.getDataRange().getValues();
    const current = (sheet: typeof copy) => sheet.getRange(HEADER_ROW + 2, col('current')).getValue();
    const originalR1 = current(a.sheet);
    value(a.call('checkIn', { tableId: 'T2', goalId: 'R1', value: 549000, date: '2026-11-29' }));
    expect(a.log.getDataRange().getValues()).toEqual(logBefore);
    const own = ss.getSheetByName('Copy of Retail goals log');
    expect(own?.getRange(own.getLastRow(), 2, 1, 2).getValues()).toEqual([['R1', 549000]]);
    expect(current(copy)).toBe(549000);
    expect(current(a.sheet)).toBe(originalR1);
  });
});
