/**
 * Correcting and deleting check-ins. Each test starts from a Retail table made on
 * 2026-11-29 and one check-in of R2 (42 → 46.2) at 45 with confidence 6 in log row 20.
 * The change log's rows 2–4 hold the template's three targets; corrections follow.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { HEADER_ROW } from '../../src/sheet/table-create.ts';
import { cells, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R2_ROW = HEADER_ROW + 3;
const WAS = { date: '2026-11-29', goalId: 'R2', value: 45 };
const AT = { tableId: 'T1', row: 20, was: WAS };

function withCheckIn(): TableApi {
  const a = withTable();
  value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 45, confidence: 6, note: 'weekend', who: 'Dana' }));
  return a;
}
const changeLog = (a: TableApi) => a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes');
const r2 = (a: TableApi, role: ColumnRole) => a.sheet.getRange(R2_ROW, col(role)).getValue();

describe('correcting a check-in', () => {
  it('rewrites the changed cells and keeps one change-log row per field: old, new, when, who, why', () => {
    const a = withCheckIn();
    const r = value(a.call('correctCheckIn', { action: 'correct', ...AT, value: 44.1, confidence: null, note: 'weekend (till receipts)', reason: 'misread the till', who: 'Lee' }));
    expect(r.reading).toEqual({ row: 20, date: '2026-11-29', goalId: 'R2', value: 44.1, confidence: null, note: 'weekend (till receipts)', who: 'Dana' });
    // The reading keeps who took it; the change log names who corrected it.
    expect(cells(a.log, 'A20:F20')).toEqual([['2026-11-29', 'R2', 44.1, '', 'weekend (till receipts)', 'Dana']]);
    expect(cells(changeLog(a)!, 'A5:H7')).toEqual([
      ['2026-11-29', 'R2', 'Check-in value', 45, 44.1, 'misread the till', 'Lee', '2026-11-29'],
      ['2026-11-29', 'R2', 'Check-in confidence', 6, '', 'misread the till', 'Lee', '2026-11-29'],
      ['2026-11-29', 'R2', 'Check-in note', 'weekend', 'weekend (till receipts)', 'misread the till', 'Lee', '2026-11-29'],
    ]);
    expect(r.changes.map((c) => [c.change, c.old, c.new])).toEqual([['value', 45, 44.1], ['confidence', 6, null], ['note', 'weekend', 'weekend (till receipts)']]);
    // R2 recomputes: (44.1 − 42) / 4.2 = 0.5 against 59/91 = 0.648: pace 0.77 → At risk.
    expect([r2(a, 'current'), r2(a, 'progress'), r2(a, 'status')]).toEqual([44.1, 0.5, 'At risk']);
  });

  it('moves a reading to the day it was taken: the change log keeps both days', () => {
    const a = withCheckIn();
    value(a.call('correctCheckIn', { action: 'correct', ...AT, date: '2026-11-27' }));
    expect(cells(a.log, 'A20')).toEqual([['2026-11-27']]);
    expect(cells(changeLog(a)!, 'A5:H5')).toEqual([['2026-11-29', 'R2', 'Check-in date', '2026-11-29', '2026-11-27', '', 'Dana', '2026-11-27']]);
    expect(changeLog(a)!.getRange('D5:E5').getDisplayValues()).toEqual([['2026-11-29', '2026-11-27']]);
    // R2's reading date follows: judged on Nov 27, day 57 of 91.
    expect(r2(a, 'readingDate')).toEqual(new Date(Date.UTC(2026, 10, 27)));
  });

  it('keeps what it does not change: a formula in another cell of the row stays', () => {
    const a = withCheckIn();
    a.log.getRange('C20').setFormula('=40+5');
    value(a.call('correctCheckIn', { action: 'correct', ...AT, note: 'from the till' }));
    expect(a.log.getRange('C20').getFormula()).toBe('=40+5');
  });

  it('the Confidence cell follows the newest judgement after a correction', () => {
    const a = withCheckIn();
    value(a.call('correctCheckIn', { action: 'correct', ...AT, confidence: 4 }));
    expect(r2(a, 'confidence')).toBe(4);
  });

  it('clearing the only confidence blanks the Confidence cell', () => {
    const a = withCheckIn();
    value(a.call('correctCheckIn', { action: 'correct', ...AT, confidence: null }));
    expect(r2(a, 'confidence')).toBe('');
    expect(value(a.call('getGoal', { tableId: 'T1', goalId: 'R2' })).goal.confidence).toBeNull();
  });

  it('clearing the newest confidence shows the one before it', () => {
    const a = withTable();
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 44, date: '2026-11-20', confidence: 7 }));
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 45, confidence: 6 }));
    expect(r2(a, 'confidence')).toBe(6);
    value(a.call('correctCheckIn', { action: 'correct', tableId: 'T1', row: 21, was: WAS, confidence: null }));
    expect(r2(a, 'confidence')).toBe(7);
  });
});

describe('deleting a check-in', () => {
  it('removes its row, keeps the deletion in the change log, and the goal goes back to its previous reading', () => {
    const a = withCheckIn();
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R1', value: 540_000 }));
    const r = value(a.call('correctCheckIn', { action: 'delete', ...AT, reason: 'entered twice' }));
    expect(r.reading).toBeNull();
    expect(cells(a.log, 'B19:C21')).toEqual([['R1', 536648], ['R1', 540000], ['', '']]);
    expect(cells(changeLog(a)!, 'A5:H5')).toEqual([['2026-11-29', 'R2', 'Check-in deleted', 45, '', 'entered twice', 'Dana', '2026-11-29']]);
    // R2 is back to 43.74 on Nov 17, Stale again (12 days against a 7-day cadence).
    expect([r2(a, 'current'), r2(a, 'status'), r2(a, 'stale')]).toEqual([43.74, 'At risk', 'Stale']);
  });

  it('deleting the only check-in with a confidence blanks the Confidence cell; deleting the newest shows the one before', () => {
    const a = withCheckIn();
    value(a.call('correctCheckIn', { action: 'delete', ...AT }));
    expect(r2(a, 'confidence')).toBe('');
    expect(value(a.call('getGoal', { tableId: 'T1', goalId: 'R2' })).goal.confidence).toBeNull();

    const b = withTable();
    value(b.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 44, date: '2026-11-20', confidence: 7 }));
    value(b.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 45, confidence: 6 }));
    value(b.call('correctCheckIn', { action: 'delete', tableId: 'T1', row: 21, was: WAS }));
    expect(r2(b, 'confidence')).toBe(7);
  });

  it('a confidence typed in the cell by hand stays when a check-in without one is deleted', () => {
    const a = withTable();
    a.sheet.getRange(R2_ROW, col('confidence')).setValue(8);
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 45 }));
    value(a.call('correctCheckIn', { action: 'delete', ...AT }));
    expect(r2(a, 'confidence')).toBe(8);
  });
});

describe('a refused correction changes nothing', () => {
  const cases: [string, (a: TableApi) => void, unknown, string][] = [
    ['the same value again', () => undefined, { action: 'correct', ...AT, value: 45, note: ' weekend ' }, 'nothing-to-correct'],
    ['no field to change', () => undefined, { action: 'correct', ...AT }, 'nothing-to-correct'],
    ['a log sorted since the client read it', (a) => a.log.getRange('A20:F20').setValues([['2026-11-28', 'R1', 1, '', '', '']]), { action: 'delete', ...AT }, 'reading-moved'],
    ['a row past the log', () => undefined, { action: 'delete', ...AT, row: 400 }, 'reading-moved'],
    ['a reading moved to the future', () => undefined, { action: 'correct', ...AT, date: '2026-12-01' }, 'reading-in-future'],
    ['a deleted change log', (a) => {
      value(a.call('correctCheckIn', { action: 'correct', ...AT, confidence: 5 }));
      a.app.getActiveSpreadsheet().deleteSheet(changeLog(a)!);
    }, { action: 'correct', ...AT, value: 44 }, 'changes-missing'],
    ['a change log whose header was edited', (a) => {
      value(a.call('correctCheckIn', { action: 'correct', ...AT, confidence: 5 }));
      changeLog(a)!.getRange('C1').setValue('What');
    }, { action: 'correct', ...AT, value: 44 }, 'log-header-changed'],
    ['a goal that was deleted from the table', (a) => a.sheet.getRange(R2_ROW, col('id')).setValue('R2-old'), { action: 'delete', ...AT }, 'unknown-goal'],
  ];
  it.each(cases)('%s', (_name, spoil, params, code) => {
    const a = withCheckIn();
    spoil(a);
    const before = a.s.saveJson();
    const r = a.call('correctCheckIn', params);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    expect(a.s.saveJson() === before).toBe(true);
  });

  it('says what to do when the log moved under the client', () => {
    const a = withCheckIn();
    a.log.getRange('C20').setValue(46);
    expect(a.call('correctCheckIn', { action: 'delete', ...AT })).toEqual({
      ok: false,
      error: { code: 'reading-moved', field: 'row', message: 'Retail goals log row 20 no longer holds that check-in (the log was edited or sorted): reload the goal and try again' },
    });
  });
});
