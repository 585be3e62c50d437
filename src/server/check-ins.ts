/** A check-in: one reading appended to the goal's KPI log, under the document lock. */
import type { CheckInDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { isoFromDay, parseIsoDay, type Day } from '../core/dates.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { LOG_COLUMNS } from '../sheet/goal-columns.ts';
import { LOG_FORMATS, logCells, rowsOfGoal, type LogEntry } from '../sheet/kpi-log.ts';
import { appendRows, readLedger } from '../sheet/ledger.ts';
import type { PropertiesPort } from '../sheet/ports.ts';
import { textOf } from './cells.ts';
import { showNewestConfidence } from './confidence.ts';
import type { ServerContext } from './context.ts';
import { openGoal, type OpenTable } from './open-table.ts';
import { underLock } from './under-lock.ts';
import { whoFor } from './who.ts';
import { statusColours } from '../sheet/settings.ts';

/** A reading dated after today is refused: it cannot have been read yet. */
export function checkDay(iso: string | undefined, today: Day): Result<Day> {
  const day = iso === undefined ? today : (parseIsoDay(iso) as Day);
  return day > today ? fail('reading-in-future', { field: 'date', date: isoFromDay(day), today: isoFromDay(today) }) : { ok: true, value: day };
}

/** A reading about to be logged: the goal's id, who and the row come from the table. */
export interface Reading {
  readonly day: Day;
  readonly value: number;
  readonly confidence?: number;
  readonly note?: string;
  readonly who?: string;
}

/** Appends a reading of the goal in body row `index` to the table's KPI log; the caller holds the lock. */
export function appendReading(t: OpenTable, index: number, r: Reading, userProperties: PropertiesPort): Result<CheckInDto> {
  const log = readLedger(t.log, LOG_COLUMNS);
  if (!log.ok) return log;
  const { zone, state, column } = t;
  const cells = state.values[index] ?? [];
  // The id as the table spells it, so the log matches the row exactly.
  const goalId = textOf(cells[column('id') - 1], zone).trim();
  const who = whoFor(r.who, textOf(cells[column('owner') - 1], zone), userProperties);
  const entry: LogEntry = { day: r.day, goalId, value: r.value, confidence: r.confidence, note: r.note ?? '', who: who.name };
  const row = appendRows(log.value, [logCells(entry, zone)], [LOG_FORMATS]);
  const shownFrom = showNewestConfidence(t, index, [...rowsOfGoal(log.value, goalId), { row, cells: logCells(entry, zone) }]);
  who.remember();
  return ok({
    reading: { row, date: isoFromDay(entry.day), goalId, value: entry.value, confidence: entry.confidence ?? null, note: entry.note, who: entry.who },
    confidenceShown: r.confidence !== undefined && shownFrom === row,
  });
}

export function checkIn(p: ParamsOf<'checkIn'>, ctx: ServerContext): Result<CheckInDto> {
  const day = checkDay(p.date, ctx.today());
  if (!day.ok) return day;
  return underLock(ctx.lock(), ctx.app, () => {
    const opened = openGoal(ctx.app, p.tableId, p.goalId, () => statusColours(ctx.documentProperties()));
    if (!opened.ok) return opened;
    return appendReading(opened.value.t, opened.value.index, { day: day.value, value: p.value, confidence: p.confidence, note: p.note, who: p.who }, ctx.userProperties());
  });
}
