/**
 * A1 notation as Apps Script's getRange accepts it: cells (B2), rectangles (A1:C3), whole
 * columns (B:D), whole rows (2:5) and open-ended ranges (B2:B runs to the last row), with an
 * optional sheet prefix (Goals!A1, 'My goals'!A1). An open side is `undefined`.
 */
import { columnIndex, columnLetters } from './columns.ts';

export interface A1Ref {
  readonly sheet?: string;
  readonly r1?: number;
  readonly c1?: number;
  readonly r2?: number;
  readonly c2?: number;
}

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

interface Part {
  readonly row?: number;
  readonly col?: number;
}

function parsePart(text: string): Part | undefined {
  const m = PART.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const col = m[1] === undefined ? undefined : columnIndex(m[1]);
  if (m[1] !== undefined && col === undefined) return undefined;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row !== undefined && row < 1) return undefined;
  return { row, col };
}

/** Splits "Sheet!A1" or "'It''s'!A1" into sheet name and the rest. */
export function splitSheet(text: string): { sheet?: string; rest: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { rest: text };
  const raw = text.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, rest: text.slice(bang + 1) };
}

export function parseA1(text: string): A1Ref | undefined {
  const { sheet, rest } = splitSheet(text.trim());
  const pieces = rest.split(':');
  if (pieces.length > 2 || pieces[0] === undefined) return undefined;
  const a = parsePart(pieces[0]);
  if (!a) return undefined;
  const withSheet = (r: A1Ref): A1Ref => (sheet === undefined ? r : { ...r, sheet });
  if (pieces.length === 1) {
    if (a.row === undefined || a.col === undefined) return undefined;
    return withSheet({ r1: a.row, c1: a.col, r2: a.row, c2: a.col });
  }
  const b = parsePart(pieces[1] ?? '');
  if (!b) return undefined;
  // Column-only on both sides (A:C) or row-only on both sides (2:5).
  if (a.row === undefined && b.row === undefined) {
    if (a.col === undefined || b.col === undefined) return undefined;
    return withSheet({ c1: Math.min(a.col, b.col), c2: Math.max(a.col, b.col) });
  }
  if (a.col === undefined && b.col === undefined) {
    if (a.row === undefined || b.row === undefined) return undefined;
    return withSheet({ r1: Math.min(a.row, b.row), r2: Math.max(a.row, b.row) });
  }
  // A full start cell with an open end: B2:B (rows to the end) or B2:2 (columns to the end).
  const r1 = a.row !== undefined && b.row !== undefined ? Math.min(a.row, b.row) : (a.row ?? b.row);
  const r2 = a.row !== undefined && b.row !== undefined ? Math.max(a.row, b.row) : undefined;
  const c1 = a.col !== undefined && b.col !== undefined ? Math.min(a.col, b.col) : (a.col ?? b.col);
  const c2 = a.col !== undefined && b.col !== undefined ? Math.max(a.col, b.col) : undefined;
  return withSheet({ r1, c1, r2, c2 });
}

/** The rectangle an A1Ref covers in a sheet of the given size. */
export function resolveRef(ref: A1Ref, maxRows: number, maxCols: number): Rect {
  const row = ref.r1 ?? 1;
  const col = ref.c1 ?? 1;
  const lastRow = ref.r2 ?? maxRows;
  const lastCol = ref.c2 ?? maxCols;
  return { row, col, numRows: lastRow - row + 1, numCols: lastCol - col + 1 };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a rectangle; open sides print as Sheets prints them (A:A, 2:2, B2:B). */
export function formatA1(rect: Rect, openRows = false, openCols = false): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastCol = rect.col + rect.numCols - 1;
  const c1 = columnLetters(rect.col);
  const c2 = columnLetters(lastCol);
  if (openRows && rect.row === 1) return `${c1}:${c2}`;
  if (openCols && rect.col === 1) return `${rect.row}:${lastRow}`;
  if (openRows) return `${c1}${rect.row}:${c2}`;
  if (openCols) return `${c1}${rect.row}:${lastRow}`;
  if (rect.numRows === 1 && rect.numCols === 1) return `${c1}${rect.row}`;
  return `${c1}${rect.row}:${c2}${lastRow}`;
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.numRows && col >= outer.col && col < outer.col + outer.numCols;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}
