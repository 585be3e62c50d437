/**
 * A ledger sheet: the KPI log or a change log, a header row of fixed columns and one row
 * per entry below it. Its last entry is found from its own columns, not getLastRow: a
 * range formula spilling down beside the log (an analyst's own column) moves getLastRow
 * past the last entry, and an append there would leave a gap the next one could not see.
 * Reading and appending cost a fixed number of service calls, whatever the ledger's length.
 */
import { fail, ok, type Result } from '../core/result.ts';
import type { SheetPort } from './ports.ts';

export interface Ledger {
  readonly sheet: SheetPort;
  /** The entries' cells, from row 2 down to the last row with content in the ledger's columns. */
  readonly rows: readonly (readonly unknown[])[];
  /** The sheet row of the last entry (1 when the ledger is empty). */
  readonly lastRow: number;
}

const norm = (v: unknown): string => String(v ?? '').trim().toLowerCase();
const filled = (row: readonly unknown[]): boolean => row.some((v) => v !== '' && v !== null && v !== undefined);

const namesColumns = (header: readonly unknown[], columns: readonly string[]): boolean => columns.every((c, i) => norm(header[i]) === norm(c));

export interface HeaderMismatch {
  /** 1-based column. */
  readonly column: number;
  readonly found: unknown;
  readonly expected: string;
}

/** The header cells that no longer name the ledger's columns (one read of row 1): what readLedger refuses, cell by cell, for a report. */
export function ledgerHeaderMismatches(sheet: SheetPort, columns: readonly string[]): HeaderMismatch[] {
  const header = sheet.getRange(1, 1, 1, columns.length).getValues()[0] ?? [];
  return columns.flatMap((expected, i) => (norm(header[i]) === norm(expected) ? [] : [{ column: i + 1, found: header[i] ?? '', expected }]));
}

/** Reads the whole ledger in one call; a header that no longer names its columns is refused, so nothing lands in the wrong column. */
export function readLedger(sheet: SheetPort, columns: readonly string[]): Result<Ledger> {
  const width = columns.length;
  const last = Math.max(Math.min(sheet.getLastRow(), sheet.getMaxRows()), 1);
  const cells = sheet.getRange(1, 1, last, width).getValues();
  const header = cells[0] ?? [];
  if (!namesColumns(header, columns)) {
    return fail('log-header-changed', { sheet: sheet.getName(), expected: columns.join(', ') });
  }
  let lastRow = cells.length;
  while (lastRow > 1 && !filled(cells[lastRow - 1] ?? [])) lastRow--;
  return ok({ sheet, rows: cells.slice(1, lastRow), lastRow });
}

/**
 * Writes rows after the last entry, adding sheet rows when the ledger is full, and gives
 * each row's first columns their number formats (`formats[i]` for row i: a date, text ids).
 * Returns the first row written. Strings must already be literal text where people typed them.
 */
export function appendRows(ledger: Ledger, rows: readonly (readonly unknown[])[], formats: readonly (readonly string[])[]): number {
  const { sheet } = ledger;
  const first = ledger.lastRow + 1;
  const needed = first + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  const formatWidth = formats[0]?.length ?? 0;
  if (formatWidth > 0) sheet.getRange(first, 1, rows.length, formatWidth).setNumberFormats(formats.map((f) => [...f]));
  sheet.getRange(first, 1, rows.length, rows[0]?.length ?? 1).setValues(rows.map((r) => [...r]));
  return first;
}
