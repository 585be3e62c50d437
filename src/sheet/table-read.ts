/**
 * Reading a goal table as it stands: the header row gives each column's role (by header or
 * synonym, so moved and inserted columns are followed), the body is read in one call each
 * for values and formulas, and what is wrong is collected as a report, never thrown.
 */
import { parseIsoDay } from '../core/dates.ts';
import { COLUMN_OF, GOAL_COLUMNS, headerKey, HELPER_HEADERS, TREND_POINTS, type ColumnRole } from './goal-columns.ts';
import { columnsOf, locateRoles, matchRoles, type Columns } from './header-roles.ts';
import type { SheetPort, SpreadsheetPort } from './ports.ts';
import type { FoundTable, TableMeta } from './table-find.ts';
import { isGoalpostFormula } from './formula-match.ts';
import { columnLetter, trendBlockFormula, type TableGeometry } from './table-formulas.ts';

export const TREND_BLOCK_HEADER = 'Trend data';

/** Role of each header cell, by exact header first, then synonyms. */
export function rolesOf(header: readonly unknown[]): { columns: Columns; trendBlock?: number } {
  const columns = columnsOf(matchRoles(header));
  const keys = header.map(headerKey);
  // The trend block's header, or (when it was cleared) the helper columns' right after it.
  const trend = keys.indexOf(headerKey(TREND_BLOCK_HEADER));
  const helper = keys.indexOf(headerKey(HELPER_HEADERS[0]));
  const block = trend >= 0 ? trend : helper >= TREND_POINTS ? helper - TREND_POINTS : -1;
  return block >= 0 ? { columns, trendBlock: block + 1 } : { columns };
}

/** The roles a table has: every column for Goalpost's own, the recorded ones for an adopted sheet. */
export const rolesOfTable = (meta: TableMeta): readonly ColumnRole[] =>
  meta.columns ? GOAL_COLUMNS.map((c) => c.role).filter((r) => meta.columns?.[r] !== undefined) : GOAL_COLUMNS.map((c) => c.role);

/** The header a role's column has in this table. */
export const headerOf = (meta: TableMeta, role: ColumnRole): string => meta.columns?.[role] ?? COLUMN_OF[role].header;

export interface TableState {
  readonly table: FoundTable;
  readonly geometry?: TableGeometry;
  /** Header row values, body values and body formulas, from the first body row to the last row with content. */
  readonly header: readonly unknown[];
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  /** Body rows with an id: the goals. */
  readonly goalRows: number;
  /** 1-based column of each role the header row names (complete or not). */
  readonly columns: Partial<Readonly<Record<ColumnRole, number>>>;
  /** Headers of the columns the header row lacks. */
  readonly missingColumns: readonly string[];
  /** The KPI log sheet; undefined when it was deleted. */
  readonly log: SheetPort | undefined;
  readonly problems: string[];
  /** How the trend block was found: by its header, by its KPI_SERIES formula, or not at all (Refresh builds it right of the table). */
  readonly trendBlockFound?: 'header' | 'formula';
}

const NUMBER_ROLES: readonly ColumnRole[] = ['baseline', 'target', 'upper', 'weight', 'cadence', 'confidence'];
const DATE_ROLES: readonly ColumnRole[] = ['start', 'due'];

/**
 * One read of the whole table: header, values and formulas of the body (three calls,
 * whatever its size). Readers that write no formulas (the server API) skip the formulas.
 */
export function readTable(ss: SpreadsheetPort, table: FoundTable, withFormulas = true): TableState {
  const { sheet, headerRow, meta } = table;
  const problems: string[] = [];
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(headerRow, 1, 1, lastColumn).getValues()[0] ?? [];
  const { columns: named, trendBlock } = rolesOf(header);
  const columns = meta.columns ? locateRoles(header, meta.columns) : named;
  const missing = rolesOfTable(meta).filter((r) => columns[r] === undefined).map((r) => headerOf(meta, r));
  if (missing.length > 0) problems.push(`${sheet.getName()}: the header row ${headerRow} has no ${missing.map((m) => `"${m}"`).join(', ')} column: type the header back (or undo the change)`);
  const log = ss.getSheets().find((s) => s.getSheetId() === meta.log);
  if (!log) problems.push(`${sheet.getName()}: its KPI log sheet was deleted: current values, reading dates, outlook, staleness and trends cannot be computed (undo the deletion, or create a new table)`);
  // A spill can reach past the last row the sheet reports; read no further than the sheet goes.
  const lastRow = Math.max(Math.min(sheet.getLastRow(), sheet.getMaxRows()), headerRow + 1);
  const rows = lastRow - headerRow;
  const values = sheet.getRange(headerRow + 1, 1, rows, lastColumn).getValues();
  const formulas = withFormulas ? sheet.getRange(headerRow + 1, 1, rows, lastColumn).getFormulas() : [];
  const idCol = columns.id;
  let goalRows = 0;
  if (idCol !== undefined) values.forEach((r, i) => {
    if (String(r[idCol - 1] ?? '').trim() !== '') goalRows = i + 1;
  });
  checkRows(sheet, headerRow, meta, columns, values, goalRows, problems);
  const complete = missing.length === 0 && log !== undefined;
  if (!complete) return { table, header, values, formulas, goalRows, problems, columns, missingColumns: missing, log };
  const base: TableGeometry = { columns, firstRow: headerRow + 1, trendBlock: lastColumn + 2, logSheet: log.getName(), user: meta.user ?? [] };
  // The block's header cleared: its KPI_SERIES formula (wherever a sort moved it) says where it is; with neither, it is built right of the table.
  const byFormula = trendBlock === undefined ? findFormula(formulas, headerRow + 1, trendBlockFormula(base)) : undefined;
  const found = trendBlock !== undefined ? 'header' : byFormula !== undefined ? 'formula' : undefined;
  const geometry = { ...base, trendBlock: trendBlock ?? byFormula ?? base.trendBlock };
  return { table, geometry, header, values, formulas, goalRows, problems, columns, missingColumns: missing, log, ...(found ? { trendBlockFound: found } : {}) };
}

