/**
 * Check in from the menu, until the sidebar has a form for it: the goal on the selected
 * row, a prompt showing its name and current value, and the same checkIn request the
 * sidebar makes. Cancelling, or typing something that is not a number, changes nothing
 * and says so; a selection outside every goal row says to select one.
 */
import { dispatch } from './rpc.ts';
import type { ServerContext } from './context.ts';
import { goalDto } from './dtos.ts';
import type { UiPort } from '../sheet/ports.ts';
import { findTables, tableOnSheet } from '../sheet/table-find.ts';
import { readTable } from '../sheet/table-read.ts';
import type { GoalDto } from '../contract/dto.ts';

export const SELECT_A_GOAL = 'Select a goal row first: click any cell in the row of the goal to check in on, then choose Check in again.';

/** The goal on the selected row of a goal table, if the selection is on one. */
function selectedGoal(ctx: ServerContext): GoalDto | undefined {
  const ss = ctx.app.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  if (!range) return undefined;
  const table = tableOnSheet(findTables(ctx.app, ss, false), range.getSheet());
  if (!table) return undefined;
  const state = readTable(ss, table, false);
  const index = range.getRow() - table.headerRow - 1;
  if (state.missingColumns.length > 0 || index < 0 || index >= state.goalRows) return undefined;
  const goal = goalDto(state, index, ss.getSpreadsheetTimeZone(), table.sheet.getName());
  return goal.id === '' ? undefined : goal;
}

/** "44.5", "-3", "1,250" and "12%" (a percentage, stored as a fraction) are numbers; anything else is not. */
export function typedNumber(text: string): number | undefined {
  const t = text.trim().replace(/,(?=\d{3}\b)/g, '');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+))(%?)$/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]) / (m[2] === '%' ? 100 : 1);
  return Number.isFinite(n) ? n : undefined;
}

const shown = (g: GoalDto): string => (g.current === null ? 'none yet' : `${String(g.current)}${g.unit && g.unit !== '%' ? ` ${g.unit}` : ''}`);

export function checkInFromMenu(ctx: ServerContext, ui: UiPort): void {
  const ss = ctx.app.getActiveSpreadsheet();
  const goal = selectedGoal(ctx);
  if (!goal) {
    ui.alert(SELECT_A_GOAL);
    return;
  }
  const name = goal.goal || goal.kpi || goal.id;
  const answer = ui.prompt(`Check in: ${goal.id}`, `${name}\nCurrent: ${shown(goal)}\n\nNew value${goal.unit === '%' ? ' (such as 12%)' : ''}:`, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) {
    ss.toast('Check-in cancelled: nothing was written.', 'Goalpost');
    return;
  }
  const text = answer.getResponseText();
  const value = typedNumber(text);
  if (value === undefined) {
    ui.alert(`"${text.trim().slice(0, 40)}" is not a number, so nothing was checked in. Choose Check in again and type a number, such as 44.5.`);
    return;
  }
  const r = dispatch(() => ctx, 'checkIn', { tableId: goal.tableId, goalId: goal.id, value });
  if (r.ok) ss.toast(`${goal.id}: ${String(value)} checked in.`, 'Goalpost');
  else ui.alert(`Nothing was checked in: ${r.error.message}`);
}
