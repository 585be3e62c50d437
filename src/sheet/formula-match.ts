/**
 * Recognising Goalpost's own formulas exactly: a cell's formula is Goalpost's when its text
 * is the formula Goalpost writes, allowing only for what Sheets itself does to a formula,
 * never for what a person might type: a sort or an inserted row moves it (its relative row
 * numbers shift with it), a deleted column turns a reference into #REF!, and the status
 * colours in a bar may be the ones chosen before. Anything else in Goalpost's columns is a
 * person's, and stays.
 */

/** A cell reference with a row (A3, $A$2, AA4); a range is one or two of these joined by ':'. */
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
const COLOUR = /^"#[0-9a-fA-F]{6}"$/;

/**
 * The formula as Sheets would show it written in `row`, with every relative row number made
 * relative to that row ("A3:A" in row 3 and "A5:A" in row 5 both read "A{+0}:A"), and every
 * colour literal one token. Text in quotes (strings, quoted sheet names) is left as it is.
 */
export function normaliseFormula(formula: string, row: number, anySheet = false): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      const quoted = formula.slice(i, j + 1);
      out += ch === '"' && COLOUR.test(quoted) ? '"#colour"' : ch === "'" && anySheet && formula[j + 1] === '!' ? "'#sheet'" : quoted;
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula.slice(i, j).replace(CELL_REF, (_m, col: string, abs: string, digits: string) => (abs === '$' ? `${col}$${digits}` : `${col}{${Number(digits) - row}}`));
    i = j;
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `actual`, found in row `actualRow`, is Goalpost's `expected` as written in row
 * `expectedRow`: the same text once moved rows are allowed for, with any reference Sheets
 * turned into #REF! (its columns were deleted) standing for the reference Goalpost wrote.
 * `anySheet`: for a duplicated sheet just made a table of its own, whose formulas still name
 * the original's KPI log until Goalpost rewrites them, any quoted sheet name matches.
 */
export function isGoalpostFormula(actual: string, actualRow: number, expected: string, expectedRow: number, anySheet = false): boolean {
  if (actual === '' || expected === '') return false;
  if (actual === expected && actualRow === expectedRow) return true;
  const a = normaliseFormula(actual, actualRow, anySheet);
  const e = normaliseFormula(expected, expectedRow, anySheet);
  if (a === e) return true;
  if (!a.includes('#REF!')) return false;
  const pattern = new RegExp(`^${a.split('#REF!').map(escape).join("(?:'[^']*'!)?[^,()\"]+")}$`);
  return pattern.test(e);
}

/** The status colours a bar formula of Goalpost's draws with: label → colour. */
export function barColours(formula: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of formula.matchAll(/="([^"]+)", "(#[0-9a-fA-F]{6})"/g)) out[m[1] as string] = m[2] as string;
  return out;
}