/** The 1-based column holding Goalpost's `formula` (written in `firstRow`, perhaps moved by a sort), if any. */
function findFormula(formulas: readonly (readonly string[])[], firstRow: number, formula: string): number | undefined {
  for (let i = 0; i < formulas.length; i++) {
    const row = formulas[i] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c] && isGoalpostFormula(row[c] as string, firstRow + i, formula, firstRow)) return c + 1;
  }
  return undefined;
}

/** Text in number columns, duplicate ids, unknown parents and cycles, named by cell. */
export function checkRows(sheet: SheetPort, headerRow: number, meta: TableMeta, columns: Columns, values: readonly (readonly unknown[])[], goalRows: number, problems: string[]): void {
  const cell = (role: ColumnRole, i: number) => `${columnLetter(columns[role] as number)}${headerRow + 1 + i}`;
  const name = sheet.getName();
  const get = (role: ColumnRole, i: number): unknown => (columns[role] === undefined ? '' : values[i]?.[(columns[role] as number) - 1]);
  const ids = new Map<string, number>();
  /** Each id as typed, by its key (ids compare trimmed and case-insensitive). */
  const typedId = new Map<string, string>();
  // A current the person types is theirs to keep numeric too.
  const numberRoles = meta.user?.includes('current') ? [...NUMBER_ROLES, 'current' as const] : NUMBER_ROLES;
  for (let i = 0; i < goalRows; i++) {
    for (const role of numberRoles) {
      const v = get(role, i);
      if (typeof v === 'string' && v.trim() !== '') problems.push(`${name}!${cell(role, i)}: ${headerOf(meta, role)} "${v.slice(0, 30)}" is text, not a number: type a plain number`);
    }
    // Dates typed as ISO text read as dates; other text does not.
    for (const role of DATE_ROLES) {
      const v = get(role, i);
      if (typeof v === 'string' && v.trim() !== '' && parseIsoDay(v.trim()) === undefined) problems.push(`${name}!${cell(role, i)}: ${headerOf(meta, role)} "${v.slice(0, 30)}" is text, not a date: type a date such as 2026-12-31`);
    }
    const id = String(get('id', i) ?? '').trim().toLowerCase();
    if (id === '') continue;
    const first = ids.get(id);
    if (first !== undefined) problems.push(`${name}!${cell('id', i)}: id "${String(get('id', i))}" is also in ${cell('id', first)}: give every goal its own id`);
    else {
      ids.set(id, i);
      typedId.set(id, String(get('id', i)).trim());
    }
  }
  const parentOf = new Map<string, string>();
  for (let i = 0; i < goalRows; i++) {
    const id = String(get('id', i) ?? '').trim().toLowerCase();
    const parent = String(get('parent', i) ?? '').trim();
    if (parent === '') continue;
    if (!ids.has(parent.toLowerCase())) problems.push(`${name}!${cell('parent', i)}: parent "${parent}" is not an id in the table: fix it, or leave it blank for a top-level goal`);
    else if (id !== '') parentOf.set(id, parent.toLowerCase());
  }
  const reported = new Set<string>();
  for (const start of parentOf.keys()) {
    const seen: string[] = [];
    for (let at: string | undefined = start; at !== undefined; at = parentOf.get(at)) {
      if (seen.includes(at)) {
        const cycle = seen.slice(seen.indexOf(at));
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(`${name}: the parents of ${cycle.map((c) => cell('id', ids.get(c) as number)).join(', ')} form a cycle (${[...cycle, at].map((c) => typedId.get(c) ?? c).join(' → ')}): a goal cannot be its own ancestor`);
        }
        break;
      }
      seen.push(at);
    }
  }
}

export const trendBlockEnd = (g: TableGeometry): number => g.trendBlock + TREND_POINTS - 1;
