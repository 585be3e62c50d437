/**
 * Store formula → HyperFormula formula. HyperFormula rejects open ranges (B2:B) and whole
 * rows/columns beyond its sheet, and knows nothing of the store's named ranges, so every
 * reference is rewritten to an explicit rectangle on the referenced sheet's extent. The
 * rectangles are also what the engine must mirror from the store for the formula to read.
 */
import { columnLetters } from '../a1/columns.ts';
import { quoteSheetName, type Rect } from '../a1/a1-notation.ts';
import { tokenize, type RefToken } from '../formula/tokens.ts';
import { READS_FUNCTION } from './function-plugin.ts';

export interface SheetExtent {
  readonly maxRows: number;
  readonly maxColumns: number;
}

export interface SheetReference {
  readonly sheet: string;
  readonly rect: Rect;
}

export interface Translation {
  readonly text: string;
  readonly refs: readonly SheetReference[];
}

export interface TranslateContext {
  extent(sheetName: string): SheetExtent | undefined;
  /** undefined: no such name; null: a named range whose cells were deleted (#REF!). */
  namedRange(name: string): SheetReference | null | undefined;
}

function refRect(t: RefToken, ext: SheetExtent): Rect {
  const { start, end } = t;
  let r1: number, r2: number, c1: number, c2: number;
  if (!end) {
    r1 = r2 = start.row ?? 1;
    c1 = c2 = start.col ?? 1;
  } else if (start.col === undefined && end.col === undefined) {
    [r1, r2, c1, c2] = [start.row ?? 1, end.row ?? 1, 1, ext.maxColumns];
  } else if (start.row === undefined && end.row === undefined) {
    [r1, r2, c1, c2] = [1, ext.maxRows, start.col ?? 1, end.col ?? 1];
  } else {
    // Open sides: B2:B runs to the last row, B2:2 to the last column.
    [r1, r2, c1, c2] = [start.row ?? 1, end.row ?? ext.maxRows, start.col ?? 1, end.col ?? ext.maxColumns];
  }
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.max(r1, r2) - row + 1, numCols: Math.max(c1, c2) - col + 1 };
}

function renderRect(sheet: string | undefined, r: Rect): string {
  const prefix = sheet === undefined ? '' : `${quoteSheetName(sheet)}!`;
  const a = `${columnLetters(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return prefix + a;
  return `${prefix}${a}:${columnLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Brace depth after a text token (strings are separate tokens, so every brace counts). */
function braceDepth(text: string, depth: number): number {
  for (const ch of text) if (ch === '{') depth++;
  else if (ch === '}') depth = Math.max(0, depth - 1);
  return depth;
}

/**
 * HyperFormula 3.5.0 takes no dependencies from inside an array literal: in
 * `SPARKLINE(Q5, {"color1", IF(S5="At risk", ...)})` it never recomputes the formula when S5
 * changes, nor orders it after S5's formula. The references read inside literals are handed
 * to a wrapper that evaluates only the formula (see READS_FUNCTION), so HyperFormula sees them.
 */
function withLiteralReads(text: string, reads: readonly string[]): string {
  if (reads.length === 0 || !text.startsWith('=')) return text;
  return `=${READS_FUNCTION}(${text.slice(1)},${[...new Set(reads)].join(',')})`;
}

export function translateFormula(formula: string, ownSheet: string, ctx: TranslateContext): Translation {
  const refs: SheetReference[] = [];
  const literalReads: string[] = [];
  let depth = 0;
  const parts = tokenize(formula).map((t) => {
    if (t.kind === 'text') depth = braceDepth(t.text, depth);
    if (t.kind === 'ref') {
      const sheet = t.sheet ?? ownSheet;
      const ext = ctx.extent(sheet);
      if (!ext) return '#REF!';
      const rect = refRect(t, ext);
      refs.push({ sheet, rect });
      const text = renderRect(t.sheet, rect);
      if (depth > 0) literalReads.push(text);
      return text;
    }
    if (t.kind === 'name') {
      const upper = t.text.toUpperCase();
      // HyperFormula has TRUE() and FALSE() but no boolean literals.
      if (upper === 'TRUE' || upper === 'FALSE') return `${upper}()`;
      const named = ctx.namedRange(t.text);
      if (named === null) return '#REF!';
      if (!named) return t.text;
      refs.push(named);
      const text = renderRect(named.sheet, named.rect);
      if (depth > 0) literalReads.push(text);
      return text;
    }
    return t.text;
  });
  return { text: withLiteralReads(parts.join(''), literalReads), refs };
}
