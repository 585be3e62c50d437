/** Properties that must hold for any input: inserting rows and deleting them again is a no-op. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../local/a1/columns.ts';
import { shiftFormula } from '../../local/formula/references.ts';
import { Grid } from '../../local/model/grid.ts';
import { displayValue } from '../../local/model/number-format.ts';
import { parseUserText } from '../../local/model/user-entered.ts';

const cell = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean());
const ref = fc.oneof(
  cell.map(([r, c, ra, ca]) => `${ca ? '$' : ''}${columnLetters(c)}${ra ? '$' : ''}${r}`),
  fc.tuple(cell, cell).map(([[r1, c1], [r2, c2]]) => `${columnLetters(Math.min(c1, c2))}${Math.min(r1, r2)}:${columnLetters(Math.max(c1, c2))}${Math.max(r1, r2)}`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 60 })).map(([c, r]) => `${columnLetters(c)}${r}:${columnLetters(c)}`),
);
const formula = fc.array(ref, { minLength: 1, maxLength: 4 }).map((refs) => `=SUM(${refs.join(',')})&"A1"`);

describe('structure changes undo exactly', () => {
  it('inserting rows then deleting them leaves every formula as it was', () => {
    fc.assert(fc.property(formula, fc.integer({ min: 1, max: 70 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom<'row' | 'col'>('row', 'col'), (f, at, n, axis) => {
      const inserted = shiftFormula(f, 'S', { sheet: 'S', axis, at, delta: n });
      expect(shiftFormula(inserted, 'S', { sheet: 'S', axis, at, delta: -n })).toBe(f);
    }));
  });

  it('a grid’s cells come back after inserting and deleting the same rows and columns', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.integer()), { maxLength: 30 }), fc.nat(22), fc.integer({ min: 1, max: 4 }), (cells, at, n) => {
      const grid = new Grid<number>();
      for (const [r, c, v] of cells) grid.set(r, c, v);
      const before = JSON.stringify(grid.toJSON((v) => v));
      grid.insertRows(at, n);
      grid.insertCols(at, n);
      grid.deleteCols(at, n);
      grid.deleteRows(at, n);
      expect(JSON.stringify(grid.toJSON((v) => v))).toBe(before);
    }));
  });
});

describe('user-entered numbers', () => {
  it('a number typed as its own text reads back as that number', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (n) => {
      expect(parseUserText(String(n)).content).toBe(n === 0 ? 0 : n);
    }));
  });

  it('a number shown under 0.00 has two decimals and rounds half away from zero', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (cents) => {
      expect(displayValue(cents / 100, '0.00')).toBe(`${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`);
    }));
  });
});
