/**
 * The last known targets live in the change log: a new table records its template's
 * targets, and a target edited by hand in the cell is found at Refresh (or at the next
 * revision) and logged as a revision "edited in the sheet". Tables made on 2026-11-29.
 */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import type { SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { findTables } from '../../src/sheet/table-find.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { refreshTables } from '../../src/sheet/table-refresh.ts';
import { api, cells, TODAY, value, withTable, type TableApi } from '../server/helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R1_ROW = HEADER_ROW + 2;
const SEEDS = [
  ['2026-11-29', 'R1', 'Target', '', 550000, 'set when the table was made', '', ''],
  ['2026-11-29', 'R2', 'Target', '', 46.2, 'set when the table was made', '', ''],
  ['2026-11-29', 'R3', 'Target', '', 0.03, 'set when the table was made', '', ''],
];

const changeLog = (a: TableApi): SheetPort => a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes') as SheetPort;
const refresh = (a: { app: SpreadsheetAppPort }, day = TODAY) => refreshTables(a.app, DEFAULT_COLOURS, day);
/** The change log's rows below the header, up to its last entry. */
const entries = (sheet: SheetPort) => cells(sheet, `A2:H${Math.max(sheet.getLastRow(), 2)}`).filter((r) => r.some((v) => v !== ''));

describe('a new table records its targets', () => {
  it('a template\'s targets start its change log, named in the table\'s metadata; the goal sheet stays in view', () => {
    const a = withTable();
    expect(entries(changeLog(a))).toEqual(SEEDS);
    expect(findTables(a.app, a.app.getActiveSpreadsheet(), false)[0]?.meta.changes).toBe(changeLog(a).getSheetId());
    expect(a.app.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Retail goals');
    expect(refresh(a).report).toEqual([]);
    expect(entries(changeLog(a))).toEqual(SEEDS);
  });

  it('a blank table has no change log until a goal has a target; Refresh then records the typed targets once', () => {
    const a = api();
    const { sheet } = createTable(a.app, DEFAULT_COLOURS, TODAY);
    const sheets = () => a.app.getActiveSpreadsheet().getSheets().map((s) => s.getName());
    expect(sheets()).not.toContain('Goals changes');
    sheet.getRange(HEADER_ROW + 1, 1, 2, 1).setValues([['K1'], ['K2']]);
    sheet.getRange(HEADER_ROW + 1, col('baseline'), 2, 2).setValues([[0, 100], [10, '']]);
    expect(refresh(a).report).toEqual([]);
    const changes = a.app.getActiveSpreadsheet().getSheetByName('Goals changes') as SheetPort;
    expect(entries(changes)).toEqual([['2026-11-29', 'K1', 'Target', '', 100, 'edited in the sheet', '', '']]);
    refresh(a);
    expect(entries(changes)).toHaveLength(1);
  });
});

describe('a target edited by hand', () => {
  it('is logged at Refresh as a revision "edited in the sheet", once', () => {
    const a = withTable();
    a.sheet.getRange(R1_ROW, col('target')).setValue(555000);
    expect(refresh(a, TODAY + 1).report).toEqual([]);
    expect(entries(changeLog(a)).slice(3)).toEqual([['2026-11-30', 'R1', 'Target', 550000, 555000, 'edited in the sheet', '', '']]);
    refresh(a, TODAY + 1);
    expect(entries(changeLog(a))).toHaveLength(4);
    const r1 = value(api(a.s, TODAY + 1).call('getGoal', { tableId: 'T1', goalId: 'R1' }));
    expect(r1.revisions.at(-1)).toMatchObject({ old: 550000, new: 555000, reason: 'edited in the sheet' });
  });

  it('a cleared target is logged too; a target typed as text is a table problem, not a revision', () => {
    const a = withTable();
    a.sheet.getRange(R1_ROW, col('target')).setValue('');
    a.sheet.getRange(R1_ROW + 1, col('target')).setValue('lots');
    const report = refresh(a).report;
    expect(report).toContain('Retail goals!I5: Target "lots" is text, not a number: type a plain number');
    expect(entries(changeLog(a)).slice(3)).toEqual([['2026-11-29', 'R1', 'Target', 550000, '', 'edited in the sheet', '', '']]);
  });

  it('ids used twice are left alone: which row the history belongs to cannot be told', () => {
    const a = withTable();
    a.sheet.getRange(R1_ROW + 1, col('id')).setValue('R1');
    a.sheet.getRange(R1_ROW + 1, col('target')).setValue(47);
    refresh(a);
    expect(entries(changeLog(a))).toEqual(SEEDS);
  });

  it('a revision through the API logs a hand edit it finds first, then itself', () => {
    const a = withTable();
    a.sheet.getRange(R1_ROW, col('target')).setValue(555000);
    value(a.call('reviseTarget', { tableId: 'T1', goalId: 'R1', target: 560000, reason: 'promotion', who: 'Sam' }));
    expect(entries(changeLog(a)).slice(3)).toEqual([
      ['2026-11-29', 'R1', 'Target', 550000, 555000, 'edited in the sheet', '', ''],
      ['2026-11-29', 'R1', 'Target', 555000, 560000, 'promotion', 'Sam', ''],
    ]);
    refresh(a);
    expect(entries(changeLog(a))).toHaveLength(5);
  });

  it('a deleted change log is reported by Refresh, which does everything else', () => {
    const a = withTable();
    a.app.getActiveSpreadsheet().deleteSheet(changeLog(a));
    a.sheet.getRange(R1_ROW, col('target')).setValue(555000);
    expect(refresh(a, TODAY + 1)).toEqual({
      tables: 1,
      asOfMoved: true,
      report: ['Retail goals: its change log sheet was deleted, so targets edited in the sheet cannot be recorded: undo the deletion (or restore it from version history)'],
    });
  });
});
