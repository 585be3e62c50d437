/**
 * The server API: one handler per contract method. `satisfies Handlers` checks the map
 * against the contract, so a method without a handler, a handler for a misspelt method, or
 * a handler returning the wrong shape does not compile.
 */
import type { Handlers } from '../contract/rpc.ts';
import { fail, ok } from '../core/result.ts';
import { statusColours } from '../sheet/settings.ts';
import { refreshTables } from '../sheet/table-refresh.ts';
import { archiveGoal } from './archive-goal.ts';
import { adoptSheet } from './adopt.ts';
import { checkIn } from './check-ins.ts';
import type { ServerContext } from './context.ts';
import { correctCheckIn } from './corrections.ts';
import { createGoal } from './create-goal.ts';
import { createTable } from './create-table.ts';
import { getGoal, listGoals } from './goals.ts';
import { parseGoal } from './parse-goal.ts';
import { previewGoal } from './preview-goal.ts';
import { getSettings, saveSettings } from './settings.ts';
import { selectGoal } from './select-goal.ts';
import { reviseTarget } from './targets.ts';
import { underLock } from './under-lock.ts';
import { updateGoal } from './update-goal.ts';


export const HANDLERS = {
  previewGoal,
  parseGoal,
  createGoal,
  updateGoal,
  archiveGoal,
  createTable,
  adoptSheet,
  selectGoal,
  listGoals,
  getGoal,
  checkIn,
  correctCheckIn,
  reviseTarget,
  refresh: (_p, ctx) =>
    underLock(ctx.lock(), ctx.app, () => ok(refreshTables(ctx.app, statusColours(ctx.documentProperties()), ctx.today()))),
  getSettings,
  saveSettings,
} satisfies Handlers<ServerContext>;
