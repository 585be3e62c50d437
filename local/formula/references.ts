/**
 * What the store does to formula text: shift references when rows or columns are inserted
 * or deleted (as Sheets does: ranges grow when rows are inserted inside them, shrink when
 * rows inside are deleted, and become #REF! when all their cells go), follow a renamed
 * sheet, and normalise function names to upper case.
 */
import { columnLetters } from '../a1/columns.ts';
import { quoteSheetName } from '../a1/a1-notation.ts';
import { tokenize, type RefPart, type RefToken, type Token } from './tokens.ts';

export type Axis = 'row' | 'col';

export interface StructuralChange {
  readonly sheet: string;
  readonly axis: Axis;
  /** 1-based first index inserted or deleted. */
  readonly at: number;
  /** Positive for an insert, negative for a delete. */
  readonly delta: number;
}

export function renderPart(p: RefPart): string {
  const col = p.col === undefined ? '' : `${p.colAbs ? '$' : ''}${columnLetters(p.col)}`;
  const row = p.row === undefined ? '' : `${p.rowAbs ? '$' : ''}${p.row}`;
  return col + row;
}

export function renderRef(t: RefToken): string {
  const prefix = t.sheet === undefined ? '' : `${quoteSheetName(t.sheet)}!`;
  return prefix + renderPart(t.start) + (t.end ? `:${renderPart(t.end)}` : '');
}

export function render(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.kind === 'ref' ? renderRef(t) : t.kind === 'func' ? t.text.toUpperCase() : t.text)).join('');
}

/** Upper-cases function names and references, as Sheets shows a formula after entry. */
export function normaliseFormula(formula: string): string {
  const text = formula.startsWith('=') ? formula : `=${formula}`;
  return render(tokenize(text));
}

/** New 1-based index of one position after a change, or undefined if it was deleted. */
function moveIndex(index: number, at: number, delta: number): number | undefined {
  if (delta > 0) return index >= at ? index + delta : index;
  const end = at - delta - 1;
  if (index < at) return index;
  if (index > end) return index + delta;
  return undefined;
}

/** New [first, last] of an interval after a change, or undefined when nothing is left. */
export function moveInterval(first: number, last: number, at: number, delta: number): [number, number] | undefined {
  if (delta > 0) return [first >= at ? first + delta : first, last >= at ? last + delta : last];
  const end = at - delta - 1;
  const a = first < at ? first : first > end ? first + delta : at;
  const b = last < at ? last : last > end ? last + delta : at - 1;
  return b < a ? undefined : [a, b];
}

function key(axis: Axis): 'row' | 'col' {
  return axis;
}

/** Shifts one reference; undefined means it now points at deleted cells (#REF!). */
export function shiftRef(t: RefToken, change: StructuralChange): RefToken | undefined {
  const k = key(change.axis);
  const a = t.start[k];
  const b = t.end ? t.end[k] : a;
  if (a === undefined && b === undefined) return t;
  if (!t.end || b === undefined || a === undefined) {
    // A single cell, or a range whose end (or start) on this axis is open.
    const only = (a ?? b) as number;
    if (t.end && a !== undefined && b === undefined) {
      const moved = change.delta < 0 && only >= change.at && only <= change.at - change.delta - 1 ? change.at : moveIndex(only, change.at, change.delta);
      return moved === undefined ? undefined : { ...t, start: { ...t.start, [k]: moved } };
    }
    const moved = moveIndex(only, change.at, change.delta);
    if (moved === undefined) return undefined;
    return t.end ? { ...t, end: { ...t.end, [k]: moved } } : { ...t, start: { ...t.start, [k]: moved } };
  }
  const span = moveInterval(a, b, change.at, change.delta);
  if (!span) return undefined;
  return { ...t, start: { ...t.start, [k]: span[0] }, end: { ...t.end, [k]: span[1] } };
}

/** Applies a structural change to a formula written on `ownSheet`. */
export function shiftFormula(formula: string, ownSheet: string, change: StructuralChange): string {
  let changed = false;
  const tokens = tokenize(formula).map((t): Token => {
    if (t.kind !== 'ref' || (t.sheet ?? ownSheet) !== change.sheet) return t;
    const moved = shiftRef(t, change);
    changed = true;
    return moved ?? { kind: 'error', text: '#REF!' };
  });
  return changed ? render(tokens) : formula;
}

/** Follows a sheet rename (oldName → newName) in references that name the sheet. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string | undefined): string {
  let changed = false;
  const tokens = tokenize(formula).map((t): Token => {
    if (t.kind !== 'ref' || t.sheet !== oldName) return t;
    changed = true;
    return newName === undefined ? { kind: 'error', text: '#REF!' } : { ...t, sheet: newName };
  });
  return changed ? render(tokens) : formula;
}

/** Moves a formula's relative references by (rows, cols), as filling a range does. */
export function offsetFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const move = (p: RefPart): RefPart => ({
    ...p,
    row: p.row === undefined || p.rowAbs ? p.row : p.row + rows,
    col: p.col === undefined || p.colAbs ? p.col : p.col + cols,
  });
  return render(tokenize(formula).map((t): Token => (t.kind === 'ref' ? { ...t, start: move(t.start), end: t.end ? move(t.end) : undefined } : t)));
}
