/**
 * Done when: New goal table ▸ Retail (made on 2026-11-29), two check-ins, a correction and a
 * target revision, all through the server API, with the KPI log, the change log and the
 * computed columns worked out by hand. The Retail quarter runs 2026-10-01 to 2026-12-31:
 * 91 days from start to due, and 2026-11-29 is day 59, so a reading taken today is judged
 * against E = 59/91 = 0.648352.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { cells, value, withTable } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const ROLES: readonly ColumnRole[] = ['id', 'target', 'current', 'readingDate', 'progress', 'expected', 'status', 'stale', 'confidence'];

describe('Retail: two check-ins, a correction and a target revision', () => {
  it('lands in the log and the change log, and the table recomputes as worked by hand', () => {
    const a = withTable('Retail');
    const T1 = { tableId: 'T1' };

    // 1. R2 (average transaction value, 42 → 46.2): 45 today, confidence 6, by Dana (typed, so remembered).
    const first = value(a.call('checkIn', { ...T1, goalId: 'R2', value: 45, confidence: 6, note: 'Black Friday weekend', who: 'Dana' }));
    // The template's log holds 18 readings (rows 2–19): the check-in is row 20.
    expect(first).toEqual({ reading: { row: 20, date: '2026-11-29', goalId: 'R2', value: 45, confidence: 6, note: 'Black Friday weekend', who: 'Dana' }, confidenceShown: true });
    // 2. R1 (revenue, 500,000 → 550,000): 540,000 today, confidence 8; no name given, so Dana's remembered one.
    const second = value(a.call('checkIn', { ...T1, goalId: 'R1', value: 540_000, confidence: 8 }));
    expect(second.reading).toMatchObject({ row: 21, goalId: 'R1', who: 'Dana' });
    // 3. The 45 was a typo for 44.10.
    value(a.call('correctCheckIn', { action: 'correct', ...T1, row: 20, was: { date: '2026-11-29', goalId: 'R2', value: 45 }, value: 44.1, reason: 'typed 45 for 44.10' }));
    // 4. The holiday promotion raises R1's target from 550,000 to 560,000.
    value(a.call('reviseTarget', { ...T1, goalId: 'R1', target: 560_000, reason: 'Holiday promotion adds 10k' }));

    expect(cells(a.log, 'A20:F21')).toEqual([
      ['2026-11-29', 'R2', 44.1, 6, 'Black Friday weekend', 'Dana'],
      ['2026-11-29', 'R1', 540000, 8, '', 'Dana'],
    ]);
    const changes = a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes');
    expect(changes).not.toBeNull();
    // The change log starts with the template's targets, then the correction and the revision.
    expect(cells(changes!, 'A1:H6')).toEqual([
      ['Date', 'Goal id', 'Change', 'Old', 'New', 'Reason', 'Who', 'Reading date'],
      ['2026-11-29', 'R1', 'Target', '', 550000, 'set when the table was made', '', ''],
      ['2026-11-29', 'R2', 'Target', '', 46.2, 'set when the table was made', '', ''],
      ['2026-11-29', 'R3', 'Target', '', 0.03, 'set when the table was made', '', ''],
      ['2026-11-29', 'R2', 'Check-in value', 45, 44.1, 'typed 45 for 44.10', 'Dana', '2026-11-29'],
      ['2026-11-29', 'R1', 'Target', 550000, 560000, 'Holiday promotion adds 10k', 'Dana', ''],
    ]);
    expect(a.s.PropertiesService.getUserProperties().getProperty('goalpost.who')).toBe('Dana');

    // R  (the goal): its children's progress clamped to 0..1 and averaged (weights blank):
    //    (0.666667 + 0.5 + 1) / 3 = 0.722222 against E = 0.648352: pace 1.11 → On track.
    // R1: (540,000 − 500,000) / (560,000 − 500,000) = 0.666667; pace 0.666667 / 0.648352 = 1.03 → On track.
    // R2: (44.1 − 42) / (46.2 − 42) = 2.1 / 4.2 = 0.5; pace 0.5 / 0.648352 = 0.77, under 0.9 but at least 0.7 → At risk;
    //     read today, so no longer Stale (it was: 12 days since Nov 17 against a 7-day cadence).
    // R3: untouched: 0.0305 on Nov 26, (0.0305 − 0.025) / 0.005 = 1.1 → Achieved.
    // Confidence: each goal's newest check-in that gave one (R2's correction kept its 6).
    const rows = a.sheet.getRange(3, 1, 4, GOAL_COLUMNS.length).getValues().map((r) => ROLES.map((role) => {
      const v = r[col(role) - 1];
      return v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? Number(v.toFixed(6)) : v;
    }));
    expect(rows).toEqual([
      ['R', '', '', '', 0.722222, 0.648352, 'On track', '', ''],
      ['R1', 560000, 540000, '2026-11-29', 0.666667, 0.648352, 'On track', '', 8],
      ['R2', 46.2, 44.1, '2026-11-29', 0.5, 0.648352, 'At risk', '', 6],
      ['R3', 0.03, 0.0305, '2026-11-26', 1.1, 0.615385, 'Achieved', '', ''],
    ]);
    expect(a.s.local.formulaErrors('Retail goals')).toEqual({});

    // What the sidebar reads back: the goal with its readings and its history.
    const r2 = value(a.call('getGoal', { ...T1, goalId: 'r2' }));
    expect(r2.goal).toMatchObject({ id: 'R2', current: 44.1, status: 'At risk', confidence: 6, stale: false });
    expect(r2.readings.at(-1)).toEqual({ row: 20, date: '2026-11-29', goalId: 'R2', value: 44.1, confidence: 6, note: 'Black Friday weekend', who: 'Dana' });
    expect(r2.corrections).toEqual([{ date: '2026-11-29', goalId: 'R2', change: 'value', old: 45, new: 44.1, reason: 'typed 45 for 44.10', who: 'Dana', readingDate: '2026-11-29' }]);
    const r1 = value(a.call('getGoal', { ...T1, goalId: 'R1' }));
    expect(r1.revisions).toEqual([
      { date: '2026-11-29', goalId: 'R1', change: 'target', old: null, new: 550000, reason: 'set when the table was made', who: '', readingDate: null },
      { date: '2026-11-29', goalId: 'R1', change: 'target', old: 550000, new: 560000, reason: 'Holiday promotion adds 10k', who: 'Dana', readingDate: null },
    ]);
    expect(r1.readings).toHaveLength(7);
  });
});
