/**
 * updateGoal on a Retail table made on 2026-11-29: R (row 3) is the parent, without a
 * target; R2 (row 5) is average transaction value, increase from $42 to $46.20, read
 * 43.74 on 2026-11-17, in the quarter 2026-10-01 to 2026-12-31.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { expectRefused, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R2 = { tableId: 'T1', goalId: 'R2' } as const;

describe('updateGoal', () => {
  it('changes the fields given and gives the goal back recomputed: due 2026-12-30 makes R2 expected 47/90', () => {
    const a = withTable();
    const g = value(a.call('updateGoal', { ...R2, fields: { owner: 'Bo', notes: '=HYPERLINK("x")', due: '2026-12-30' } }));
    expect([g.owner, g.due, g.kpi, g.target, g.status]).toEqual(['Bo', '2026-12-30', 'Average transaction value', 46.2, 'At risk']);
    expect(g.expected).toBeCloseTo(47 / 90, 9);
    expect([a.sheet.getRange(5, col('notes')).getValue(), a.sheet.getRange(5, col('notes')).getFormula()]).toEqual(['=HYPERLINK("x")', '']);
  });

  it('null or "" clears a field; a field absent stays', () => {
    const a = withTable();
    const g = value(a.call('updateGoal', { ...R2, fields: { cadence: null, kind: '', parent: '' } }));
    expect([g.kind, g.parent, g.owner, g.status]).toEqual(['', '', 'Merchandising', 'At risk']);
    expect(a.sheet.getRange(5, col('cadence')).getValue()).toBe('');
  });

  it('a new unit re-formats the unit columns of the row', () => {
    const a = withTable();
    value(a.call('updateGoal', { ...R2, fields: { unit: '€' } }));
    expect(a.sheet.getRange(5, col('baseline'), 1, 4).getDisplayValues()).toEqual([['€42.00', '€46.20', '', '€43.74']]);
  });

  it('a parent goal without a target may change its kind (nothing to check it against yet)', () => {
    expect(value(withTable().call('updateGoal', { tableId: 'T1', goalId: 'R', fields: { kind: 'within range', owner: 'Lee' } })).owner).toBe('Lee');
  });

  it('writes only the cells that change: a formula in another typed cell stays', () => {
    const a = withTable();
    a.sheet.getRange(5, col('baseline')).setFormula('=40+2');
    value(a.call('updateGoal', { ...R2, fields: { owner: 'Bo' } }));
    expect(a.sheet.getRange(5, col('baseline')).getFormula()).toBe('=40+2');
  });
});

describe('a refused updateGoal changes nothing', () => {
  const cases: [string, (a: TableApi) => void, Record<string, unknown>, string, string | undefined][] = [
    ['no field', () => undefined, { ...R2, fields: {} }, 'invalid-param', 'fields'],
    ['the id', () => undefined, { ...R2, fields: { id: 'R9' } }, 'invalid-param', 'fields.id'],
    ['the target', () => undefined, { ...R2, fields: { target: 50 } }, 'invalid-param', 'fields.target'],
    ['a parent that makes a cycle (R under R2, which is under R)', () => undefined, { tableId: 'T1', goalId: 'R', fields: { parent: 'R2' } }, 'parent-cycle', 'fields.parent'],
    ['itself as parent', () => undefined, { ...R2, fields: { parent: 'r2' } }, 'parent-cycle', 'fields.parent'],
    ['a parent that is not a goal', () => undefined, { ...R2, fields: { parent: 'Q' } }, 'unknown-parent', 'fields.parent'],
    ['a kind its target cannot take', () => undefined, { ...R2, fields: { kind: 'decrease' } }, 'decrease-target-above', 'fields.kind'],
    ['a baseline above the target', () => undefined, { ...R2, fields: { baseline: 50 } }, 'increase-target-below', 'fields.baseline'],
    ['a cleared baseline', () => undefined, { ...R2, fields: { baseline: null } }, 'missing-baseline', 'fields.baseline'],
    ['due before start', () => undefined, { ...R2, fields: { due: '2026-09-01' } }, 'due-before-start', 'fields.due'],
    ['a negative weight', () => undefined, { ...R2, fields: { weight: -1 } }, 'not-positive', 'fields.weight'],
    ['a goal that is gone', () => undefined, { ...R2, goalId: 'R9', fields: { owner: 'x' } }, 'unknown-goal', 'goalId'],
    ['an edited header', (a) => a.sheet.getRange(2, col('owner')).setValue('Boss'), { ...R2, fields: { owner: 'x' } }, 'table-columns-missing', undefined],
    ['a deleted log', (a) => a.app.getActiveSpreadsheet().deleteSheet(a.log), { ...R2, fields: { owner: 'x' } }, 'log-missing', undefined],
  ];
  it.each(cases)('%s', (_name, damage, params, code, field) => {
    const a = withTable();
    damage(a);
    expectRefused(a, 'updateGoal', params, code, field);
  });
});
