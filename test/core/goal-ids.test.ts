/** The id a new goal gets: the table's own pattern continued. */
import { describe, expect, it } from 'vitest';
import { nextGoalId } from '../../src/core/goal-ids.ts';

describe('nextGoalId', () => {
  it.each([
    [['R', 'R1', 'R2', 'R3'], 'R4'],
    [['G1', 'G6', 'G2'], 'G7'],
    [[], 'G1'],
    [['Revenue', 'Costs'], 'G1'],
    [['K1.1', 'K1.2'], 'K1.3'],
    [['H1', 'x9', 'H2'], 'H3'],
    [['g1', 'G2'], 'G3'],
    [['A9', 'G1', 'g2'], 'g3'],
  ])('%j → %s', (ids, next) => {
    expect(nextGoalId(ids)).toBe(next);
  });

  it('never gives an id in use, whatever the case', () => {
    expect(nextGoalId(['R1', 'r2', 'R2x', 'R1'])).toBe('R3');
  });
});
