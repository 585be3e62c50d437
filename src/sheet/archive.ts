/**
 * A goal table's archive ("<table sheet> archive"): archived goals' typed values, as
 * values, with the day each was archived and why. Made the first time a goal of the table
 * is archived, beside it; the sheet in view stays in view. Read as a ledger, so a header
 * someone edited is refused rather than written under the wrong columns.
 */
import type { Day } from '../core/dates.ts';
import { instantFromSerial } from '../core/dates.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { COLUMN_OF, GOAL_COLUMNS, unitFormat, type ColumnRole } from './goal-columns.ts';
import { readLedger, type Ledger } from './ledger.ts';
import { UNIT_ROLES } from './goal-row.ts';
import { literal } from './literal.ts';
import type { SheetPort, SpreadsheetPort } from './ports.ts';

const TYPED: readonly ColumnRole[] = GOAL_COLUMNS.filter((c) => c.filling === 'typed').map((c) => c.role);

export const ARCHIVE_COLUMNS: readonly string[] = [...TYPED.map((r) => COLUMN_OF[r].header), 'Archived on', 'Reason'];

export const archiveName = (tableSheet: string): string => `${tableSheet} archive`;

/** The table's archive sheet, or undefined when it has none yet; a sheet of that name whose header is not the archive's is a problem. */
export function findArchive(ss: SpreadsheetPort, tableSheet: string): Result<Ledger | undefined> {
  const sheet = ss.getSheetByName(archiveName(tableSheet));
  return sheet ? readLedger(sheet, ARCHIVE_COLUMNS) : ok(undefined);
}

export function createArchive(ss: SpreadsheetPort, tableSheet: string): Result<Ledger> {
  const inView = ss.getActiveSheet();
  const sheet: SheetPort = ss.insertSheet(archiveName(tableSheet));
  sheet.getRange(1, 1, 1, ARCHIVE_COLUMNS.length).setValues([[...ARCHIVE_COLUMNS]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  inView.activate();
  const ledger = readLedger(sheet, ARCHIVE_COLUMNS);
  return ledger.ok ? ledger : fail('log-header-changed', { sheet: sheet.getName(), expected: ARCHIVE_COLUMNS.join(', ') });
}

/** An archive row's cells and formats from a goal row's typed cells (by role): text stays literal text, numbers keep the row's unit. */
export function archiveRow(typed: (role: ColumnRole) => unknown, day: Day, reason: string, zone: string): { cells: unknown[]; formats: string[] } {
  const unit = unitFormat(String(typed('unit') ?? ''), UNIT_ROLES.map(typed));
  const cells = TYPED.map((role) => {
    const v = typed(role);
    return typeof v === 'string' && v !== '' ? literal(v) : v;
  });
  const formats = TYPED.map((role) => {
    const f = COLUMN_OF[role].format;
    return f === 'unit' ? unit : (f ?? '@');
  });
  return { cells: [...cells, new Date(instantFromSerial(day, zone)), literal(reason)], formats: [...formats, 'yyyy-mm-dd', '@'] };
}
