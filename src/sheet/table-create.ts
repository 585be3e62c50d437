/**
 * A new goal table and its KPI log, from a template or blank: the settings sheet (once per
 * spreadsheet), the goal sheet with its title, header and typed rows, the log with its
 * readings, the metadata that finds them again, then everything Goalpost owns.
 */
import { instantFromSerial, type Day } from '../core/dates.ts';
import { BLOCK_WIDTH, GOAL_COLUMNS, LOG_COLUMNS, type ColumnRole } from './goal-columns.ts';
import { literalRow } from './literal.ts';
import type { SheetPort, SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import { SETTING_NAMES } from './settings-layout.ts';
import { ensureSettings } from './settings.ts';
import { uniqueSheetName } from './sheet-names.ts';
import { findTables, LOG_KEY, metaText, newTableId, TABLE_KEY, type TableMeta } from './table-find.ts';
import { blockHeaders, type StatusColours } from './table-formulas.ts';
import { applyOwned } from './table-owned.ts';
import { readTable, TREND_BLOCK_HEADER } from './table-read.ts';
import { CREATED_REASON, recordTargetEdits } from './target-history.ts';
import { templateData, type TemplateName, type TemplateRow } from './templates.ts';

/** The goal sheet: a title row with the as-of date, then the header. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;

export interface CreatedTable {
  readonly sheet: SheetPort;
  readonly log: SheetPort;
  readonly tableId: string;
  readonly report: string[];
}

export function createTable(app: SpreadsheetAppPort, colours: StatusColours, today: Day, template?: TemplateName): CreatedTable {
  const ss = app.getActiveSpreadsheet();
  const zone = ss.getSpreadsheetTimeZone();
  const date = (day: Day): Date => new Date(instantFromSerial(day, zone));
  ensureSettings(app, today);
  const title = template ? `${template} goals` : 'Goals';
  const sheet = ss.insertSheet(uniqueSheetName(ss, title));
  const tableId = newTableId(new Set(findTables(app, ss, false).map((t) => t.meta.table)));
  const log = createKpiLog(app, ss, sheet.getName(), tableId);
  const data = template ? templateData(template, today) : { rows: [], readings: [] };
  if (data.readings.length > 0) {
    log.getRange(2, 1, data.readings.length, 3).setValues(data.readings.map((r) => [date(r.day), r.id, r.value]));
  }

  // The goal sheet: title row, header, typed rows (people's text as literal text).
  const meta: TableMeta = { v: 1, table: tableId, sheet: sheet.getSheetId(), log: log.getSheetId() };
  const width = GOAL_COLUMNS.length;
  const blockColumn = width + 2;
  // A new sheet has 26 columns; the table, its trend block and the helper columns need more.
  const columnsNeeded = blockColumn + BLOCK_WIDTH - 1;
  if (sheet.getMaxColumns() < columnsNeeded) sheet.insertColumnsAfter(sheet.getMaxColumns(), columnsNeeded - sheet.getMaxColumns());
  sheet.getRange(TITLE_ROW, 1, 1, 2).setValues([[literalRow([title])[0], '']]);
  sheet.getRange(TITLE_ROW, 1).setFontWeight('bold');
  sheet.getRange(TITLE_ROW, 3).setFormula(`="As of " & TEXT(${SETTING_NAMES.asOf}, "yyyy-mm-dd")`);
  sheet.getRange(HEADER_ROW, 1, 1, columnsNeeded).setValues([[...GOAL_COLUMNS.map((c) => c.header), '', ...blockHeaders(TREND_BLOCK_HEADER)]]);
  if (data.rows.length > 0) sheet.getRange(HEADER_ROW + 1, 1, data.rows.length, width).setValues(data.rows.map((r) => literalRow(rowCells(r, date))));
  sheet.getRange(`${HEADER_ROW}:${HEADER_ROW}`).addDeveloperMetadata(TABLE_KEY, metaText(meta), app.DeveloperMetadataVisibility.DOCUMENT);
  GOAL_COLUMNS.forEach((c, i) => {
    if (c.width) sheet.setColumnWidth(i + 1, c.width);
  });

  // The template's targets start the change log: later edits, by revision or by hand, are measured from them.
  const report = ownTable(app, ss, sheet, meta.table, colours, today, CREATED_REASON);
  sheet.activate();
  return { sheet, log, tableId: meta.table, report };
}

/** A new KPI log for the goal sheet named: header, formats, and the metadata that ties it to the table. */
export function createKpiLog(app: SpreadsheetAppPort, ss: SpreadsheetPort, goalSheet: string, tableId: string): SheetPort {
  const log = ss.insertSheet(uniqueSheetName(ss, `${goalSheet} log`));
  log.getRange(1, 1, 1, LOG_COLUMNS.length).setValues([[...LOG_COLUMNS]]).setFontWeight('bold');
  log.getRange(2, 1, Math.max(log.getMaxRows() - 1, 1), 1).setNumberFormat('yyyy-mm-dd');
  log.getRange(2, 2, Math.max(log.getMaxRows() - 1, 1), 1).setNumberFormat('@');
  log.setFrozenRows(1);
  log.getRange('1:1').addDeveloperMetadata(LOG_KEY, JSON.stringify({ v: 1, table: tableId }), app.DeveloperMetadataVisibility.DOCUMENT);
  return log;
}

/**
 * A table just tagged on its header row, read back and given everything Goalpost owns; its
 * targets start the change log with `reason`. Returns what was found, as report lines.
 */
export function ownTable(app: SpreadsheetAppPort, ss: SpreadsheetPort, sheet: SheetPort, tableId: string, colours: StatusColours, today: Day, reason: string): string[] {
  const found = findTables(app, ss, false).find((t) => t.meta.table === tableId);
  const state = found && readTable(ss, found);
  return state ? [...applyOwned(app, state, colours), ...recordTargetEdits(app, ss, state, today, reason)] : [`${sheet.getName()}: its metadata could not be read back`];
}

function rowCells(r: TemplateRow, date: (day: Day) => Date): unknown[] {
  const typed: Partial<Record<ColumnRole, unknown>> = {
    id: r.id, parent: r.parent, goal: r.goal, kpi: r.kpi, owner: r.owner, kind: r.kind, unit: r.unit,
    baseline: r.baseline, target: r.target, start: date(r.start), due: date(r.due), cadence: r.cadence,
  };
  return GOAL_COLUMNS.map((c) => (c.filling === 'typed' ? (typed[c.role] ?? '') : ''));
}

