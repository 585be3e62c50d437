/**
 * Adopting a sheet, second half: the plan written. Every column of the person's stays
 * where it is, as it is (values, formats, notes); only Goalpost's columns are appended to
 * the right of the last one, with the trend block after them, and the header row is tagged
 * so the table is found again. The KPI log and settings are made as for a new table.
 */
import type { Day } from '../core/dates.ts';
import type { AdoptionPlan } from './adopt-plan.ts';
import { headersOf } from './adopt-plan.ts';
import { isGoalRow } from './adopt-report.ts';
import { BLOCK_WIDTH, COLUMN_OF, type ColumnRole } from './goal-columns.ts';
import { literal } from './literal.ts';
import type { SpreadsheetAppPort } from './ports.ts';
import { ensureSettings } from './settings.ts';
import { createKpiLog, ownTable } from './table-create.ts';
import { findTables, metaText, newTableId, TABLE_KEY, type TableMeta } from './table-find.ts';
import { blockHeaders, type StatusColours } from './table-formulas.ts';
import { TREND_BLOCK_HEADER } from './table-read.ts';
import { ADOPTED_REASON } from './target-history.ts';

export interface Adopted {
  readonly tableId: string;
  readonly report: string[];
}

export function applyAdoption(app: SpreadsheetAppPort, plan: AdoptionPlan, colours: StatusColours, today: Day): Adopted {
  const ss = app.getActiveSpreadsheet();
  const { sheet, headerRow, lastColumn, added } = plan;
  ensureSettings(app, today);
  const tableId = newTableId(new Set(findTables(app, ss, false).map((t) => t.meta.table)));
  const log = createKpiLog(app, ss, sheet.getName(), tableId);

  // Goalpost's columns, a blank one, then the trend block and the helper columns: all right of the person's last column.
  const first = lastColumn + 1;
  const needed = first + added.length + BLOCK_WIDTH;
  if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  sheet.getRange(headerRow, first, 1, added.length + 1 + BLOCK_WIDTH).setValues([[...added.map((a) => a.header), '', ...blockHeaders(TREND_BLOCK_HEADER)]]);
  added.forEach((a, i) => {
    const width = COLUMN_OF[a.role].width;
    if (width) sheet.setColumnWidth(first + i, width);
  });
  const idAt = added.findIndex((a) => a.role === 'id');
  if (idAt >= 0 && plan.goalRows > 0) {
    let n = 0;
    const ids = plan.body.slice(0, plan.goalRows).map((r) => [isGoalRow(plan, r) ? literal(`G${++n}`) : '']);
    sheet.getRange(headerRow + 1, first + idAt, ids.length, 1).setValues(ids);
  }

  const meta: TableMeta = {
    v: 1, table: tableId, sheet: sheet.getSheetId(), log: log.getSheetId(),
    columns: headersOf(plan), user: Object.keys(plan.roles) as ColumnRole[],
  };
  sheet.getRange(`${headerRow}:${headerRow}`).addDeveloperMetadata(TABLE_KEY, metaText(meta), app.DeveloperMetadataVisibility.DOCUMENT);
  const report = ownTable(app, ss, sheet, tableId, colours, today, ADOPTED_REASON);
  // Inserting the log (and settings, change log) made that sheet the active one: the adopted sheet stays in view.
  sheet.activate();
  return { tableId, report };
}
