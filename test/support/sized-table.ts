/**
 * A goal table of a chosen size for counting and timing server requests: a blank table
 * with `goals` goals (K1…), `readings` KPI-log rows and `changes` change-log rows, on a
 * local spreadsheet whose custom functions are off (Sheets computes them on its servers,
 * outside the request). Shared by test/server/calls.test.ts and bench/api.bench.ts.
 */
import { createLocalServices } from '../../local/index.ts';
import { GOAL_COLUMNS } from '../../src/sheet/goal-columns.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { api, TODAY, value, type Api } from '../server/helpers.ts';

const col = (role: string): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;

export interface SizedTable extends Api {
  readonly sheet: SheetPort;
  readonly log: SheetPort;
  readonly changeLog: SheetPort;
}

export function sizedTable(goals: number, readings: number, changes: number): SizedTable {
  const s = createLocalServices({ timeZone: 'Etc/UTC', functions: 'none' });
  const a = api(s);
  const { sheet, log } = createTable(a.app, DEFAULT_COLOURS, TODAY);
  const grow = (sh: SheetPort, rows: number) => {
    if (sh.getMaxRows() < rows) sh.insertRowsAfter(sh.getMaxRows(), rows - sh.getMaxRows());
  };
  grow(sheet, goals + HEADER_ROW + 10);
  grow(log, readings + 10);
  const ids = Array.from({ length: goals }, (_, i) => `K${i + 1}`);
  sheet.getRange(HEADER_ROW + 1, col('id'), goals, 1).setValues(ids.map((id) => [id]));
  sheet.getRange(HEADER_ROW + 1, col('owner'), goals, 1).setValues(ids.map((_, i) => [`Owner ${i % 7}`]));
  sheet.getRange(HEADER_ROW + 1, col('baseline'), goals, 2).setValues(ids.map(() => [100, 200]));
  log.getRange(2, 1, readings, 4).setValues(Array.from({ length: readings }, (_, i) => [new Date(Date.UTC(2026, 9, 1 + (i % 58))), ids[i % goals], 100 + (i % 90), 1 + (i % 10)]));
  // The change log, made by a first revision, then grown.
  value(a.call('reviseTarget', { tableId: 'T1', goalId: 'K1', target: 210, reason: 'first' }));
  const changeLog = a.app.getActiveSpreadsheet().getSheetByName('Goals changes');
  if (!changeLog) throw new Error('no change log');
  grow(changeLog, changes + 10);
  changeLog.getRange(3, 1, changes, 7).setValues(Array.from({ length: changes }, (_, i) => [new Date(Date.UTC(2026, 10, 1)), ids[i % goals], 'Target', 200, 205, 'r', 'w']));
  return { ...a, sheet, log, changeLog };
}

/** The requests measured: a check-in of K5, a correction of it, a revision of K5's target, and listGoals. */
export function measuredRequests(t: SizedTable, readings: number): Record<'checkIn' | 'correction' | 'revision' | 'listGoals', () => unknown> {
  const K5 = { tableId: 'T1', goalId: 'K5' };
  return {
    checkIn: () => value(t.call('checkIn', { ...K5, value: 150, confidence: 6 })),
    correction: () => value(t.call('correctCheckIn', { action: 'correct', tableId: 'T1', row: readings + 2, was: { date: '2026-11-29', goalId: 'K5', value: 150 }, value: 151, reason: 'typo' })),
    revision: () => value(t.call('reviseTarget', { ...K5, target: 220, reason: 'stretch' })),
    listGoals: () => value(t.call('listGoals')),
  };
}
