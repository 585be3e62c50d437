/**
 * Adopting a sheet, first half: where its header row is and which column holds which role,
 * by header, synonym, or the person's own mapping (which wins). A role maps to one column
 * and a column to one role. Columns Goalpost computes (progress, status, …) are never a
 * person's column; current and reading date may be, and then stay theirs.
 */
import { fail, ok, type Result } from '../core/result.ts';
import { GOAL_COLUMNS, headerKey, type ColumnRole } from './goal-columns.ts';
import { matchRoles } from './header-roles.ts';
import { columnLetter, columnNumber } from './table-formulas.ts';

/** The header is looked for in this many rows from the top. */
export const HEADER_SCAN_ROWS = 20;
/** Longest header a table's metadata records (metadata is kept small: about 30,000 characters per spreadsheet). */
export const HEADER_MOST = 100;
const tooLong = (h: unknown): boolean => String(h ?? '').trim().length > HEADER_MOST;

/** Columns only Goalpost fills: always added by adoption, never mapped to a person's column. */
export const COMPUTED_ROLES: readonly ColumnRole[] = GOAL_COLUMNS.filter((c) => c.filling !== 'typed' && c.role !== 'current' && c.role !== 'readingDate').map((c) => c.role);
const ADOPTABLE = GOAL_COLUMNS.filter((c) => !COMPUTED_ROLES.includes(c.role));

export type Mapping = Partial<Record<ColumnRole, string | null>>;
export type By = 'name' | 'synonym' | 'mapping';

export interface RoleMap {
  /** The person's columns by role (1-based), with how each was chosen. */
  readonly roles: Partial<Record<ColumnRole, { readonly column: number; readonly by: By }>>;
}

/**
 * The header row: of the first rows, the one naming the most known columns, among those
 * naming a goal or KPI column and at least one more (the first such row on a tie); a title
 * row above it or a notes row below it names fewer.
 */
export function detectHeader(rows: readonly (readonly unknown[])[]): number | undefined {
  let best: { row: number; score: number } | undefined;
  rows.slice(0, HEADER_SCAN_ROWS).forEach((cells, i) => {
    const found = matchRoles(cells, ADOPTABLE);
    const score = Object.keys(found).length;
    if ((found.goal || found.kpi) && score >= 2 && score > (best?.score ?? 0)) best = { row: i + 1, score };
  });
  return best?.row;
}

/** The automatic mapping, then the person's on top of it; a mapping that cannot be kept is refused, naming its field. */
export function mapColumns(header: readonly unknown[], headerRow: number, mapping: Mapping = {}): Result<RoleMap> {
  const roles: RoleMap['roles'] & Record<string, unknown> = Object.fromEntries(
    Object.entries(matchRoles(header.map((h) => (tooLong(h) ? '' : h)), ADOPTABLE)).map(([role, m]) => [role, { column: m.column, by: m.by }]),
  );
  const keys = header.map(headerKey);
  const given = new Map<number, ColumnRole>();
  for (const [role, letters] of Object.entries(mapping) as [ColumnRole, string | null | undefined][]) {
    const field = `mapping.${role}`;
    if (COMPUTED_ROLES.includes(role)) return fail('role-is-computed', { field, role });
    delete roles[role];
    if (letters === null || letters === undefined) continue;
    const column = columnNumber(letters);
    if (column > header.length) return fail('column-outside-sheet', { field, column: letters, last: columnLetter(Math.max(header.length, 1)) });
    const key = keys[column - 1] ?? '';
    if (key === '') return fail('column-without-header', { field, column: letters, row: headerRow });
    if (tooLong(header[column - 1])) return fail('header-too-long', { field, column: letters, most: HEADER_MOST });
    const first = keys.indexOf(key) + 1;
    if (first !== column) return fail('header-not-unique', { field, column: letters, header: String(header[column - 1]).trim(), first: columnLetter(first) });
    const other = given.get(column);
    if (other !== undefined) return fail('column-mapped-twice', { field, column: letters, other: `mapping.${other}` });
    given.set(column, role);
  }
  // A column the person mapped leaves whatever role the guess gave it.
  for (const [role, m] of Object.entries(roles) as [ColumnRole, { column: number }][]) if (given.has(m.column)) delete roles[role];
  for (const [column, role] of given) roles[role] = { column, by: 'mapping' };
  return ok({ roles });
}
