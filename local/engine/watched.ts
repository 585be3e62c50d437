/**
 * The store cells the engine mirrors into HyperFormula: everything formulas reference and
 * every spill area seen. Kept per column as merged row intervals, so ten thousand formulas
 * that each read their own row collapse into one interval per column.
 */

export class RowIntervals {
  /** Sorted, disjoint, non-adjacent [first, last] pairs (0-based, inclusive), flattened. */
  private spans: number[] = [];

  add(first: number, last: number): boolean {
    const out: number[] = [];
    let a = first;
    let b = last;
    let placed = false;
    let changed = true;
    for (let i = 0; i < this.spans.length; i += 2) {
      const s = this.spans[i] as number;
      const e = this.spans[i + 1] as number;
      if (e < a - 1) out.push(s, e);
      else if (s > b + 1) {
        if (!placed) out.push(a, b);
        placed = true;
        out.push(s, e);
      } else {
        if (s <= a && e >= b) changed = false;
        a = Math.min(a, s);
        b = Math.max(b, e);
      }
    }
    if (!placed) out.push(a, b);
    this.spans = out;
    return changed;
  }

  /** Parts of [first, last] covered, as [first, last] pairs. */
  overlap(first: number, last: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.spans.length; i += 2) {
      const s = this.spans[i] as number;
      const e = this.spans[i + 1] as number;
      if (e < first || s > last) continue;
      out.push([Math.max(s, first), Math.min(e, last)]);
    }
    return out;
  }

  has(row: number): boolean {
    return this.overlap(row, row).length > 0;
  }
}

export class WatchedCells {
  private readonly byColumn = new Map<number, RowIntervals>();

  get empty(): boolean {
    return this.byColumn.size === 0;
  }

  /** Adds a 0-based rectangle; returns the columns whose coverage grew. */
  add(row: number, col: number, numRows: number, numCols: number): boolean {
    let grew = false;
    for (let c = col; c < col + numCols; c++) {
      let spans = this.byColumn.get(c);
      if (!spans) {
        spans = new RowIntervals();
        this.byColumn.set(c, spans);
      }
      if (spans.add(row, row + numRows - 1)) grew = true;
    }
    return grew;
  }

  has(row: number, col: number): boolean {
    return this.byColumn.get(col)?.has(row) ?? false;
  }

  /** Covered cells of a 0-based rectangle, column by column. */
  *cellsIn(row: number, col: number, numRows: number, numCols: number): Generator<[number, number]> {
    for (let c = col; c < col + numCols; c++) {
      const spans = this.byColumn.get(c);
      if (!spans) continue;
      for (const [a, b] of spans.overlap(row, row + numRows - 1)) for (let r = a; r <= b; r++) yield [r, c];
    }
  }
}
