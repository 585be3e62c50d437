/**
 * createGoal on a Retail table made on 2026-11-29 (goals R, R1, R2, R3 in rows 3–6; the
 * quarter runs 2026-10-01 to 2026-12-31, 91 days from start to due; as of 2026-11-29, 59).
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { api, cells, expectRefused, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const VISITS = { tableId: 'T1', goal: 'Grow store visits', kpi: 'Visits', owner: 'Ana', kind: 'increase', baseline: 10, target: 20, start: '2026-10-01', due: '2026-12-31', cadence: 7 } as const;
const changeLog = (a: TableApi) => a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes')!;

describe('createGoal', () => {
  it('appends R4 below R3 and gives it back as the sheet computes it: 12 of 10 → 20 is progress 0.2, pace 0.2 / (59/91) = 0.31: Off track', () => {
    const a = withTable();
    const g = value(a.call('createGoal', { ...VISITS, unit: '$', current: 12 }));
    expect(g).toMatchObject({ tableId: 'T1', sheetName: 'Retail goals', row: 7, id: 'R4', parent: '', goal: 'Grow store visits', kpi: 'Visits', owner: 'Ana', kind: 'increase', unit: '$',
      baseline: 10, target: 20, upper: null, current: 12, readingDate: '2026-11-29', start: '2026-10-01', due: '2026-12-31', progress: 0.2, status: 'Off track', confidence: null });
    expect(g.expected).toBeCloseTo(59 / 91, 9);
    expect(cells(a.sheet, 'A7:J7')).toEqual([['R4', '', 'Grow store visits', 'Visits', 'Ana', 'increase', '$', 10, 20, '']]);
    expect(a.sheet.getRange('H7:K7').getDisplayValues()).toEqual([['$10', '$20', '', '$12']]);
    // Its bar has the per-row formula Refresh writes.
    expect(a.sheet.getRange(7, col('bar')).getFormula()).toContain('SPARKLINE(MAX(0, MIN(1, Q7))');
    // The first check-in, dated the as-of date, by the owner; the target starts its history.
    expect(cells(a.log, 'A20:F20')).toEqual([['2026-11-29', 'R4', 12, '', '', 'Ana']]);
    // Who made it: as a check-in's who, the name this person gave last, else the goal's owner.
    expect(cells(changeLog(a), 'A5:G5')).toEqual([['2026-11-29', 'R4', 'Target', '', 20, 'set when the goal was made', 'Ana']]);
    // Refresh finds nothing to report (and no hand-edited target to log).
    expect(value(a.call('refresh')).report).toEqual([]);
    expect(changeLog(a).getRange('A6:B6').getValues()).toEqual([['', '']]);
  });

  it('names the person who made the goal in the change log: the name they gave last, over the owner', () => {
    const a = withTable();
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R2', value: 44, who: 'Dana' }));
    value(a.call('createGoal', VISITS));
    expect(cells(changeLog(a), 'F5:G5')).toEqual([['set when the goal was made', 'Dana']]);
  });

  it('writes people\'s text as literal text: formulas and HTML stay as typed', () => {
    const a = withTable();
    const g = value(a.call('createGoal', { ...VISITS, goal: '=IMPORTXML("http://x","//a")', kpi: '+1', owner: '<b>Ana</b>', notes: '-2+3' }));
    expect([g.goal, g.kpi, g.owner]).toEqual(['=IMPORTXML("http://x","//a")', '+1', '<b>Ana</b>']);
    expect(a.sheet.getRange('C7:E7').getFormulas()).toEqual([['', '', '']]);
    expect(a.sheet.getRange(7, col('notes')).getValue()).toBe('-2+3');
  });

  it('takes the id given; a parent that exists; a milestone done flag as its first reading', () => {
    const a = withTable();
    const g = value(a.call('createGoal', { tableId: 'T1', id: 'launch-1', parent: 'r', goal: 'Launch the loyalty app', kind: 'milestone', target: 1, start: '2026-10-01', due: '2026-12-31', current: false }));
    expect([g.id, g.parent, g.current, g.status]).toEqual(['launch-1', 'r', 0, 'On track']);
    expect(cells(a.log, 'B20:C20')).toEqual([['launch-1', 0]]);
  });

  it("goes below the last goal (getLastRow is past the range formulas' spills): a spill beside the table and a note below it stay", () => {
    const a = withTable();
    a.sheet.getRange('Z3').setFormula('=SEQUENCE(30)');
    a.sheet.getRange('C7').setValue('a note, no id');
    expect(value(a.call('createGoal', VISITS)).row).toBe(8);
    expect(a.sheet.getRange('C7').getValue()).toBe('a note, no id');
    expect(a.sheet.getRange('Z32').getValue()).toBe(30);
  });

  it('in a blank table the first goal is G1 in the first body row, under the range formulas there', () => {
    const a = api();
    value(a.call('createTable', { template: 'Blank' }));
    const g = value(a.call('createGoal', { ...VISITS, current: 15 }));
    expect([g.id, g.row, g.progress, g.status]).toEqual(['G1', 3, 0.5, 'At risk']);
    expect(value(a.call('createGoal', { ...VISITS, current: 15 })).id).toBe('G2');
    expect(value(a.call('refresh')).report).toEqual([]);
  });
});

describe('a refused createGoal changes nothing', () => {
  const cases: [string, (a: TableApi) => void, Record<string, unknown>, string, string | undefined][] = [
    ['an id in use (any case)', () => undefined, { ...VISITS, id: ' r2 ' }, 'duplicate-id', 'id'],
    ['a parent that is not a goal', () => undefined, { ...VISITS, parent: 'Q9' }, 'unknown-parent', 'parent'],
    ['an increase without baseline', () => undefined, { ...VISITS, baseline: null }, 'missing-baseline', 'baseline'],
    ['a target below an increase\'s baseline', () => undefined, { ...VISITS, target: 5 }, 'increase-target-below', 'target'],
    ['within range without upper', () => undefined, { ...VISITS, kind: 'within range' }, 'missing-upper', 'upper'],
    ['weight 0', () => undefined, { ...VISITS, weight: 0 }, 'not-positive', 'weight'],
    ['cadence 0', () => undefined, { ...VISITS, cadence: 0 }, 'invalid-param', 'cadence'],
    ['confidence 11', () => undefined, { ...VISITS, confidence: 11 }, 'invalid-param', 'confidence'],
    ['a kind not in the list', () => undefined, { ...VISITS, kind: 'more' }, 'invalid-param', 'kind'],
    ['due before start', () => undefined, { ...VISITS, due: '2026-09-30' }, 'due-before-start', 'due'],
    ['a reading without a window', () => undefined, { ...VISITS, start: null, current: 12 }, 'missing-date', 'start'],
    ['a done flag on an increase', () => undefined, { ...VISITS, current: true }, 'flag-not-milestone', 'current'],
    ['a table that is gone', () => undefined, { ...VISITS, tableId: 'T9' }, 'unknown-table', 'tableId'],
    ['an edited header', (a) => a.sheet.getRange(2, col('target')).setValue('Aim'), VISITS, 'table-columns-missing', undefined],
    ['a deleted log', (a) => a.app.getActiveSpreadsheet().deleteSheet(a.log), VISITS, 'log-missing', undefined],
    ['a log whose header was edited, with a reading', (a) => a.log.getRange('C1').setValue('Amount'), { ...VISITS, current: 12 }, 'log-header-changed', undefined],
    ['a deleted change log', (a) => a.app.getActiveSpreadsheet().deleteSheet(changeLog(a)), VISITS, 'changes-missing', undefined],
  ];
  it.each(cases)('%s', (_name, damage, params, code, field) => {
    const a = withTable();
    damage(a);
    expectRefused(a, 'createGoal', params, code, field);
  });
});
