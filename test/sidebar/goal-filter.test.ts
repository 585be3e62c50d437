import { describe, expect, it } from 'vitest';
import type { GoalDto } from '../../src/contract/dto.ts';
import { choices, filterGoals, NO_FILTERS, treeOrder } from '../../sidebar/goal-filter.ts';

const goal = (id: string, parent = '', more: Partial<GoalDto> = {}): GoalDto => ({
  tableId: 'T1', sheetName: 'Retail goals', row: 3, id, parent, goal: `Goal ${id}`, kpi: '', owner: 'Ops', kind: 'increase', unit: '',
  baseline: 0, target: 1, upper: null, current: null, readingDate: null, start: null, due: null, progress: null, expected: null,
  status: 'On track', outlook: '', stale: false, confidence: null, ...more,
});

describe('the goal list filters', () => {
  const goals = [goal('R'), goal('R1', 'R', { owner: 'Dana', status: 'At risk' }), goal('R2', 'R'), goal('R1a', 'R1'), goal('S')];

  it('groups children under their parents at any depth, in sheet order', () => {
    expect(treeOrder(goals).map((r) => `${r.depth}${r.goal.id}`)).toEqual(['0R', '1R1', '2R1a', '1R2', '0S']);
  });

  it('puts a child whose parent is filtered out at the top level', () => {
    const shown = filterGoals(goals, { ...NO_FILTERS, owner: 'Dana' });
    expect(treeOrder(shown).map((r) => `${r.depth}${r.goal.id}`)).toEqual(['0R1']);
  });

  it('keeps goals in a parent cycle', () => {
    expect(treeOrder([goal('A', 'B'), goal('B', 'A')]).map((r) => r.goal.id).sort()).toEqual(['A', 'B']);
  });

  it('filters by status, owner, parent (the parent and its children) and every word searched', () => {
    expect(filterGoals(goals, { ...NO_FILTERS, status: 'At risk' }).map((g) => g.id)).toEqual(['R1']);
    expect(filterGoals(goals, { ...NO_FILTERS, parent: 'R1' }).map((g) => g.id)).toEqual(['R1', 'R1a']);
    expect(filterGoals(goals, { ...NO_FILTERS, search: 'goal r1' }).map((g) => g.id)).toEqual(['R1', 'R1a']);
    expect(filterGoals(goals, { ...NO_FILTERS, search: 'DANA' }).map((g) => g.id)).toEqual(['R1']);
  });

  it('filters by a parent: the parent and all its descendants, at any depth, in its own table', () => {
    const deep = [
      goal('A'), goal('A1', 'A'), goal('A1x', 'A1'), goal('A1x9', 'A1x'), goal('A2', 'A'), goal('B'), goal('B1', 'B'),
      // Another table with its own A1 under its own A: not A's family in T1, but A's in T2.
      goal('A1', 'A', { tableId: 'T2' }), goal('C1', 'C', { tableId: 'T2' }), goal('C1a', 'C1', { tableId: 'T2' }),
    ];
    expect(filterGoals(deep, { ...NO_FILTERS, parent: 'A' }).map((g) => `${g.tableId}/${g.id}`)).toEqual(['T1/A', 'T1/A1', 'T1/A1x', 'T1/A1x9', 'T1/A2', 'T2/A1']);
    expect(treeOrder(filterGoals(deep, { ...NO_FILTERS, parent: 'A' })).filter((r) => r.goal.tableId === 'T1').map((r) => `${r.depth}${r.goal.id}`)).toEqual(['0A', '1A1', '2A1x', '3A1x9', '1A2']);
    // A parent with no row of its own (C in T2) still keeps its children and theirs.
    expect(filterGoals(deep, { ...NO_FILTERS, parent: 'C' }).map((g) => g.id)).toEqual(['C1', 'C1a']);
    expect(filterGoals(deep, { ...NO_FILTERS, parent: 'A1x' }).map((g) => g.id)).toEqual(['A1x', 'A1x9']);
    // A cycle (P under Q under P) ends.
    expect(filterGoals([goal('P', 'Q'), goal('Q', 'P')], { ...NO_FILTERS, parent: 'P' }).map((g) => g.id)).toEqual(['P', 'Q']);
  });

  it('names a goal the Status column cannot judge "Error", one status among the others', () => {
    const mixed = [goal('A'), goal('B', '', { status: 'Error: start is blank: give the start date' }), goal('C', '', { status: 'Error: due is before start' })];
    expect(choices(mixed, 'status')).toEqual(['Error', 'On track']);
    expect(filterGoals(mixed, { ...NO_FILTERS, status: 'Error' }).map((g) => g.id)).toEqual(['B', 'C']);
  });

  it('offers each distinct value once, sorted', () => {
    expect(choices(goals, 'owner')).toEqual(['Dana', 'Ops']);
    expect(choices(goals, 'parent')).toEqual(['R', 'R1']);
  });

  it('sorts plain choices naturally without ICU: case-insensitive, numbers by value, lower case first', () => {
    const owners = ['Ops', 'Dana', 'dana', 'G10', 'G2', 'G1', 'ab', 'a b', 'Zoe'].map((o, i) => goal(`X${i}`, '', { owner: o }));
    expect(choices(owners, 'owner')).toEqual(['a b', 'ab', 'dana', 'Dana', 'G1', 'G2', 'G10', 'Ops', 'Zoe']);
  });

  it('sorts choices with accents by the locale (Intl.Collator, numeric)', () => {
    const owners = ['Zoe', 'Émile', 'Eve', 'G10', 'G2'].map((o, i) => goal(`X${i}`, '', { owner: o }));
    expect(choices(owners, 'owner')).toEqual(['Émile', 'Eve', 'G2', 'G10', 'Zoe']);
  });

  it('leaves the goals as they are when nothing is filtered', () => {
    expect(filterGoals(goals, NO_FILTERS)).toBe(goals);
  });

  it('filters and orders 1,000 goals in a few milliseconds', () => {
    const many = Array.from({ length: 1000 }, (_, i) => goal(`G${i}`, i % 10 === 0 ? '' : `G${i - (i % 10)}`));
    const t = performance.now();
    treeOrder(filterGoals(many, { ...NO_FILTERS, search: 'goal g9' }));
    expect(performance.now() - t).toBeLessThan(50);
  });
});
