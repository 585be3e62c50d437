/**
 * Correcting or deleting a mistaken check-in. The request names the log row and what the
 * client saw there; a row that no longer holds that reading (the log was sorted or edited
 * since) is refused, so a correction never lands on the wrong reading. Each field changed
 * and each deletion is kept in the change log: old value, new value, when, who and why.
 */
import type { CorrectionDto, ReadingDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { instantFromSerial, parseIsoDay, type Day } from '../core/dates.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { changeRows, type ChangeEntry } from '../sheet/change-log.ts';
import { LOG_COLUMNS } from '../sheet/goal-columns.ts';
import { goalKey, LOG, rowsOfGoal, type LogRow } from '../sheet/kpi-log.ts';
import { appendRows, readLedger } from '../sheet/ledger.ts';
import { literal } from '../sheet/literal.ts';
import { textOf } from './cells.ts';
import { checkDay } from './check-ins.ts';
import { showNewestConfidence } from './confidence.ts';
import type { ServerContext } from './context.ts';
import { changeDtoOf, readingDto } from './dtos.ts';
import { findGoal, openChangeLog, openTable } from './open-table.ts';
import { underLock } from './under-lock.ts';
import { whoFor } from './who.ts';
import { statusColours } from '../sheet/settings.ts';

type Params = ParamsOf<'correctCheckIn'>;
type Change = Pick<ChangeEntry, 'change' | 'old' | 'new'>;

const sameReading = (r: ReadingDto, was: Params['was']): boolean =>
  r.date === was.date && goalKey(r.goalId) === goalKey(was.goalId) && r.value === was.value;

/** One change per field the correction really changes (a field given its old value changes nothing). */
function changesOf(p: Params, before: ReadingDto, newDay: Day | undefined): Change[] {
  if (p.action === 'delete') return [{ change: 'deleted', old: before.value ?? '', new: '' }];
  const out: Change[] = [];
  if (p.value !== undefined && p.value !== before.value) out.push({ change: 'value', old: before.value ?? '', new: p.value });
  const oldDay = parseIsoDay(before.date ?? '') as Day;
  if (newDay !== undefined && newDay !== oldDay) out.push({ change: 'date', old: { day: oldDay }, new: { day: newDay } });
  if (p.confidence !== undefined && p.confidence !== before.confidence) out.push({ change: 'confidence', old: before.confidence ?? '', new: p.confidence ?? '' });
  if (p.note !== undefined && p.note !== before.note.trim()) out.push({ change: 'note', old: before.note, new: p.note });
  return out;
}

/** The column each field lives in, the cell's new value, and what is written there (people's text as literal text). */
function cellWrites(changes: readonly Change[], zone: string): [number, unknown, unknown][] {
  const cell = (c: Change): [number, unknown, unknown] | undefined => {
    const v = c.new;
    if (c.change === 'value' || c.change === 'confidence') return [c.change === 'value' ? LOG.value : LOG.confidence, v, v];
    if (c.change === 'date' && typeof v === 'object') {
      const date = new Date(instantFromSerial(v.day, zone));
      return [LOG.date, date, date];
    }
    if (c.change === 'note') return [LOG.note, v, literal(String(v))];
    return undefined;
  };
  return changes.flatMap((c): [number, unknown, unknown][] => {
    const w = cell(c);
    return w ? [w] : [];
  });
}

export function correctCheckIn(p: Params, ctx: ServerContext): Result<CorrectionDto> {
  const today = ctx.today();
  let newDay: Day | undefined;
  if (p.action === 'correct' && p.date !== undefined) {
    const d = checkDay(p.date, today);
    if (!d.ok) return d;
    newDay = d.value;
  }
  return underLock(ctx.lock(), ctx.app, () => {
    const t = openTable(ctx.app, p.tableId, () => statusColours(ctx.documentProperties()));
    if (!t.ok) return t;
    const { zone, log: sheet, column, state } = t.value;
    const log = readLedger(sheet, LOG_COLUMNS);
    if (!log.ok) return log;
    const cells = log.value.rows[p.row - 2];
    const before = cells && readingDto({ row: p.row, cells }, zone);
    if (!cells || !before || !sameReading(before, p.was)) return fail('reading-moved', { field: 'row', sheet: sheet.getName(), row: p.row });
    const i = findGoal(t.value, before.goalId);
    if (!i.ok) return i;
    const changes = changesOf(p, before, newDay);
    if (changes.length === 0) return fail('nothing-to-correct');
    const changeLog = openChangeLog(ctx.app, t.value, changes.length);
    if (!changeLog.ok) return changeLog;
    const who = whoFor(p.who, textOf(state.values[i.value]?.[column('owner') - 1], zone), ctx.userProperties());

    // The reading: deleted (its row, unless it is the sheet's only row below the header), or each changed cell rewritten.
    let after: LogRow | undefined;
    if (p.action === 'delete') {
      if (sheet.getMaxRows() - sheet.getFrozenRows() > 1) sheet.deleteRow(p.row);
      else sheet.getRange(p.row, 1, 1, LOG_COLUMNS.length).clearContent();
    } else {
      const corrected = [...cells];
      for (const [col, value, written] of cellWrites(changes, zone)) {
        sheet.getRange(p.row, col + 1).setValue(written);
        corrected[col] = value;
      }
      after = { row: p.row, cells: corrected };
    }
    const readingDay = parseIsoDay(after ? (readingDto(after, zone).date ?? '') : (before.date ?? '')) as Day;
    const entries: ChangeEntry[] = changes.map((c) => ({ ...c, day: today, goalId: before.goalId, reason: p.reason ?? '', who: who.name, readingDay }));
    const rows = changeRows(entries, zone);
    appendRows(changeLog.value, rows.map((r) => r.cells), rows.map((r) => r.formats));

    // The goal's Confidence cell follows its newest judgement; rows below a deleted one moved up by one.
    const remaining = rowsOfGoal(log.value, before.goalId).flatMap((r): LogRow[] => {
      if (r.row === p.row) return after ? [after] : [];
      return [p.action === 'delete' && r.row > p.row ? { ...r, row: r.row - 1 } : r];
    });
    // A confidence taken away (deleted with its reading, or cleared) leaves the cell blank when no other check-in gives one.
    showNewestConfidence(t.value, i.value, remaining, before.confidence !== null);
    who.remember();
    return ok({
      reading: after ? readingDto(after, zone) : null,
      changes: entries.map(changeDtoOf),
    });
  });
}
