/**
 * The trust rules on the local spreadsheet, as a goal table uses them: one formula per
 * column over a KPI log, reading dates, an as-of cell that moves the whole table to
 * another day, a rollup of children, and Goalpost's own messages in error cells.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';

const iso = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

function table() {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  const ss = s.SpreadsheetApp.getActiveSpreadsheet();
  const goals = ss.getActiveSheet() as SheetPort;
  goals.setName('Goals');
  const log = ss.insertSheet('Log') as SheetPort;
  const settings = ss.insertSheet('Settings') as SheetPort;
  settings.getRange('A1:B1').setValues([['As of', '2026-02-15']]);
  log.getRange('A1:C8').setValues([
    ['Date', 'Value', 'Goal'],
    ['2026-01-01', 502000, 'K1'],
    ['2026-01-01', 40, 'K2'],
    ['2026-01-16', 508000, 'K1'],
    ['2026-01-31', 514000, 'K1'],
    ['2026-02-01', 38, 'K2'],
    ['2026-02-15', 520000, 'K1'],
    ['2026-03-04', 36, 'K2'],
  ]);
  goals.getRange('A1:I4').setValues([
    ['Id', 'Parent', 'Baseline', 'Target', 'Start', 'Due', 'Weight', 'Cadence', 'Kind'],
    ['G1', '', '', '', '2026-01-01', '2026-06-30', '', '', ''],
    ['K1', 'G1', 500000, 550000, '2026-01-01', '2026-03-31', '', 10, ''],
    ['K2', 'G1', 40, 32, '2026-01-01', '2026-06-30', '', 10, ''],
  ]);
  const f = (a1: string, formula: string) => goals.getRange(a1).setFormula(formula);
  const LOG = 'Log!A2:A, Log!B2:B, Log!C2:C, A3:A4';
  f('J3', `=KPI_LATEST(${LOG}, "value", Settings!B1)`);
  f('K3', `=KPI_LATEST(${LOG}, "date", Settings!B1)`);
  f('L3', '=GOAL_PROGRESS(C3:C4, D3:D4, J3:J4, I3:I4)');
  f('M3', '=GOAL_STATUS(C3:C4, D3:D4, J3:J4, E3:E4, F3:F4, Settings!B1, I3:I4, , , , K3:K4)');
  f('N3', `=GOAL_OUTLOOK(${LOG}, D3:D4, F3:F4, C3:C4, I3:I4, , Settings!B1)`);
  f('O3', `=KPI_STALE(${LOG}, H3:H4, Settings!B1, E3:E4)`);
  f('P3', `=KPI_SERIES(${LOG}, 4, Settings!B1)`);
  f('U2', '=GOAL_ROLLUP(L2:L4, G2:G4, A2:A4, B2:B4)');
  return { s, goals, settings };
}

const read = (sheet: SheetPort, a1: string) => sheet.getRange(a1).getValues().map((r) => r.map(iso));

describe('a goal table of keyed formulas on the local spreadsheet', () => {
  it('as of Feb 15: each column computed per KPI from the log, worked by hand', () => {
    const { s, goals } = table();
    // K1: latest Feb 15 520,000; p = 20,000/50,000 = 0.4; E = 45/89; r = 0.79 → At risk; ETA May 1 > Mar 31.
    // K2: Mar 4 is after as-of, so latest Feb 1 38; p = −2/−8 = 0.25; judged on Feb 1: E = 31/180 = 0.172, r = 1.45 → On track;
    //     falling 2 every 31 days reaches 32 after 124 days, May 5, before Jun 30; 14 days since Feb 1 > cadence 10 → Stale.
    expect(read(goals, 'J3:O4')).toEqual([
      [520000, '2026-02-15', 0.4, 'At risk', 'Misses by due', ''],
      [38, '2026-02-01', 0.25, 'On track', 'Reaches by 2026-05-05', 'Stale'],
    ]);
    expect(read(goals, 'P3:S4')).toEqual([
      [502000, 508000, 514000, 520000],
      [40, 38, '', ''],
    ]);
    // One rollup over the whole table: G1 = (0.4 + 0.25) / 2 = 0.325; K1 and K2 keep their own progress.
    expect(read(goals, 'U2:U4')).toEqual([[0.325], [0.4], [0.25]]);
    for (const a1 of ['J3', 'K3', 'L3', 'M3', 'N3', 'O3', 'P3', 'U2']) expect(s.local.cellError('Goals', a1)).toBeNull();
  });

  it('moving the as-of cell moves the whole table to that day: Apr 5 makes K1 Awaiting data and brings in K2\'s Mar 4 reading', () => {
    const { goals, settings } = table();
    settings.getRange('B1').setValue('2026-04-05');
    // K1: due Mar 31 has passed, its latest reading is from Feb 15: Awaiting data, not Missed.
    // K2: 36 on Mar 4: p = 0.5, E = 62/180 = 0.344, r = 1.45 → On track.
    expect(read(goals, 'J3:M4')).toEqual([
      [520000, '2026-02-15', 0.4, 'Awaiting data'],
      [36, '2026-03-04', 0.5, 'On track'],
    ]);
    expect(read(goals, 'P4:S4')).toEqual([[40, 38, 36, '']]);
    settings.getRange('B1').setValue('2026-01-20');
    // Back in January: K1 has Jan 1 and Jan 16; K2 only Jan 1 (40, p = 0).
    expect(read(goals, 'J3:J4')).toEqual([[508000], [40]]);
  });

  it("a custom function's error shows its own message, not \"Formula parse error.\" (GOAL_PARSE's name contains \"pars\")", () => {
    const { s, goals } = table();
    goals.getRange('A10').setFormula('=GOAL_PARSE("Increase revenue by 10%", "someday")');
    expect(s.local.cellError('Goals', 'A10')?.message).toBe('GOAL_PARSE: start "someday" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31');
    goals.getRange('A11').setFormula('=SUM(1,');
    expect(s.local.cellError('Goals', 'A11')?.message).toBe('Formula parse error.');
  });
});
