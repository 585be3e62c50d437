/**
 * Selecting a goal's row: its sheet comes into view with the row's cells of the table
 * selected, as if the person had clicked there. Nothing is written, so no lock is taken.
 */
import type { SelectionDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { ok, type Result } from '../core/result.ts';
import { GOAL_COLUMNS } from '../sheet/goal-columns.ts';
import type { ServerContext } from './context.ts';
import { openGoal } from './open-table.ts';

export function selectGoal(p: ParamsOf<'selectGoal'>, ctx: ServerContext): Result<SelectionDto> {
  const opened = openGoal(ctx.app, p.tableId, p.goalId);
  if (!opened.ok) return opened;
  const { t: { table, column }, index } = opened.value;
  const row = table.headerRow + 1 + index;
  // The table's own columns, wherever they were moved: from the first to the last.
  const columns = GOAL_COLUMNS.map((c) => column(c.role));
  const first = Math.min(...columns);
  table.sheet.getRange(row, first, 1, Math.max(...columns) - first + 1).activate();
  return ok({ sheetName: table.sheet.getName(), row });
}
