/**
 * Refresh: the as-of date moves to today unless pinned, and every goal table gets back what
 * Goalpost owns; nothing a person typed changes. A target edited by hand since the change
 * log last recorded it is logged there as a revision. What is wrong comes back as a report.
 */
import type { Day } from '../core/dates.ts';
import { LOG_COLUMNS } from './goal-columns.ts';
import { ledgerHeaderMismatches } from './ledger.ts';
import type { SheetPort, SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import { ensureSettings, moveAsOfToToday } from './settings.ts';
import { findTables, LOG_KEY, TABLE_KEY, type FoundTable } from './table-find.ts';
import { columnLetter } from './table-formulas.ts';
import type { StatusColours } from './table-formulas.ts';
import { applyOwned } from './table-owned.ts';
import { readTable, type TableState } from './table-read.ts';
import { recordTargetEdits } from './target-history.ts';

export const NO_TABLE = 'This spreadsheet has no goal table yet: make one with Extensions › Goalpost › New goal table, or open a sheet that lists your goals and use Adopt this sheet';

export interface RefreshResult {
  readonly tables: number;
  readonly asOfMoved: boolean;
  readonly report: string[];
}

export function refreshTables(app: SpreadsheetAppPort, colours: StatusColours, today: Day): RefreshResult {
  const ss = app.getActiveSpreadsheet();
  const tables = findTables(app, ss, true);
  const report = lostTables(ss, tables);
  // Without a table there is nothing to refresh: no settings sheet is made, no as-of date moved.
  if (tables.length === 0) return { tables: 0, asOfMoved: false, report: report.length > 0 ? report : [NO_TABLE] };
  const settings = ensureSettings(app, today);
  const asOfMoved = moveAsOfToToday(app, settings, today);
  for (const table of tables) {
    const state = readTable(ss, table);
    report.push(...state.problems, ...logProblems(state), ...applyOwned(app, state, colours), ...recordTargetEdits(app, ss, state, today));
  }
  return { tables: tables.length, asOfMoved, report };
}

/**
 * The KPI log's header, cell by cell: formulas read the log by position, so an edited header
 * is named, never followed (check-ins refuse to write to it: log-header-changed). Refresh and
 * listGoals report it.
 */
export function logProblems(state: TableState): string[] {
  return state.log ? logHeaderProblems(state.log) : [];
}

function logHeaderProblems(log: SheetPort): string[] {
  return ledgerHeaderMismatches(log, LOG_COLUMNS).map(({ column, found, expected }) =>
    `${log.getName()}!${columnLetter(column)}1: the KPI log's header reads "${String(found).slice(0, 30)}", not "${expected}": Goalpost reads the log by position (${LOG_COLUMNS.join(', ')}); type the header back`);
}

/**
 * Tables Goalpost can no longer find, named rather than dropped in silence: a header row whose
 * metadata is unreadable, and a KPI log that no table claims (its table's header row, or its
 * whole sheet, was deleted). Refresh writes nothing to them.
 */
function lostTables(ss: SpreadsheetPort, tables: readonly FoundTable[]): string[] {
  const report: string[] = [];
  const found = new Set(tables.map((t) => `${t.sheet.getSheetId()}:${t.headerRow}`));
  const reported = new Set<number>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(TABLE_KEY).find()) {
    const row = md.getLocation().getRow();
    if (!row) continue;
    const sheet = row.getSheet();
    if (found.has(`${sheet.getSheetId()}:${row.getRow()}`)) continue;
    reported.add(sheet.getSheetId());
    report.push(`${sheet.getName()}: Goalpost's mark on its header row (row ${row.getRow()}) is unreadable, so it is no longer found as a goal table: Refresh left it alone (undo the change, or use Adopt this sheet)`);
  }
  const logs = new Set(tables.map((t) => t.meta.log));
  for (const md of ss.createDeveloperMetadataFinder().withKey(LOG_KEY).find()) {
    const log = md.getLocation().getRow()?.getSheet() ?? md.getLocation().getSheet();
    if (!log || logs.has(log.getSheetId())) continue;
    // The log is named after its goal sheet ("Retail goals log"): that sheet, if it is still there.
    const name = log.getName();
    const goal = name.endsWith(' log') ? ss.getSheetByName(name.slice(0, -' log'.length)) : null;
    if (goal && reported.has(goal.getSheetId())) continue;
    report.push(goal
      ? `${goal.getName()}: the header row that made it a goal table was deleted (its KPI log "${name}" is still there): Refresh left it alone (undo the deletion, or use Adopt this sheet)`
      : `${name}: the goal table this KPI log belongs to was deleted: Refresh left the log alone`);
  }
  return report;
}
