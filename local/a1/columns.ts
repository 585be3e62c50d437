/** Column letters as Sheets writes them: 1 = A, 26 = Z, 27 = AA, 18278 = ZZZ (the maximum). */

export const MAX_COLUMNS = 18_278;

/** The add-on's own (src/sheet), so the local spreadsheet and the goal tables write letters one way. */
export { columnLetter as columnLetters } from '../../src/sheet/table-formulas.ts';

/** 1-based column of letters (case-insensitive); undefined when not 1..3 letters. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n : undefined;
}
