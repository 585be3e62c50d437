/**
 * Refresh: the as-of date moves to today unless pinned, and every goal table gets back what
 * Goalpost owns; nothing a person typed changes. A target edited by hand since the change
 * log last recorded it is logged there as a revision. What is wrong comes back as a report.
 */
import type { Day } from '../core/dates.ts';
import type { SpreadsheetAppPort } from './ports.ts';
import { ensureSettings, moveAsOfToToday } from './settings.ts';
import { findTables } from './table-find.ts';
import type { StatusColours } from './table-formulas.ts';
import { applyOwned } from './table-owned.ts';
import { readTable } from './table-read.ts';
import { recordTargetEdits } from './target-history.ts';

export interface RefreshResult {
  readonly tables: number;
  readonly asOfMoved: boolean;
  readonly report: string[];
}

export function refreshTables(app: SpreadsheetAppPort, colours: StatusColours, today: Day): RefreshResult {
  const ss = app.getActiveSpreadsheet();
  const settings = ensureSettings(app, today);
  const asOfMoved = moveAsOfToToday(app, settings, today);
  const report: string[] = [];
  const tables = findTables(app, ss, true);
  for (const table of tables) {
    const state = readTable(ss, table);
    report.push(...state.problems, ...applyOwned(app, state, colours), ...recordTargetEdits(app, ss, state, today));
  }
  return { tables: tables.length, asOfMoved, report };
}
