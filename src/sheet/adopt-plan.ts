/**
 * Adopting a sheet, worked out before anything is written: the header row, the mapping,
 * what is missing, the columns Goalpost would add to the right of the last one, and a
 * report. Reading it costs one call whatever the sheet's size.
 */
import { fail, ok, type Result } from '../core/result.ts';
import { COLUMN_OF, GOAL_COLUMNS, headerKey, type ColumnRole } from './goal-columns.ts';
import { COMPUTED_ROLES, detectHeader, HEADER_SCAN_ROWS, mapColumns, type By, type Mapping } from './adopt-mapping.ts';
import { adoptionReport, isGoalRow } from './adopt-report.ts';
import type { SheetPort } from './ports.ts';
import type { Columns } from './header-roles.ts';

/** Typed columns every goal table needs: added when the sheet has none (the id filled in, the others empty for the person). */
export const NEEDED_ROLES: readonly ColumnRole[] = ['id', 'baseline', 'start', 'due'];

export interface AdoptColumn {
  readonly column: number;
  readonly header: string;
  readonly role: ColumnRole | null;
  readonly by: By | null;
}

export interface AdoptionPlan {
  readonly sheet: SheetPort;
  readonly headerRow: number;
  /** The header row's cells as getValues gives them (the metadata records these). */
  readonly headerCells: readonly unknown[];
  readonly lastColumn: number;
  /** Every column with a header, mapped or not. */
  readonly columns: readonly AdoptColumn[];
  /** The person's columns, by role. */
  readonly roles: Columns;
  /** What applying adds, in order, to the right of the last column. */
  readonly added: readonly { readonly role: ColumnRole; readonly header: string }[];
  /** Roles a goal table cannot do without that no column gives, one line each. */
  readonly missing: readonly string[];
  readonly body: readonly (readonly unknown[])[];
  /** Body rows up to the last one with a goal, KPI or target. */
  readonly goalRows: number;
  readonly report: readonly string[];
}

export interface AdoptRequest {
  readonly headerRow?: number;
  readonly mapping?: Mapping;
}

export function planAdoption(sheet: SheetPort, request: AdoptRequest): Result<AdoptionPlan> {
  const lastRow = sheet.getLastRow();
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const cells = lastRow > 0 ? sheet.getRange(1, 1, lastRow, lastColumn).getValues() : [];
  const headerRow = request.headerRow ?? detectHeader(cells);
  if (headerRow === undefined) return fail('no-header-row', { field: 'headerRow', sheet: sheet.getName(), rows: HEADER_SCAN_ROWS });
  const header = cells[headerRow - 1] ?? Array.from({ length: lastColumn }, () => '');
  const mapped = mapColumns(header, headerRow, request.mapping);
  if (!mapped.ok) return mapped;
  const roles: Columns = Object.fromEntries(Object.entries(mapped.value.roles).map(([r, m]) => [r, m.column]));
  const notes: string[] = [];
  // A reading date is the date of the person's own current; without one, both come from the log.
  if (roles.readingDate !== undefined && roles.current === undefined) {
    notes.push(`"${String(header[roles.readingDate - 1]).trim()}" stays yours, unused: without a current column of yours, Goalpost reads current values and their dates from the KPI log`);
    delete roles.readingDate;
  }
  const missing = [
    ...(roles.target === undefined ? ['the target, the value to reach (a header such as Target or Goal value)'] : []),
    ...(roles.goal === undefined && roles.kpi === undefined ? ['a goal or KPI, what is measured (a header such as Goal, Objective, KPI or Metric)'] : []),
  ];
  // A header cell that is not text (a date, a number) is shown as the sheet displays it; one more read, only then.
  const typed = header.some((h) => typeof h !== 'string' && h !== null && h !== undefined);
  const shown = typed ? (sheet.getRange(headerRow, 1, 1, lastColumn).getDisplayValues()[0] ?? []) : header;
  const byColumn = new Map(Object.entries(mapped.value.roles).map(([r, m]) => [m.column, { role: r as ColumnRole, by: m.by }]));
  const columns = header.flatMap((h, i): AdoptColumn[] => {
    const text = String(shown[i] ?? h ?? '').trim();
    const entry = byColumn.get(i + 1);
    // A role dropped above (a reading date without a current) leaves its column unmapped.
    const m = entry && roles[entry.role] === i + 1 ? entry : undefined;
    return text === '' ? [] : [{ column: i + 1, header: text, role: m?.role ?? null, by: m?.by ?? null }];
  });
  const body = cells.slice(headerRow);
  let goalRows = 0;
  body.forEach((r, i) => {
    if (isGoalRow({ roles }, r)) goalRows = i + 1;
  });
  const plan = { sheet, headerRow, headerCells: header, lastColumn, columns, roles, added: addedColumns(header, roles), missing, body, goalRows };
  return ok({ ...plan, report: [...notes, ...adoptionReport(plan)] });
}

/** The columns applying adds, in Goalpost's order; a header the sheet already uses gets " (Goalpost)". */
function addedColumns(header: readonly unknown[], roles: Columns): AdoptionPlan['added'] {
  const wanted = GOAL_COLUMNS.filter((c) =>
    roles[c.role] === undefined && (NEEDED_ROLES.includes(c.role) || COMPUTED_ROLES.includes(c.role) || (roles.current === undefined && (c.role === 'current' || c.role === 'readingDate'))));
  const used = new Set(header.map(headerKey));
  return wanted.map((c) => {
    const header = used.has(headerKey(c.header)) ? `${c.header} (Goalpost)` : c.header;
    used.add(headerKey(header));
    return { role: c.role, header };
  });
}

/** The table's columns: role → header as the sheet spells it, the person's and the added ones. */
export function headersOf(plan: AdoptionPlan): Partial<Record<ColumnRole, string>> {
  // Recorded as readTable reads the header (its values, not the display text), so the table finds the column.
  const own = Object.entries(plan.roles).map(([r, c]) => [r, plan.columns.some((x) => x.column === c) ? String(plan.headerCells[c - 1] ?? '').trim() : COLUMN_OF[r as ColumnRole].header]);
  return Object.fromEntries([...own, ...plan.added.map((a) => [a.role, a.header])]);
}
