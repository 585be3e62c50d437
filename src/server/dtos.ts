/** Goal rows, log rows and change-log rows as the contract's DTOs. */
import type { ChangeDto, GoalDto, ReadingDto, TableDto } from '../contract/dto.ts';
import { isoFromDay } from '../core/dates.ts';
import { CHANGE, changeKindOf, type ChangeEntry, type ChangeValue } from '../sheet/change-log.ts';
import type { ColumnRole } from '../sheet/goal-columns.ts';
import { LOG, type LogRow } from '../sheet/kpi-log.ts';
import { STALE_LABEL } from '../core/vocabulary.ts';
import type { TableState } from '../sheet/table-read.ts';
import { cellJson, isoOrNull, numberOrNull, textOf } from './cells.ts';

/** A table as listGoals and createTable give it, with what Refresh would report about it. */
export function tableDto(state: TableState, sheetName: string, more: readonly string[] = []): TableDto {
  return { id: state.table.meta.table, sheetName, logSheetName: state.log?.getName() ?? null, problems: [...state.problems, ...more] };
}

/** The goal in body row `i` of a table whose header is complete; the sheet's name is read once per table, not per goal. */
export function goalDto(state: TableState, i: number, zone: string, sheetName: string): GoalDto {
  const { columns } = state;
  const row = state.values[i] ?? [];
  const cell = (role: ColumnRole): unknown => {
    const c = columns[role];
    return c === undefined ? '' : row[c - 1];
  };
  const text = (role: ColumnRole) => textOf(cell(role), zone);
  const current = cell('current');
  return {
    tableId: state.table.meta.table,
    sheetName,
    row: state.table.headerRow + 1 + i,
    id: text('id'),
    parent: text('parent'),
    goal: text('goal'),
    kpi: text('kpi'),
    owner: text('owner'),
    kind: text('kind'),
    unit: text('unit'),
    baseline: numberOrNull(cell('baseline')),
    target: numberOrNull(cell('target')),
    upper: numberOrNull(cell('upper')),
    current: typeof current === 'boolean' ? current : numberOrNull(current),
    readingDate: isoOrNull(cell('readingDate'), zone),
    start: isoOrNull(cell('start'), zone),
    due: isoOrNull(cell('due'), zone),
    progress: numberOrNull(cell('progress')),
    expected: numberOrNull(cell('expected')),
    status: text('status'),
    outlook: text('outlook'),
    stale: cell('stale') === STALE_LABEL,
    confidence: numberOrNull(cell('confidence')),
  };
}

export function readingDto(r: LogRow, zone: string): ReadingDto {
  const c = r.cells;
  return {
    row: r.row,
    date: isoOrNull(c[LOG.date], zone),
    goalId: textOf(c[LOG.goalId], zone),
    value: cellJson(c[LOG.value], zone),
    confidence: numberOrNull(c[LOG.confidence]),
    note: textOf(c[LOG.note], zone),
    who: textOf(c[LOG.who], zone),
  };
}

/** A change-log row; undefined for a row whose Change column is not one Goalpost writes. */
export function changeDto(r: LogRow, zone: string): ChangeDto | undefined {
  const c = r.cells;
  const change = changeKindOf(c[CHANGE.change]);
  if (!change) return undefined;
  return {
    date: isoOrNull(c[CHANGE.date], zone),
    goalId: textOf(c[CHANGE.goalId], zone),
    change,
    old: cellJson(c[CHANGE.old], zone),
    new: cellJson(c[CHANGE.new], zone),
    reason: textOf(c[CHANGE.reason], zone),
    who: textOf(c[CHANGE.who], zone),
    readingDate: isoOrNull(c[CHANGE.readingDate], zone),
  };
}

/** A change the server just wrote, as the client sees it (from the entry, not the literal text written). */
export function changeDtoOf(e: ChangeEntry): ChangeDto {
  const json = (v: ChangeValue) => (typeof v === 'object' ? isoFromDay(v.day) : v === '' ? null : v);
  return {
    date: isoFromDay(e.day),
    goalId: e.goalId,
    change: e.change,
    old: json(e.old),
    new: json(e.new),
    reason: e.reason,
    who: e.who,
    readingDate: e.readingDay === undefined ? null : isoFromDay(e.readingDay),
  };
}
