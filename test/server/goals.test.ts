/** Reading goals through the server API: listGoals over every table, getGoal with its readings and history. */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { api, TODAY, value, withTable } from './helpers.ts';

const NO_TABLE = 'This spreadsheet has no goal table yet: make one with Extensions › Goalpost › New goal table, or open a sheet that lists your goals and use Adopt this sheet';
const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;

describe('listGoals', () => {
  it('is empty in a spreadsheet without goal tables', () => {
    expect(value(api().call('listGoals'))).toEqual({ tables: [], goals: [] });
  });

  it('gives every goal of every table, typed and computed columns as the sheet shows them', () => {
    const a = withTable('Retail');
    createTable(a.app, DEFAULT_COLOURS, TODAY, 'Healthcare');
    const list = value(a.call('listGoals', {}));
    expect(list.tables).toEqual([
      { id: 'T1', sheetName: 'Retail goals', logSheetName: 'Retail goals log', problems: [] },
      { id: 'T2', sheetName: 'Healthcare goals', logSheetName: 'Healthcare goals log', problems: [] },
    ]);
    expect(list.goals.map((g) => `${g.tableId} ${g.id} ${g.row}`)).toEqual(['T1 R 3', 'T1 R1 4', 'T1 R2 5', 'T1 R3 6', 'T2 H 3', 'T2 H1 4', 'T2 H2 5', 'T2 H3 6']);
    // R2, average transaction value: last read 43.74 on Nov 17 (day 47 of 91), so
    // p = (43.74 − 42) / 4.2 = 0.414286 against E = 47/91 = 0.516484: pace 0.80 → At risk; 12 days > cadence 7 → stale.
    const r2 = list.goals[2];
    expect(r2).toEqual({
      tableId: 'T1', sheetName: 'Retail goals', row: 5,
      id: 'R2', parent: 'R', goal: '', kpi: 'Average transaction value', owner: 'Merchandising', kind: 'increase', unit: '$',
      baseline: 42, target: 46.2, upper: null, current: 43.74, readingDate: '2026-11-17', start: '2026-10-01', due: '2026-12-31',
      progress: 0.414285714286, expected: 0.516483516484, status: 'At risk',
      outlook: a.sheet.getRange(5, col('outlook')).getValue(), stale: true, confidence: null,
    });
    expect(r2?.outlook).not.toBe('');
    // The goal row has no reading of its own: blanks are null, not "" or 0.
    expect(list.goals[0]).toMatchObject({ id: 'R', baseline: null, target: null, current: null, readingDate: null, status: 'On track', stale: false });
  });

  it('lists a table whose header lost a column with its problem and no goals; the other tables still list', () => {
    const a = withTable('Retail');
    const { sheet } = createTable(a.app, DEFAULT_COLOURS, TODAY, 'Software');
    sheet.getRange(HEADER_ROW, col('due')).setValue('Due (old)');
    const list = value(a.call('listGoals'));
    expect(list.tables[1]).toEqual({ id: 'T2', sheetName: 'Software goals', logSheetName: 'Software goals log', problems: ['Software goals: the header row 2 has no "Due" column: type the header back (or undo the change)'] });
    expect(new Set(list.goals.map((g) => g.tableId))).toEqual(new Set(['T1']));
  });

  it('lists a table whose KPI log header was edited with that problem, as Refresh reports it; a column inserted in the log too', () => {
    const LOG_EDITED = 'Retail goals log!C1: the KPI log\'s header reads "Amount", not "Value": Goalpost reads the log by position (Date, Goal id, Value, Confidence, Note, Who); type the header back';
    const a = withTable();
    a.log.getRange('C1').setValue('Amount');
    expect(value(a.call('listGoals')).tables).toEqual([{ id: 'T1', sheetName: 'Retail goals', logSheetName: 'Retail goals log', problems: [LOG_EDITED] }]);
    expect(value(a.call('refresh')).report).toEqual([LOG_EDITED]);
    const b = withTable();
    b.log.insertColumnBefore(3);
    // A blank column now stands at C: C1 reads "" and each header after it has moved one place.
    expect(value(b.call('listGoals')).tables[0]?.problems?.[0]).toBe('Retail goals log!C1: the KPI log\'s header reads "", not "Value": Goalpost reads the log by position (Date, Goal id, Value, Confidence, Note, Who); type the header back');
  });

  it('lists the goals of a table whose KPI log was deleted, with the problem; computed cells show what the sheet shows', () => {
    const a = withTable();
    a.app.getActiveSpreadsheet().deleteSheet(a.log);
    const list = value(a.call('listGoals'));
    expect(list.tables).toEqual([{ id: 'T1', sheetName: 'Retail goals', logSheetName: null, problems: ['Retail goals: its KPI log sheet was deleted: current values, reading dates, outlook, staleness and trends cannot be computed (undo the deletion, or create a new table)'] }]);
    expect(list.goals.map((g) => [g.id, g.target, g.current, g.status])).toEqual([
      ['R', null, null, a.sheet.getRange(3, col('status')).getValue()],
      ['R1', 550000, null, a.sheet.getRange(4, col('status')).getValue()],
      ['R2', 46.2, null, a.sheet.getRange(5, col('status')).getValue()],
      ['R3', 0.03, null, a.sheet.getRange(6, col('status')).getValue()],
    ]);
  });

  it('writes nothing', () => {
    const a = withTable();
    const before = a.s.saveJson();
    a.call('listGoals');
    expect(a.s.saveJson()).toBe(before);
  });
});

