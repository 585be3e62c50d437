/**
 * A goal table's change log ("<table> changes"): one row per target revision, and one per
 * field of a check-in corrected or deleted, so the history of what a goal was measured
 * against, and of every reading changed after the fact, stays in the spreadsheet. Made the
 * first time a table needs it; the table's metadata names its sheet, as it names the log's,
 * so a deleted change log is reported rather than silently made again empty.
 */
import { decimalsOf, fixedPattern } from './number-formats.ts';
import { instantFromSerial, type Day } from '../core/dates.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { CHANGE_KINDS, type ChangeKind } from '../core/vocabulary.ts';
import { goalKey, type LogRow } from './kpi-log.ts';
import { literal } from './literal.ts';
import type { SheetPort, SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import { uniqueSheetName } from './sheet-names.ts';
import { CHANGES_KEY, metaText, type FoundTable } from './table-find.ts';

export const CHANGE_COLUMNS = ['Date', 'Goal id', 'Change', 'Old', 'New', 'Reason', 'Who', 'Reading date'] as const;

type ChangeColumn = (typeof CHANGE_COLUMNS)[number];
const at = (c: ChangeColumn): number => CHANGE_COLUMNS.indexOf(c);
export const CHANGE = { date: at('Date'), goalId: at('Goal id'), change: at('Change'), old: at('Old'), new: at('New'), reason: at('Reason'), who: at('Who'), readingDate: at('Reading date') } as const;

/** How the sheet names each kind of change. */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  target: 'Target',
  value: 'Check-in value',
  date: 'Check-in date',
  confidence: 'Check-in confidence',
  note: 'Check-in note',
  deleted: 'Check-in deleted',
  archived: 'Goal archived',
};

const DAY = 'yyyy-mm-dd';
/** Numbers shown as typed, without grouping or rounding: as many fixed places as the value has (number-formats.ts says why). */
const plain = (v: ChangeValue): string => fixedPattern(decimalsOf(v, 15), false);

export type ChangeValue = number | string | boolean | { readonly day: Day };

export interface ChangeEntry {
  readonly day: Day;
  readonly goalId: string;
  readonly change: ChangeKind;
  /** Numbers, text, flags, or a Day for a check-in's date ({ day }); '' for none. */
  readonly old: ChangeValue;
  readonly new: ChangeValue;
  readonly reason: string;
  readonly who: string;
  readonly readingDay?: Day;
}

/** Change-log rows' cells and number formats, in CHANGE_COLUMNS order; each day's instant is worked out once (Refresh may log thousands on one day). */
export function changeRows(entries: readonly ChangeEntry[], zone: string): { cells: unknown[]; formats: string[] }[] {
  const instants = new Map<Day, number>();
  const date = (d: Day): Date => {
    let ms = instants.get(d);
    if (ms === undefined) instants.set(d, (ms = instantFromSerial(d, zone)));
    return new Date(ms);
  };
  return entries.map((e) => changeRow(e, date));
}

function changeRow(e: ChangeEntry, date: (d: Day) => Date): { cells: unknown[]; formats: string[] } {
  const value = (v: ChangeValue): unknown => (typeof v === 'object' ? date(v.day) : typeof v === 'string' ? literal(v) : v);
  const valueFormat = (v: ChangeValue): string => (e.change === 'date' ? DAY : e.change === 'note' ? '@' : plain(v));
  const cells: unknown[] = [];
  cells[CHANGE.date] = date(e.day);
  cells[CHANGE.goalId] = literal(e.goalId);
  cells[CHANGE.change] = CHANGE_LABELS[e.change];
  cells[CHANGE.old] = value(e.old);
  cells[CHANGE.new] = value(e.new);
  cells[CHANGE.reason] = literal(e.reason);
  cells[CHANGE.who] = literal(e.who);
  cells[CHANGE.readingDate] = e.readingDay === undefined ? '' : date(e.readingDay);
  const formats = [DAY, '@', '@', valueFormat(e.old), valueFormat(e.new), '@', '@', DAY];
  return { cells, formats };
}

/** The kind of change a row records, from its label; undefined for a row a person wrote some other way. */
export function changeKindOf(label: unknown): ChangeKind | undefined {
  const text = String(label ?? '').trim().toLowerCase();
  return CHANGE_KINDS.find((k) => CHANGE_LABELS[k].toLowerCase() === text);
}

/** The table's change log; undefined when none has been made yet; a problem when it was made and then deleted. */
export function findChangeLog(ss: SpreadsheetPort, table: FoundTable): Result<SheetPort | undefined> {
  const id = table.meta.changes;
  if (id === undefined) return ok(undefined);
  const sheet = ss.getSheets().find((s) => s.getSheetId() === id);
  return sheet ? ok(sheet) : fail('changes-missing', { sheet: table.sheet.getName() });
}

/**
 * Makes the change log beside the table and names it in the table's metadata; the sheet in
 * view stays in view. It gets `room` rows beyond a new sheet's own for the entries about to
 * be written, so making it costs the same calls however many there are.
 */
export function createChangeLog(app: SpreadsheetAppPort, ss: SpreadsheetPort, table: FoundTable, room: number): SheetPort {
  const inView = ss.getActiveSheet();
  const sheet = ss.insertSheet(uniqueSheetName(ss, `${table.sheet.getName()} changes`));
  sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(room, 1));
  sheet.getRange(1, 1, 1, CHANGE_COLUMNS.length).setValues([[...CHANGE_COLUMNS]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet.getRange('1:1').addDeveloperMetadata(CHANGES_KEY, JSON.stringify({ v: 1, table: table.meta.table }), app.DeveloperMetadataVisibility.DOCUMENT);
  table.md.setValue(metaText({ ...table.meta, changes: sheet.getSheetId() }));
  inView.activate();
  return sheet;
}

/** The change-log rows about one goal, in sheet order. */
export function changesOfGoal(rows: readonly (readonly unknown[])[], goalId: string): LogRow[] {
  const key = goalKey(goalId);
  const out: LogRow[] = [];
  rows.forEach((cells, i) => {
    if (goalKey(cells[CHANGE.goalId]) === key) out.push({ row: i + 2, cells });
  });
  return out;
}
