/** Tab-separated text as Sheets puts cells on the clipboard, read back into rows of cells. */
import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../local/preview/tsv.js';

describe('pasted tab-separated text', () => {
  it.each<[string, string, string[][]]>([
    ['a row', 'Goal\tBaseline\t40', [['Goal', 'Baseline', '40']]],
    ['rows, Windows line ends and a trailing one', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['blank cells kept', 'a\t\tc\n\tb\t', [['a', '', 'c'], ['', 'b', '']]],
    ['a quoted cell with a line break and a tab', '"two\nlines"\t"x\ty"', [['two\nlines', 'x\ty']]],
    ['doubled quotes inside a quoted cell', '"say ""hi"""\tz', [['say "hi"', 'z']]],
    ['a quote that does not open a quoted cell', '"5" apples\t3', [['"5" apples', '3']]],
    ['a formula as typed', '=GOAL_PROGRESS(B2:B, C2:C, D2:D)', [['=GOAL_PROGRESS(B2:B, C2:C, D2:D)']]],
  ])('%s', (_name, text, rows) => {
    expect(parseTsv(text)).toEqual(rows);
  });

  it('nothing is no rows', () => {
    expect(parseTsv('')).toEqual([]);
  });

  it('copied cells read back as they were', () => {
    const rows = [['Goal', 'two\nlines', '"quoted"'], ['tab\there', '', '40%']];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});
