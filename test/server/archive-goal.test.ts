/**
 * archiveGoal and selectGoal on a Retail table made on 2026-11-29: R (row 3) is the parent
 * of R1, R2 and R3 (rows 4–6); the log holds R2's five readings.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { api, cells, expectRefused, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R2 = { tableId: 'T1', goalId: 'R2' } as const;
const sheetNamed = (a: TableApi, name: string) => a.app.getActiveSpreadsheet().getSheetByName(name)!;

describe('archiveGoal', () => {
  it('moves R2\'s typed values to "Retail goals archive", records it, deletes the row and keeps its readings', () => {
    const a = withTable();
    const readings = value(a.call('getGoal', R2)).readings.length;
    expect(value(a.call('archiveGoal', { ...R2, reason: '=ended early' }))).toEqual({ goalId: 'R2', archiveSheetName: 'Retail goals archive' });
    const archive = sheetNamed(a, 'Retail goals archive');
    expect(cells(archive, 'A1:R1')[0]).toEqual(['Id', 'Parent', 'Goal', 'KPI', 'Owner', 'Kind', 'Unit', 'Baseline', 'Target', 'Upper', 'Start', 'Due', 'Weight', 'Cadence (days)', 'Confidence', 'Notes', 'Archived on', 'Reason']);
    expect(cells(archive, 'A2:R2')[0]).toEqual(['R2', 'R', '', 'Average transaction value', 'Merchandising', 'increase', '$', 42, 46.2, '', '2026-10-01', '2026-12-31', '', 7, '', '', '2026-11-29', '=ended early']);
    expect(archive.getRange('H2').getDisplayValue()).toBe('$42.00');
    expect(cells(sheetNamed(a, 'Retail goals changes'), 'A5:F5')).toEqual([['2026-11-29', 'R2', 'Goal archived', '', 'Retail goals archive', '=ended early']]);
    const list = value(a.call('listGoals'));
    expect(list.goals.map((g) => [g.id, g.row])).toEqual([['R', 3], ['R1', 4], ['R3', 5]]);
    // R3 moved up a row and is still computed: its status and bar follow it.
    expect(list.goals[2]).toMatchObject({ id: 'R3', current: 0.0305, status: 'Achieved' });
    expect(a.sheet.getRange(5, col('bar')).getFormula()).toContain('Q5');
    expect(cells(a.log, 'B2:B19').flat().filter((id) => id === 'R2')).toHaveLength(readings);
    expect(value(a.call('refresh')).report).toEqual([]);
  });

  it('a second archive appends below the first', () => {
    const a = withTable();
    value(a.call('archiveGoal', R2));
    value(a.call('archiveGoal', { tableId: 'T1', goalId: 'R3' }));
    expect(cells(sheetNamed(a, 'Retail goals archive'), 'A2:A3')).toEqual([['R2'], ['R3']]);
  });

  it('the goal in the first body row: the range formulas there come back in the row that moves up', () => {
    const a = api();
    value(a.call('createTable', {}));
    for (const target of [20, 30]) value(a.call('createGoal', { tableId: 'T1', goal: `to ${target}`, baseline: 10, target, start: '2026-10-01', due: '2026-12-31', current: 15 }));
    value(a.call('archiveGoal', { tableId: 'T1', goalId: 'G1' }));
    const [g2] = value(a.call('listGoals')).goals;
    // (15 − 10) / (30 − 10) = 0.25, against 59/91: pace 0.39, Off track.
    expect(g2).toMatchObject({ id: 'G2', row: 3, current: 15, progress: 0.25, status: 'Off track' });
    expect(value(a.call('refresh')).report).toEqual([]);
  });
});

describe('a refused archiveGoal changes nothing', () => {
  const cases: [string, (a: TableApi) => void, Record<string, unknown>, string, string | undefined, string?][] = [
    ['a goal with children', () => undefined, { tableId: 'T1', goalId: 'R' }, 'goal-has-children', 'goalId', 'goal "R" is the parent of "R1", "R2", "R3": archive those first, or give them another parent (or none)'],
    ['a goal that is gone', () => undefined, { ...R2, goalId: 'R9' }, 'unknown-goal', 'goalId'],
    ['an edited header', (a) => a.sheet.getRange(2, col('parent')).setValue('Boss'), R2, 'table-columns-missing', undefined],
    ['a deleted log', (a) => a.app.getActiveSpreadsheet().deleteSheet(a.log), R2, 'log-missing', undefined],
    ['a deleted change log', (a) => a.app.getActiveSpreadsheet().deleteSheet(sheetNamed(a, 'Retail goals changes')), R2, 'changes-missing', undefined],
    ['a sheet named like the archive that is not one', (a) => a.app.getActiveSpreadsheet().insertSheet('Retail goals archive').getRange('A1').setValue('mine'), R2, 'log-header-changed', undefined],
  ];
  it.each(cases)('%s', (_name, damage, params, code, field, message) => {
    const a = withTable();
    damage(a);
    const error = expectRefused(a, 'archiveGoal', params, code, field);
    if (message) expect(error.message).toBe(message);
  });
});

describe('selectGoal', () => {
  it('shows the goal\'s sheet with its row selected, A to Y', () => {
    const a = withTable();
    a.app.getActiveSpreadsheet().setActiveSheet(a.log);
    expect(value(a.call('selectGoal', R2))).toEqual({ sheetName: 'Retail goals', row: 5 });
    const ss = a.app.getActiveSpreadsheet();
    expect([ss.getActiveSheet().getName(), ss.getActiveRange()?.getA1Notation()]).toEqual(['Retail goals', 'A5:Y5']);
  });

  it('a goal that is gone is refused, and the selection stays', () => {
    const a = withTable();
    const r = a.call('selectGoal', { ...R2, goalId: 'R9' });
    expect(r.ok ? '' : r.error.code).toBe('unknown-goal');
    expect(a.app.getActiveSpreadsheet().getActiveRange()?.getA1Notation()).toBe('A1');
  });
});
