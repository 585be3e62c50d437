/** A table read again after a write, so what is returned is what the sheet now shows. */
import type { GoalDto } from '../contract/dto.ts';
import { ok, type Result } from '../core/result.ts';
import type { ServerContext } from './context.ts';
import { goalDto } from './dtos.ts';
import { openGoal, type OpenTable } from './open-table.ts';

/** The table and the goal's row in it, flushed first so the computed columns are current. */
export function reopened(ctx: ServerContext, tableId: string, goalId: string): Result<{ t: OpenTable; index: number }> {
  ctx.app.flush();
  return openGoal(ctx.app, tableId, goalId);
}

/** The goal as listGoals would now give it. */
export function readBack(ctx: ServerContext, tableId: string, goalId: string): Result<GoalDto> {
  const r = reopened(ctx, tableId, goalId);
  return r.ok ? ok(goalDto(r.value.t.state, r.value.index, r.value.t.zone, r.value.t.table.sheet.getName())) : r;
}
