/**
 * Refresh: the as-of date moves to today unless pinned, and every goal table gets back what
 * Goalpost owns; nothing a person typed changes. A target edited by hand since the change
 * log last recorded it is logged there as a revision. What is wrong comes back as a report.
 */
import type { Day } from '../core/dates.ts';
import { LOG_COLUMNS } from './goal-columns.ts';
import { ledgerHeaderIntact } from './ledger.ts';
import type { SpreadsheetAppPort } from './ports.ts';
import { ensureSettings, moveAsOfToToday } from './settings.ts';
import { findTables } from './table-find.ts';
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

/** A KPI log whose header row was edited: check-ins refuse to write to it (log-header-changed), so Refresh and listGoals report it. */
export function logProblems(state: TableState): string[] {
  if (!state.log || ledgerHeaderIntact(state.log, LOG_COLUMNS)) return [];
  return [`${state.table.sheet.getName()}: the KPI log's header row was edited, so check-ins cannot be written to it and current values may be read from the wrong column: type the headers back (${LOG_COLUMNS.join(', ')}), or undo the change`];
}

export function refreshTables(app: SpreadsheetAppPort, colours: StatusColours, today: Day): RefreshResult {
  const ss = app.getActiveSpreadsheet();
  const tables = findTables(app, ss, true);
  // Without a table there is nothing to refresh: no settings sheet is made, no as-of date moved.
  if (tables.length === 0) return { tables: 0, asOfMoved: false, report: [NO_TABLE] };
  const settings = ensureSettings(app, today);
  const asOfMoved = moveAsOfToToday(app, settings, today);
  const report: string[] = [];
  for (const table of tables) {
    const state = readTable(ss, table);
    report.push(...state.problems, ...logProblems(state), ...applyOwned(app, state, colours), ...recordTargetEdits(app, ss, state, today));
  }
  return { tables: tables.length, asOfMoved, report };
}
