/**
 * Writing a goal row's typed cells, and only those: the computed columns are the range
 * formulas' (a value written there would block them). Cells in neighbouring columns are
 * written together, so a row costs a call per run of columns, not per cell. The unit
 * columns take the number format of the row's unit, as Refresh gives them.
 */
import { unitFormat, type ColumnRole } from './goal-columns.ts';
import type { SheetPort } from './ports.ts';

export type RoleCells = Partial<Record<ColumnRole, unknown>>;

/** Columns whose format follows the row's unit. */
export const UNIT_ROLES: readonly ColumnRole[] = ['baseline', 'target', 'upper', 'current'];

/** Consecutive runs of 1-based columns, each as its first column and the roles in it, in order. */
function runs(roles: readonly ColumnRole[], columns: Partial<Readonly<Record<ColumnRole, number>>>): [number, ColumnRole[]][] {
  const sorted = roles.filter((r) => columns[r] !== undefined).sort((a, b) => (columns[a] as number) - (columns[b] as number));
  const out: [number, ColumnRole[]][] = [];
  for (const role of sorted) {
    const col = columns[role] as number;
    const run = out[out.length - 1];
    if (run && run[0] + run[1].length === col) run[1].push(role);
    else out.push([col, [role]]);
  }
  return out;
}

/**
 * Writes the given cells of one row (values as the sheet takes them: text already literal);
 * with `unit`, the unit columns' formats too, their places fixed from the row's numbers.
 */
export function writeRoleCells(
  sheet: SheetPort,
  columns: Partial<Readonly<Record<ColumnRole, number>>>,
  row: number,
  cells: RoleCells,
  unit?: string,
  /** The row's numbers the unit format's places follow (default: those in cells). */
  numbers: readonly unknown[] = UNIT_ROLES.map((r) => cells[r]),
): void {
  for (const [col, roles] of runs(Object.keys(cells) as ColumnRole[], columns)) {
    sheet.getRange(row, col, 1, roles.length).setValues([roles.map((r) => cells[r])]);
  }
  if (unit === undefined) return;
  const format = unitFormat(unit, numbers);
  for (const [col, roles] of runs(UNIT_ROLES, columns)) {
    sheet.getRange(row, col, 1, roles.length).setNumberFormats([roles.map(() => format)]);
  }
}
