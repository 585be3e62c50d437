/**
 * The last known targets, kept in the change log itself: each goal's newest Target row says
 * what its target was last known to be. A Target cell that differs from it was edited by
 * hand, and Refresh logs the edit as a revision ("edited in the sheet"), so the history of
 * what a goal was measured against stays whole however the target changed. A new table
 * records its template's targets the same way ("set when the table was made").
 */
import type { Day } from '../core/dates.ts';
import { round12 } from '../core/numbers.ts';
import { CHANGE, CHANGE_COLUMNS, changeKindOf, changeRows, createChangeLog, findChangeLog, type ChangeEntry, type ChangeValue } from './change-log.ts';
import { goalKey } from './kpi-log.ts';
import { appendRows, readLedger } from './ledger.ts';
import type { SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import type { TableState } from './table-read.ts';

export const HAND_EDIT_REASON = 'edited in the sheet';
export const CREATED_REASON = 'set when the table was made';
export const GOAL_CREATED_REASON = 'set when the goal was made';
export const ADOPTED_REASON = 'set when the sheet was adopted';

/** Each goal's last recorded target (by goal key), from the change log's Target rows in order. */
export function knownTargets(rows: readonly (readonly unknown[])[]): Map<string, unknown> {
  const known = new Map<string, unknown>();
  for (const r of rows) if (changeKindOf(r[CHANGE.change]) === 'target') known.set(goalKey(r[CHANGE.goalId]), r[CHANGE.new]);
  return known;
}

const blank = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * The target a cell holds, when it differs from the one recorded (undefined: no record);
 * undefined when it does not differ, or when the cell holds text (a table problem Refresh
 * reports on its own, not a target).
 */
export function editedTarget(cell: unknown, known: unknown): ChangeValue | undefined {
  if (!blank(cell) && typeof cell !== 'number') return undefined;
  if (known === undefined) return blank(cell) ? undefined : (cell as number);
  if (blank(cell)) return blank(known) ? undefined : '';
  return typeof known === 'number' && round12(known) === round12(cell as number) ? undefined : (cell as number);
}

/** Change-log entries for every goal (with an id used once) whose Target cell differs from its last recorded target. */
export function targetEdits(state: TableState, known: ReadonlyMap<string, unknown>, day: Day, reason: string): ChangeEntry[] {
  const columns = state.geometry?.columns;
  if (!columns) return [];
  const idCol = columns.id as number;
  const targetCol = columns.target as number;
  const rows = state.values.slice(0, state.goalRows);
  const keys = rows.map((r) => goalKey(r[idCol - 1]));
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  return rows.flatMap((r, i): ChangeEntry[] => {
    const key = keys[i] as string;
    if (key === '' || uses.get(key) !== 1) return [];
    const previous = known.get(key);
    const edited = editedTarget(r[targetCol - 1], previous);
    if (edited === undefined) return [];
    const old = typeof previous === 'number' || typeof previous === 'string' || typeof previous === 'boolean' ? previous : '';
    // Who typed it is unknown (no edit trigger, no userinfo.email scope): Who stays blank, the reason says how (README).
    return [{ day, goalId: String(r[idCol - 1]).trim(), change: 'target', old, new: edited, reason, who: '' }];
  });
}

/**
 * Logs every target that changed outside a revision; returns what stops it, as report
 * lines (a deleted change log, one whose header was edited). The change log is made when a
 * table first has a target to record.
 */
export function recordTargetEdits(app: SpreadsheetAppPort, ss: SpreadsheetPort, state: TableState, day: Day, reason = HAND_EDIT_REASON): string[] {
  if (!state.geometry) return [];
  const name = state.table.sheet.getName();
  const found = findChangeLog(ss, state.table);
  if (!found.ok) return [`${name}: its change log sheet was deleted, so targets edited in the sheet cannot be recorded: undo the deletion (or restore it from version history)`];
  let ledger = found.value ? readLedger(found.value, CHANGE_COLUMNS) : undefined;
  if (ledger && !ledger.ok) return [`${name}: the change log's header row was edited, so targets edited in the sheet cannot be recorded: type the headers back (${CHANGE_COLUMNS.join(', ')})`];
  const edits = targetEdits(state, knownTargets(ledger?.value.rows ?? []), day, reason);
  if (edits.length === 0) return [];
  const zone = ss.getSpreadsheetTimeZone();
  ledger ??= readLedger(createChangeLog(app, ss, state.table, edits.length), CHANGE_COLUMNS);
  if (!ledger.ok) return [];
  const rows = changeRows(edits, zone);
  appendRows(ledger.value, rows.map((r) => r.cells), rows.map((r) => r.formats));
  return [];
}