describe('getGoal', () => {
  it('gives the goal, its readings oldest first (whatever order the log is in), and its history: the target the table was made with', () => {
    const a = withTable();
    value(a.call('checkIn', { tableId: 'T1', goalId: 'R3', value: 0.031, date: '2026-10-02' }));
    const r3 = value(a.call('getGoal', { tableId: 'T1', goalId: 'R3' }));
    expect(r3.goal.id).toBe('R3');
    // The template reads R3 about every 14 days back from Nov 26, closer when its window (from
    // Oct 1) has not gone on that long: every 11 days, six readings from Oct 2. The back-dated
    // check-in of Oct 2 sits in row 20 of the log and lists after the template's Oct 2 reading.
    expect(r3.readings.map((r) => [r.row, r.date, r.value])).toEqual([
      [2, '2026-10-02', 0.025],
      [20, '2026-10-02', 0.031],
      [4, '2026-10-13', 0.0263],
      [7, '2026-10-24', 0.0273],
      [11, '2026-11-04', 0.0282],
      [15, '2026-11-15', 0.0295],
      [18, '2026-11-26', 0.0305],
    ]);
    expect(r3.revisions).toEqual([{ date: '2026-11-29', goalId: 'R3', change: 'target', old: null, new: 0.03, reason: 'set when the table was made', who: '', readingDate: null }]);
    expect(r3.corrections).toEqual([]);
  });

  it('refuses a goal that is gone, and writes nothing', () => {
    const a = withTable();
    const before = a.s.saveJson();
    expect(a.call('getGoal', { tableId: 'T1', goalId: 'R7' })).toEqual({
      ok: false,
      error: { code: 'unknown-goal', field: 'goalId', message: 'goal "R7" is not in Retail goals any more (its row was deleted or its id changed): reload the goals' },
    });
    expect(a.s.saveJson()).toBe(before);
  });
});

describe('refresh', () => {
  it('on a spreadsheet without goal tables changes nothing, and says how to make one', () => {
    const a = api();
    const before = a.s.saveJson();
    expect(value(a.call('refresh'))).toEqual({ tables: 0, asOfMoved: false, report: [NO_TABLE] });
    expect(a.s.saveJson()).toBe(before);
    expect(a.app.getActiveSpreadsheet().getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
  });
});
