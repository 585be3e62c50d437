/**
 * Changing a goal's typed fields: a field absent stays as it is, null or "" clears it.
 * Never the id (the log and children refer to it), never the target (a revision keeps its
 * history: reviseTarget), never a computed column. Only the cells that change are written.
 * The rules a field takes part in are checked when it changes; a row that never had a
 * target (a parent goal) is not faulted for what its kind still needs.
 */
import type { GoalDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { fail, type Result } from '../core/result.ts';
import { GOAL_COLUMNS } from '../sheet/goal-columns.ts';
import { UNIT_ROLES, writeRoleCells, type RoleCells } from '../sheet/goal-row.ts';
import { textOf } from './cells.ts';
import type { ServerContext } from './context.ts';
import { checkGoal, withParam, type GoalShape } from './goal-checks.ts';
import { cellsOf, shapeOf } from './goal-cells.ts';
import { checkParent } from './goal-ids.ts';
import { openGoal } from './open-table.ts';
import { readBack } from './read-back.ts';
import { underLock } from './under-lock.ts';
import { statusColours } from '../sheet/settings.ts';

type Fields = ParamsOf<'updateGoal'>['fields'];
const TARGET_RULE_FIELDS = ['kind', 'baseline', 'upper'] as const;
const TYPED = GOAL_COLUMNS.filter((c) => c.filling === 'typed').map((c) => c.role);

/** The part of the goal's shape the changed fields take part in. */
function touchedShape(s: GoalShape, fields: Fields): GoalShape {
  const touched = (...names: (keyof Fields)[]) => names.some((n) => fields[n] !== undefined);
  return {
    ...(touched(...TARGET_RULE_FIELDS) && { kind: s.kind, baseline: s.baseline, target: s.target, upper: s.upper }),
    ...(touched('start', 'due') && { start: s.start, due: s.due }),
    ...(touched('weight') && { weight: s.weight }),
  };
}

export function updateGoal(p: ParamsOf<'updateGoal'>, ctx: ServerContext): Result<GoalDto> {
  const given = Object.keys(p.fields).filter((k) => p.fields[k as keyof Fields] !== undefined);
  if (given.length === 0) return fail('invalid-param', { field: 'fields', problem: 'name no field: give at least one field to change (null or "" clears one)' });
  return underLock(ctx.lock(), ctx.app, () => {
    const opened = openGoal(ctx.app, p.tableId, p.goalId, () => statusColours(ctx.documentProperties()));
    if (!opened.ok) return opened;
    const { t, index, cells: row, goalId } = opened.value;
    const { zone, state, column } = t;
    const changes = cellsOf(p.fields, zone);
    const merged: RoleCells = { ...Object.fromEntries(TYPED.map((role) => [role, row[column(role) - 1]])), ...changes };
    if (p.fields.parent !== undefined) {
      const taken = state.values.slice(0, state.goalRows).map((r) => textOf(r[column('id') - 1], zone).trim());
      const parent = checkParent(t, taken, goalId, p.fields.parent, 'fields.');
      if (!parent.ok) return parent;
    }
    const shape = shapeOf(merged, zone);
    const touched = touchedShape(shape, p.fields);
    const checked = checkGoal(touched, 'fields.', touched.target === undefined);
    // The target is not a field here: a rule about it was broken by the kind, baseline or upper that changed.
    if (!checked.ok) return checked.problem.param === 'fields.target' ? withParam(checked, `fields.${TARGET_RULE_FIELDS.find((f) => p.fields[f] !== undefined)}`) : checked;
    const sheetRow = state.table.headerRow + 1 + index;
    const numbers = UNIT_ROLES.map((r) => (r in merged ? merged[r] : state.columns[r] === undefined ? undefined : row[column(r) - 1]));
    writeRoleCells(t.table.sheet, state.columns, sheetRow, changes, p.fields.unit, numbers);
    return readBack(ctx, p.tableId, goalId);
  });
}
