/**
 * A target revision: the goal's Target cell changes, and the change log keeps the old
 * target, the new one, the reason (required), the day and who (a hand edit of the cell not
 * yet logged is logged first, as Refresh would log it). A target the goal's kind
 * and baseline cannot take (an increase below its baseline) is refused with the message a
 * cell would show, and a target computed by a formula is left to the formula.
 */
import type { RevisionDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import type { ProblemCode } from '../core/problems.ts';
import { parseKind } from '../core/kinds.ts';
import { round12 } from '../core/numbers.ts';
import { goalProgress } from '../core/progress.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { changeRows, type ChangeEntry, type ChangeValue } from '../sheet/change-log.ts';
import { goalKey, numberOf } from '../sheet/kpi-log.ts';
import { editedTarget, HAND_EDIT_REASON, knownTargets } from '../sheet/target-history.ts';
import { appendRows } from '../sheet/ledger.ts';
import { columnLetter } from '../sheet/table-formulas.ts';
import { textOf } from './cells.ts';
import type { ServerContext } from './context.ts';
import { changeDtoOf } from './dtos.ts';
import { withParam } from './goal-checks.ts';
import { openChangeLog, openGoal, type OpenTable } from './open-table.ts';
import { underLock } from './under-lock.ts';
import { whoFor } from './who.ts';
import { statusColours } from '../sheet/settings.ts';

const changeValue = (v: unknown): ChangeValue => (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : '');

/** Problems that are about the target itself, not about the rest of the row. */
const TARGET_PROBLEMS: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['target-equals-baseline', 'increase-target-below', 'decrease-target-above', 'upper-below-target', 'milestone-target', 'progress-overflow']);

/** Whether the goal's kind, baseline and upper can take the new target; a row too incomplete to tell is not held against it. */
function checkTarget(t: OpenTable, index: number, target: number): Result<number> {
  const row = t.state.values[index] ?? [];
  const cell = (role: 'kind' | 'baseline' | 'upper') => row[t.column(role) - 1];
  const kind = parseKind(textOf(cell('kind'), t.zone));
  if (!kind.ok) return ok(target);
  const progress = goalProgress({ kind: kind.value, baseline: numberOf(cell('baseline')), target, upper: numberOf(cell('upper')), current: target });
  // Refused as createGoal and previewGoal refuse it: naming the target, so a form can point at it.
  return !progress.ok && TARGET_PROBLEMS.has(progress.problem.code) ? withParam(progress, 'target') : ok(target);
}

export function reviseTarget(p: ParamsOf<'reviseTarget'>, ctx: ServerContext): Result<RevisionDto> {
  const today = ctx.today();
  return underLock(ctx.lock(), ctx.app, () => {
    const opened = openGoal(ctx.app, p.tableId, p.goalId, () => statusColours(ctx.documentProperties()));
    if (!opened.ok) return opened;
    const { t: open, index, cells, goalId } = opened.value;
    const { zone, column, table } = open;
    const sheetRow = table.headerRow + 1 + index;
    const targetCell = table.sheet.getRange(sheetRow, column('target'));
    const formula = targetCell.getFormula();
    if (formula !== '') return fail('target-is-formula', { cell: `${table.sheet.getName()}!${columnLetter(column('target'))}${sheetRow}`, formula: formula.length > 60 ? `${formula.slice(0, 57)}…` : formula });
    const old = cells[column('target') - 1];
    if (typeof old === 'number' && round12(old) === round12(p.target)) return fail('target-unchanged', { field: 'target', target: p.target });
    const checked = checkTarget(open, index, p.target);
    if (!checked.ok) return checked;
    const changeLog = openChangeLog(ctx.app, open, 2);
    if (!changeLog.ok) return changeLog;
    const who = whoFor(p.who, textOf(cells[column('owner') - 1], zone), ctx.userProperties());
    const entries: ChangeEntry[] = [];
    // A target edited by hand since the change log last recorded it is logged first, as Refresh would have.
    const known = knownTargets(changeLog.value.rows).get(goalKey(goalId));
    const edited = editedTarget(old, known);
    if (edited !== undefined) entries.push({ day: today, goalId, change: 'target', old: changeValue(known), new: edited, reason: HAND_EDIT_REASON, who: '' });
    const entry: ChangeEntry = { day: today, goalId, change: 'target', old: changeValue(old), new: p.target, reason: p.reason, who: who.name };
    entries.push(entry);
    const rows = changeRows(entries, zone);
    appendRows(changeLog.value, rows.map((r) => r.cells), rows.map((r) => r.formats));
    targetCell.setValue(p.target);
    who.remember();
    return ok({ goalId, revision: changeDtoOf(entry) });
  });
}
