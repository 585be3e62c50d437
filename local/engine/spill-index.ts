/**
 * Where arrays spilled, and where they could not: the engine answers getValues and
 * getLastRow for spilled cells from this index, and names the blocking cell in #REF!.
 */
import type { HyperFormula } from 'hyperformula';
import { columnLetters } from '../a1/columns.ts';
import type { Rect } from '../a1/a1-notation.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import { blockedArrays, intendedSize, spilledArrays, type HfAddress } from './hf-internals.ts';

export const hfKey = (a: HfAddress) => `${a.sheet}:${a.row}:${a.col}`;

export interface BlockedArray {
  /** The area the array wants, 0-based, anchor included. */
  readonly rect: Rect;
  readonly row: number;
  readonly col: number;
}

export interface SpillIndex {
  /** Successful spills by store sheet id, 0-based rectangles. */
  readonly spills: Map<number, Rect[]>;
  readonly blocked: Map<number, BlockedArray[]>;
}

export type SizeOf = (anchor: HfAddress) => { rows: number; cols: number } | undefined;

function add<T>(map: Map<number, T[]>, id: number, item: T): void {
  const list = map.get(id) ?? [];
  list.push(item);
  map.set(id, list);
}

export function indexSpills(hf: HyperFormula, storeIds: ReadonlyMap<number, number>, sizeOf: SizeOf): SpillIndex {
  const spills = new Map<number, Rect[]>();
  const blocked = new Map<number, BlockedArray[]>();
  for (const area of spilledArrays(hf)) {
    const id = storeIds.get(area.anchor.sheet);
    if (id !== undefined) add(spills, id, { row: area.anchor.row, col: area.anchor.col, numRows: area.rows, numCols: area.cols });
  }
  for (const anchor of blockedArrays(hf)) {
    const id = storeIds.get(anchor.sheet);
    const size = sizeOf(anchor);
    if (id !== undefined && size) add(blocked, id, { rect: { row: anchor.row, col: anchor.col, numRows: size.rows, numCols: size.cols }, row: anchor.row, col: anchor.col });
  }
  return { spills, blocked };
}

/** The size an array wants: known from custom-function results, else HyperFormula's prediction. */
export function sizeFinder(hf: HyperFormula, sizes: ReadonlyMap<string, { rows: number; cols: number }>, predictor: unknown): SizeOf {
  return (anchor) => sizes.get(hfKey(anchor)) ?? intendedSize(hf, predictor, anchor);
}

/** A1 of the first store cell inside a blocked array's area, for Sheets' message. */
export function firstBlocker(sheet: SheetStore, anchor: HfAddress, size: { rows: number; cols: number }): string {
  for (let r = anchor.row; r < anchor.row + size.rows; r++) {
    for (let c = anchor.col; c < anchor.col + size.cols; c++) {
      if ((r !== anchor.row || c !== anchor.col) && sheet.content.get(r, c) !== undefined) return `${columnLetters(c + 1)}${r + 1}`;
    }
  }
  return '';
}
