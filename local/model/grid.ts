/**
 * One layer of a sheet (values, number formats, notes...): sparse rows of sparse cells,
 * 0-based. Rows and columns can be inserted and deleted, which shifts everything after them,
 * the way Sheets moves cell contents and formats.
 */

export class Grid<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }

  set(row: number, col: number, value: T | undefined): void {
    let r = this.rows[row];
    if (r === undefined) {
      if (value === undefined) return;
      r = [];
      this.rows[row] = r;
    }
    r[col] = value;
  }

  /** The row array, created on demand, for hot loops that write many cells. */
  rowForWrite(row: number, width = 0): Array<T | undefined> {
    let r = this.rows[row];
    if (r === undefined) {
      // Sized up front: growing an array one index at a time is slow for bulk writes.
      r = new Array<T | undefined>(width);
      this.rows[row] = r;
    }
    return r;
  }

  clearRect(row: number, col: number, numRows: number, numCols: number): void {
    const end = Math.min(row + numRows, this.rows.length);
    for (let r = row; r < end; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      const stop = Math.min(col + numCols, cells.length);
      for (let c = col; c < stop; c++) cells[c] = undefined;
    }
  }

  fillRect(row: number, col: number, numRows: number, numCols: number, value: T | undefined): void {
    if (value === undefined) return this.clearRect(row, col, numRows, numCols);
    for (let r = row; r < row + numRows; r++) {
      const cells = this.rowForWrite(r);
      for (let c = col; c < col + numCols; c++) cells[c] = value;
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
  }

  deleteRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, count);
  }

  insertCols(at: number, count: number): void {
    const blanks = new Array<undefined>(count).fill(undefined);
    for (const cells of this.rows) if (cells && at < cells.length) cells.splice(at, 0, ...blanks);
  }

  deleteCols(at: number, count: number): void {
    for (const cells of this.rows) if (cells && at < cells.length) cells.splice(at, count);
  }

  /** Index of the last row holding any cell, or -1. Trims empty trailing rows as it goes. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells && cells.some((v) => v !== undefined)) return r;
      this.rows.length = r;
    }
    return -1;
  }

  /** Index of the last column holding any cell, or -1. */
  lastCol(): number {
    let last = -1;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c > last; c--) {
        if (cells[c] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  forEach(fn: (value: T, row: number, col: number) => void): void {
    this.rows.forEach((cells, r) => {
      cells?.forEach((v, c) => {
        if (v !== undefined) fn(v, r, c);
      });
    });
  }

  /** Rows as arrays with null holes, trailing blanks trimmed: compact and JSON-safe. */
  toJSON<J>(encode: (value: T) => J): Array<Array<J | null> | null> {
    const out: Array<Array<J | null> | null> = [];
    const last = this.lastRow();
    for (let r = 0; r <= last; r++) {
      const cells = this.rows[r];
      if (!cells || !cells.some((v) => v !== undefined)) {
        out.push(null);
        continue;
      }
      let end = cells.length;
      while (end > 0 && cells[end - 1] === undefined) end--;
      const row: Array<J | null> = [];
      for (let c = 0; c < end; c++) {
        const v = cells[c];
        row.push(v === undefined ? null : encode(v));
      }
      out.push(row);
    }
    return out;
  }

  static fromJSON<T, J>(rows: ReadonlyArray<ReadonlyArray<J | null> | null>, decode: (json: J) => T): Grid<T> {
    const grid = new Grid<T>();
    rows.forEach((cells, r) => {
      if (!cells) return;
      const row = grid.rowForWrite(r);
      cells.forEach((v, c) => {
        if (v !== null) row[c] = decode(v);
      });
    });
    return grid;
  }
}
