import { describe, expect, it } from 'vitest';
import { formatA1, parseA1, resolveRef } from '../../local/a1/a1-notation.ts';
import { columnIndex, columnLetters } from '../../local/a1/columns.ts';

describe('column letters', () => {
  it.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [18278, 'ZZZ']])('%i is %s and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnIndex(letters)).toBe(n);
    expect(columnIndex(letters.toLowerCase())).toBe(n);
  });
  it('rejects four letters and non-letters', () => {
    expect(columnIndex('AAAA')).toBeUndefined();
    expect(columnIndex('A1')).toBeUndefined();
  });
});

describe('A1 notation', () => {
  it.each([
    ['B2', { r1: 2, c1: 2, r2: 2, c2: 2 }, { row: 2, col: 2, numRows: 1, numCols: 1 }, 'B2'],
    ['$B$2', { r1: 2, c1: 2, r2: 2, c2: 2 }, { row: 2, col: 2, numRows: 1, numCols: 1 }, 'B2'],
    ['a1:c3', { r1: 1, c1: 1, r2: 3, c2: 3 }, { row: 1, col: 1, numRows: 3, numCols: 3 }, 'A1:C3'],
    ['C3:A1', { r1: 1, c1: 1, r2: 3, c2: 3 }, { row: 1, col: 1, numRows: 3, numCols: 3 }, 'A1:C3'],
    ['B:D', { c1: 2, c2: 4 }, { row: 1, col: 2, numRows: 1000, numCols: 3 }, 'B:D'],
    ['2:5', { r1: 2, r2: 5 }, { row: 2, col: 1, numRows: 4, numCols: 26 }, '2:5'],
    ['B2:B', { r1: 2, c1: 2, r2: undefined, c2: 2 }, { row: 2, col: 2, numRows: 999, numCols: 1 }, 'B2:B'],
    ['B2:2', { r1: 2, c1: 2, r2: 2, c2: undefined }, { row: 2, col: 2, numRows: 1, numCols: 25 }, 'B2:2'],
  ])('%s', (text, ref, rect, printed) => {
    const parsed = parseA1(text);
    expect(parsed).toEqual(ref);
    const resolved = resolveRef(parsed ?? {}, 1000, 26);
    expect(resolved).toEqual(rect);
    expect(formatA1(resolved, parsed?.r2 === undefined, parsed?.c2 === undefined)).toBe(printed);
  });

  it.each([["Goals!A1", 'Goals'], ["'My goals'!A1:B2", 'My goals'], ["'It''s'!A1", "It's"]])('%s names sheet %s', (text, sheet) => {
    expect(parseA1(text)?.sheet).toBe(sheet);
  });

  it.each(['', 'A', '1', 'A0', 'AAAA1', 'A1:B2:C3', 'A1:', '!A1x', 'B2:?'])('%j is not a range', (text) => {
    expect(parseA1(text)).toBeUndefined();
  });
});
