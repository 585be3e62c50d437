/** Reading goals: every table's goals for a list, and one goal with its readings and history. */
import type { ChangeDto, GoalDetailDto, GoalDto, GoalListDto, TableDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { ok, type Result } from '../core/result.ts';
import { CHANGE_COLUMNS, changesOfGoal, findChangeLog } from '../sheet/change-log.ts';
import { LOG_COLUMNS } from '../sheet/goal-columns.ts';
import { rowsOfGoal } from '../sheet/kpi-log.ts';
import { readLedger } from '../sheet/ledger.ts';
import { findTables } from '../sheet/table-find.ts';
import { readTable } from '../sheet/table-read.ts';
import { logProblems } from '../sheet/table-refresh.ts';
import type { ServerContext } from './context.ts';
import { changeDto, goalDto, readingDto, tableDto } from './dtos.ts';
import { openGoal } from './open-table.ts';

/** Every goal of every table, read from the cells' values (the computed columns as Sheets last computed them). */
export function listGoals(_p: ParamsOf<'listGoals'>, ctx: ServerContext): Result<GoalListDto> {
  const ss = ctx.app.getActiveSpreadsheet();
  const zone = ss.getSpreadsheetTimeZone();
  const tables: TableDto[] = [];
  const goals: GoalDto[] = [];
  for (const t of findTables(ctx.app, ss, false)) {
    const state = readTable(ss, t, false);
    const sheetName = t.sheet.getName();
    tables.push(tableDto(state, sheetName, logProblems(state)));
    if (state.missingColumns.length > 0) continue;
    const idCol = state.columns.id as number;
    for (let i = 0; i < state.goalRows; i++) {
      if (String(state.values[i]?.[idCol - 1] ?? '').trim() !== '') goals.push(goalDto(state, i, zone, sheetName));
    }
  }
  return ok({ tables, goals });
}

/** One goal, its readings (oldest first) and its history from the change log. */
export function getGoal(p: ParamsOf<'getGoal'>, ctx: ServerContext): Result<GoalDetailDto> {
  const opened = openGoal(ctx.app, p.tableId, p.goalId);
  if (!opened.ok) return opened;
  const { t, index } = opened.value;
  const { zone, state } = t;
  const goal = goalDto(state, index, zone, t.table.sheet.getName());
  const log = readLedger(t.log, LOG_COLUMNS);
  if (!log.ok) return log;
  const readings = rowsOfGoal(log.value, goal.id)
    .map((r) => readingDto(r, zone))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.row - b.row);
  const changesSheet = findChangeLog(t.ss, t.table);
  if (!changesSheet.ok) return changesSheet;
  let changes: ChangeDto[] = [];
  if (changesSheet.value) {
    const ledger = readLedger(changesSheet.value, CHANGE_COLUMNS);
    if (!ledger.ok) return ledger;
    changes = changesOfGoal(ledger.value.rows, goal.id).flatMap((r) => changeDto(r, zone) ?? []);
  }
  return ok({
    goal,
    readings,
    revisions: changes.filter((c) => c.change === 'target'),
    // An archived goal whose id was used again keeps its archiving to itself.
    corrections: changes.filter((c) => c.change !== 'target' && c.change !== 'archived'),
  });
}
