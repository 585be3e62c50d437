import { describe, expect, it } from 'vitest';
import { unitFormat } from '../../src/sheet/goal-columns.ts';
import { decimalsOf, fixedPattern, placesFor } from '../../src/sheet/number-formats.ts';

describe('number formats with fixed places (Sheets shows "42." under 0.##)', () => {
  it.each([
    [42, 0],
    [46.2, 1],
    [43.74, 2],
    [0.79135, 5],
    [1e-7, 7],
    [1.5e-10, 11],
    [0.1 + 0.2, 17], // 0.30000000000000004: the caller's cap keeps such noise out
    [-3.25, 2],
    [1e21, 0],
    ['46.2', 0], // text takes no places
    [NaN, 0],
  ])('decimalsOf(%s) is %i', (x, places) => {
    expect(decimalsOf(x, 20)).toBe(places);
  });

  it('caps the places, and takes the most any number needs', () => {
    expect(decimalsOf(0.1 + 0.2, 3)).toBe(3);
    expect(placesFor([42, 46.2, '', undefined, 43.74], 3)).toBe(2);
    expect(placesFor([], 3)).toBe(0);
  });

  it('writes fixed places, grouped or not', () => {
    expect(fixedPattern(0)).toBe('#,##0');
    expect(fixedPattern(2)).toBe('#,##0.00');
    expect(fixedPattern(3, false)).toBe('0.000');
  });

  it('formats a unit from the row: currency in whole units or cents, words after, percent as a fraction', () => {
    expect(unitFormat('$', [500000, 550000, '', 528427])).toBe('"$"#,##0');
    expect(unitFormat('$', [42, 46.2, '', 43.5])).toBe('"$"#,##0.00');
    expect(unitFormat('€', [1.005])).toBe('"€"#,##0.00');
    expect(unitFormat('min', [40, 32, '', 36.5])).toBe('#,##0.0 "min"');
    expect(unitFormat('', [0.68, 0.782, '', 0.79135])).toBe('#,##0.000');
    expect(unitFormat('pts "x"', [25, 30])).toBe('#,##0 "pts x"');
    expect(unitFormat('%', [0.03, 0.025])).toBe('0.0%');
  });
});
