/**
 * The KPI log as check-ins write it: one row per reading (LOG_COLUMNS), dated at midnight in
 * the spreadsheet's zone, with people's text written as literal text. Goal ids are matched
 * the way the functions match keys (trimmed, case-insensitive), so a row the server finds
 * is a row KPI_LATEST reads.
 */
import { instantFromSerial, type Day } from '../core/dates.ts';
import { toDay, toKey, toNumber } from '../functions/coerce.ts';
import { LOG_COLUMNS } from './goal-columns.ts';
import type { Ledger } from './ledger.ts';
import { literal } from './literal.ts';

type LogColumn = (typeof LOG_COLUMNS)[number];
const at = (c: LogColumn): number => LOG_COLUMNS.indexOf(c);
export const LOG = { date: at('Date'), goalId: at('Goal id'), value: at('Value'), confidence: at('Confidence'), note: at('Note'), who: at('Who') } as const;

/** Number formats of the first two columns: the date as a day, the goal id as text. */
export const LOG_FORMATS: readonly string[] = ['yyyy-mm-dd', '@'];

export interface LogEntry {
  readonly day: Day;
  readonly goalId: string;
  readonly value: number;
  readonly confidence?: number;
  readonly note: string;
  readonly who: string;
}

/** A log row's cells, in LOG_COLUMNS order. */
export function logCells(e: LogEntry, zone: string): unknown[] {
  const cells: unknown[] = [];
  cells[LOG.date] = new Date(instantFromSerial(e.day, zone));
  cells[LOG.goalId] = literal(e.goalId);
  cells[LOG.value] = e.value;
  cells[LOG.confidence] = e.confidence ?? '';
  cells[LOG.note] = literal(e.note);
  cells[LOG.who] = literal(e.who);
  return cells;
}

/** A goal id as the functions compare keys; '' for a blank or unreadable one. */
export function goalKey(v: unknown): string {
  const k = toKey(v, 'id', { timeZone: () => 'Etc/UTC' });
  return k.ok ? (k.value ?? '') : '';
}

/** A date cell as a day (a Date in the zone, a serial, or ISO text); undefined when it is none. */
export function dayOf(v: unknown, zone: string): Day | undefined {
  const d = toDay(v, 'date', { timeZone: () => zone });
  return d.ok ? d.value : undefined;
}

/** A number cell; undefined for a blank or anything that is not a number. */
export function numberOf(v: unknown): number | undefined {
  const n = toNumber(v, 'value', { timeZone: () => 'Etc/UTC' });
  return n.ok ? n.value : undefined;
}

export interface LogRow {
  /** The sheet row. */
  readonly row: number;
  readonly cells: readonly unknown[];
}

/** The log rows of one goal, in sheet order. */
export function rowsOfGoal(ledger: Ledger, goalId: string): LogRow[] {
  const key = goalKey(goalId);
  const out: LogRow[] = [];
  ledger.rows.forEach((cells, i) => {
    if (goalKey(cells[LOG.goalId]) === key) out.push({ row: i + 2, cells });
  });
  return out;
}

/**
 * The goal's newest reading that gave a confidence (by date; on the same day, the lower
 * row): what its Confidence cell shows. Undefined when no reading gave one, so a value a
 * person typed in the table stays until a check-in gives a newer judgement.
 */
export function newestConfidence(rows: readonly LogRow[], zone: string): { readonly row: number; readonly confidence: number } | undefined {
  let best: { day: Day; row: number; confidence: number } | undefined;
  for (const r of rows) {
    const day = dayOf(r.cells[LOG.date], zone);
    const confidence = numberOf(r.cells[LOG.confidence]);
    if (day === undefined || confidence === undefined) continue;
    if (!best || day > best.day || (day === best.day && r.row > best.row)) best = { day, row: r.row, confidence };
  }
  return best && { row: best.row, confidence: best.confidence };
}
