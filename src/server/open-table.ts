/**
 * A goal table a request names, read and checked before anything is written: a table that
 * is gone, whose header lost a column, or whose KPI log was deleted is a failure with its
 * own code, and the request changes nothing.
 */
import { fail, ok, type Result } from '../core/result.ts';
import { CHANGE_COLUMNS, createChangeLog, findChangeLog } from '../sheet/change-log.ts';
import { goalKey } from '../sheet/kpi-log.ts';
import { readLedger, type Ledger } from '../sheet/ledger.ts';
import type { SheetPort, SpreadsheetAppPort, SpreadsheetPort } from '../sheet/ports.ts';
import { findTables, type FoundTable } from '../sheet/table-find.ts';
import { columnLetter, type StatusColours, type TableGeometry } from '../sheet/table-formulas.ts';
import { applyOwned } from '../sheet/table-owned.ts';
import { readTable, type TableState } from '../sheet/table-read.ts';
import { textOf } from './cells.ts';

export interface OpenTable {
  readonly ss: SpreadsheetPort;
  readonly zone: string;
  readonly table: FoundTable;
  readonly state: TableState;
  readonly log: SheetPort;
  readonly geometry: TableGeometry;
  /** 1-based column of each role the table has (an adopted sheet may lack optional ones: NaN, whose cells read as blank). */
  readonly column: (role: keyof NonNullable<TableState['geometry']>['columns']) => number;
}

/**
 * The table named, read. A write (under the lock) passes `claim`: a duplicated sheet not
 * yet claimed becomes a table of its own first, with its own logs, and Goalpost's formulas
 * of every table so claimed are rewritten to read them (the colours are read only then), so
 * a check-in on the copy goes to the copy's log and shows there. A read claims nothing.
 */
export function openTable(app: SpreadsheetAppPort, tableId: string, claim?: () => StatusColours): Result<OpenTable> {
  const ss = app.getActiveSpreadsheet();
  const tables = findTables(app, ss, claim !== undefined);
  const claimed = tables.filter((t) => t.claimed);
  if (claim && claimed.length > 0) {
    const colours = claim();
    for (const t of claimed) applyOwned(app, readTable(ss, t), colours);
  }
  const table = tables.find((t) => t.meta.table === tableId);
  if (!table) return fail('unknown-table', { field: 'tableId', table: tableId });
  const state = readTable(ss, table, false);
  const sheet = table.sheet.getName();
  if (state.missingColumns.length > 0) return fail('table-columns-missing', { sheet, missing: state.missingColumns.map((m) => `"${m}"`).join(', ') });
  const { log, geometry } = state;
  if (!log || !geometry) return fail('log-missing', { sheet });
  const column = (role: keyof typeof geometry.columns): number => geometry.columns[role] as number;
  return ok({ ss, zone: ss.getSpreadsheetTimeZone(), table, state, log, geometry, column });
}

/** The body index of the goal with this id (matched as the functions match keys); a problem when there is none, or more than one. */
export function findGoal(t: OpenTable, goalId: string): Result<number> {
  const key = goalKey(goalId);
  const idCol = t.column('id');
  const found: number[] = [];
  for (let i = 0; i < t.state.goalRows; i++) if (goalKey(t.state.values[i]?.[idCol - 1]) === key) found.push(i);
  const sheet = t.table.sheet.getName();
  const [first, second] = found;
  if (first === undefined) return fail('unknown-goal', { field: 'goalId', id: goalId, sheet });
  if (second !== undefined) {
    const cell = (i: number) => `${columnLetter(idCol)}${t.state.table.headerRow + 1 + i}`;
    return fail('duplicate-id', { field: `${sheet}!${cell(second)}`, id: goalId, first: `in ${cell(first)}` });
  }
  return ok(first);
}

export interface OpenGoal {
  readonly t: OpenTable;
  /** Its body index. */
  readonly index: number;
  /** Its row's cells, as read. */
  readonly cells: readonly unknown[];
  /** Its id as the table spells it. */
  readonly goalId: string;
}

/** The table and the goal a request names, both checked. */
export function openGoal(app: SpreadsheetAppPort, tableId: string, goalId: string, claim?: () => StatusColours): Result<OpenGoal> {
  const t = openTable(app, tableId, claim);
  if (!t.ok) return t;
  const index = findGoal(t.value, goalId);
  if (!index.ok) return index;
  const cells = t.value.state.values[index.value] ?? [];
  return ok({ t: t.value, index: index.value, cells, goalId: textOf(cells[t.value.column('id') - 1], t.value.zone).trim() });
}

/**
 * The table's change log, made now (with room for `entries` rows) if the table has none
 * yet; a deleted one, or one whose header was edited, is a problem.
 */
export function openChangeLog(app: SpreadsheetAppPort, t: OpenTable, entries: number): Result<Ledger> {
  const found = findChangeLog(t.ss, t.table);
  if (!found.ok) return found;
  return readLedger(found.value ?? createChangeLog(app, t.ss, t.table, entries), CHANGE_COLUMNS);
}
