/**
 * The server API: one handler per contract method. `satisfies Handlers` checks the map
 * against the contract, so a method without a handler, a handler for a misspelt method, or
 * a handler returning the wrong shape does not compile.
 */
import type { Handlers } from '../contract/rpc.ts';
import { fail, ok } from '../core/result.ts';
import { statusColours } from '../sheet/settings.ts';
import { refreshTables } from '../sheet/table-refresh.ts';
import { adoptSheet } from './adopt.ts';
import { checkIn } from './check-ins.ts';
import type { ServerContext } from './context.ts';
import { correctCheckIn } from './corrections.ts';
import { getGoal, listGoals } from './goals.ts';
import { getSettings, saveSettings } from './settings.ts';
import { reviseTarget } from './targets.ts';
import { underLock } from './under-lock.ts';

// PLACEHOLDER while the methods are built on their branches: replaced before the issue closes.
const pending = (method: string) => () => fail('server-error', { detail: `${method} is not built yet` });

export const HANDLERS = {
  previewGoal: pending('previewGoal'),
  parseGoal: pending('parseGoal'),
  createGoal: pending('createGoal'),
  updateGoal: pending('updateGoal'),
  archiveGoal: pending('archiveGoal'),
  createTable: pending('createTable'),
  adoptSheet,
  selectGoal: pending('selectGoal'),
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
