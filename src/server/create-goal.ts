/**
 * A new goal row, appended below the table's last goal (the last row with an id, found
 * from the table's own Id column: a range formula spilling elsewhere moves getLastRow).
 * Only typed cells are written; the computed columns' range formulas already reach the
 * row, and its bar and trend get the per-row formulas Refresh writes. The target starts
 * the goal's history in the change log, and a current value is its first check-in.
 */
import type { GoalDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { instantFromSerial } from '../core/dates.ts';
import { nextGoalId } from '../core/goal-ids.ts';
import { fail, type Result } from '../core/result.ts';
import { changeRows } from '../sheet/change-log.ts';
import { GOAL_COLUMNS, LOG_COLUMNS } from '../sheet/goal-columns.ts';
import { writeRoleCells } from '../sheet/goal-row.ts';
import { appendRows, readLedger } from '../sheet/ledger.ts';
import { statusColours } from '../sheet/settings.ts';
import { cellFormulas } from '../sheet/table-formulas.ts';
import { GOAL_CREATED_REASON } from '../sheet/target-history.ts';
import { appendReading } from './check-ins.ts';
import type { ServerContext } from './context.ts';
import { checkGoal, withParam } from './goal-checks.ts';
import { cellsOf, shapeOf } from './goal-cells.ts';
import { checkIds } from './goal-ids.ts';
import { judging } from './judging.ts';
import { openChangeLog, openTable, type OpenTable } from './open-table.ts';
import { readBack, reopened } from './read-back.ts';
import { underLock } from './under-lock.ts';
import { whoFor } from './who.ts';

const TYPED = GOAL_COLUMNS.filter((c) => c.filling === 'typed').map((c) => c.role);

/** The first row at or below the one after the last goal whose typed cells are all blank: a note typed below the table stays. */
function freeRow(t: OpenTable): number {
  const { state, column } = t;
  let i = state.goalRows;
  while (TYPED.some((role) => (state.values[i]?.[column(role) - 1] ?? '') !== '')) i++;
  return state.table.headerRow + 1 + i;
}

export function createGoal(p: ParamsOf<'createGoal'>, ctx: ServerContext): Result<GoalDto> {
  const today = ctx.today();
  return underLock(ctx.lock(), ctx.app, () => {
    const opened = openTable(ctx.app, p.tableId, () => statusColours(ctx.documentProperties()));
    if (!opened.ok) return opened;
    const t = opened.value;
    const { tableId: _table, current, ...fields } = p;
    const ids = checkIds(t, p.id, p.parent);
    if (!ids.ok) return ids;
    const id = ids.value.id ?? nextGoalId(ids.value.taken);
    const cells = cellsOf({ ...fields, id }, t.zone);
    const shape = { ...shapeOf(cells, t.zone), current };
    const kind = checkGoal(shape);
    if (!kind.ok) return kind;
    if (current !== undefined && (shape.start === undefined || shape.due === undefined)) {
      const field = shape.start === undefined ? 'start' : 'due';
      return withParam(fail('missing-date', { field, which: field === 'start' ? 'first' : 'last' }), field);
    }
    // Everything that could refuse the request is checked before the first write.
    if (current !== undefined) {
      const log = readLedger(t.log, LOG_COLUMNS);
      if (!log.ok) return log;
    }
    const changeLog = openChangeLog(ctx.app, t, 1);
    if (!changeLog.ok) return changeLog;

    const sheet = t.table.sheet;
    const row = freeRow(t);
    if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
    writeRoleCells(sheet, t.state.columns, row, cells, p.unit ?? '');
    const charts = cellFormulas(t.state.geometry as NonNullable<typeof t.state.geometry>, statusColours(ctx.documentProperties()));
    for (const role of ['bar', 'trend'] as const) sheet.getRange(row, t.column(role)).setFormula(charts[role](row));
    // Who made the goal, as a check-in's who: the name this person gave last, else the goal's owner.
    const who = whoFor(undefined, p.owner ?? '', ctx.userProperties()).name;
    const entry = changeRows([{ day: today, goalId: id, change: 'target', old: '', new: p.target, reason: GOAL_CREATED_REASON, who }], t.zone);
    appendRows(changeLog.value, entry.map((r) => r.cells), entry.map((r) => r.formats));

    if (current !== undefined) {
      const { asOf } = judging(t.ss, today);
      const written = reopened(ctx, p.tableId, id);
      if (!written.ok) return written;
      // The log holds numbers: a milestone's done flag is logged as 1 or 0, which it reads the same.
      const value = typeof current === 'boolean' ? Number(current) : current;
      const day = Math.min(asOf, today);
      const reading = appendReading(written.value.t, written.value.index, { day, value }, ctx.userProperties());
      if (!reading.ok) return reading;
      // An adopted sheet whose Actual column is the person's reads progress from it: the
      // first reading they give goes there too (later check-ins go to the log only).
      const own = t.table.meta.user ?? [];
      if (own.includes('current')) {
        writeRoleCells(sheet, t.state.columns, row, { current: value, ...(own.includes('readingDate') ? { readingDate: new Date(instantFromSerial(day, t.zone)) } : {}) });
      }
    }
    return readBack(ctx, p.tableId, id);
  });
}
