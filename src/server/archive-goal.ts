/**
 * Archiving a goal: its row's typed values move, as values, to the table's archive sheet
 * with the day and the reason, the change log records it, and the row leaves the table.
 * Its readings stay in the KPI log. A goal other rows roll up to is refused (naming
 * them): archiving it would leave them pointing at nothing.
 */
import type { ArchiveDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { archiveName, archiveRow, createArchive, findArchive } from '../sheet/archive.ts';
import { changeRows } from '../sheet/change-log.ts';
import { goalKey } from '../sheet/kpi-log.ts';
import { appendRows } from '../sheet/ledger.ts';
import { statusColours } from '../sheet/settings.ts';
import { applyOwned } from '../sheet/table-owned.ts';
import { readTable } from '../sheet/table-read.ts';
import { textOf } from './cells.ts';
import type { ServerContext } from './context.ts';
import { withParam } from './goal-checks.ts';
import { openChangeLog, openGoal, openTable, type OpenTable } from './open-table.ts';
import { underLock } from './under-lock.ts';
import { whoFor } from './who.ts';

/** The ids of the goals whose parent is this one. */
function childrenOf(t: OpenTable, key: string): string[] {
  const { state, column, zone } = t;
  return state.values.slice(0, state.goalRows).flatMap((r) => (goalKey(r[column('parent') - 1]) === key ? [textOf(r[column('id') - 1], zone).trim()] : []));
}

export function archiveGoal(p: ParamsOf<'archiveGoal'>, ctx: ServerContext): Result<ArchiveDto> {
  const today = ctx.today();
  return underLock(ctx.lock(), ctx.app, () => {
    const opened = openGoal(ctx.app, p.tableId, p.goalId, () => statusColours(ctx.documentProperties()));
    if (!opened.ok) return opened;
    const { t, index, cells: row, goalId } = opened.value;
    const { state, column, zone, table, ss } = t;
    const children = childrenOf(t, goalKey(goalId));
    if (children.length > 0) return withParam(fail('goal-has-children', { field: 'goalId', id: goalId, children: children.map((c) => `"${c}"`).join(', ') }), 'goalId');
    const sheet = table.sheet;
    const found = findArchive(ss, sheet.getName());
    if (!found.ok) return found;
    const changeLog = openChangeLog(ctx.app, t, 1);
    if (!changeLog.ok) return changeLog;

    const archive = found.value ? ok(found.value) : createArchive(ss, sheet.getName());
    if (!archive.ok) return archive;
    const moved = archiveRow((role) => row[column(role) - 1], today, p.reason ?? '', zone);
    appendRows(archive.value, [moved.cells], [moved.formats]);
    const who = whoFor(undefined, '', ctx.userProperties()).name;
    const entry = changeRows([{ day: today, goalId, change: 'archived', old: '', new: archiveName(sheet.getName()), reason: p.reason ?? '', who }], zone);
    appendRows(changeLog.value, entry.map((r) => r.cells), entry.map((r) => r.formats));

    // Sheets refuses to delete a sheet's last unfrozen row: that row is cleared instead.
    const sheetRow = state.table.headerRow + 1 + index;
    if (sheet.getMaxRows() - sheet.getFrozenRows() > 1) sheet.deleteRow(sheetRow);
    else sheet.getRange(sheetRow, 1, 1, state.header.length).clearContent();
    // The range formulas sit in the first body row: deleting it took them, and Refresh's own step puts them back.
    if (index === 0) {
      const reread = findTableAgain(ctx, t);
      if (reread) applyOwned(ctx.app, reread, statusColours(ctx.documentProperties()));
    }
    return ok({ goalId, archiveSheetName: archiveName(sheet.getName()) });
  });
}

function findTableAgain(ctx: ServerContext, t: OpenTable) {
  const again = openTable(ctx.app, t.table.meta.table);
  return again.ok ? readTable(again.value.ss, again.value.table) : undefined;
}
