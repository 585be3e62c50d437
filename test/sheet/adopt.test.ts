/**
 * Adopting a sheet someone made, on the local spreadsheet: the proposal, applying it, what
 * never changes in the person's columns, and the computed columns worked by hand. Adopted
 * on 2026-11-29: the quarter 2026-10-01 to 2026-12-31 is 91 days, 59 of them passed (E = 0.648352).
 */
import { describe, expect, it } from 'vitest';
import type { AdoptionDto } from '../../src/contract/dto.ts';
import { api, cells, value, type Api } from '../server/helpers.ts';
import { addHandMade, HAND_MADE, HAND_MADE_ROWS, snapshot } from '../support/hand-made.ts';

const ROWS = HAND_MADE_ROWS.length;
const rounded = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v)));

function adopted(drop: readonly string[] = [], params: object = {}): Api & { sheet: ReturnType<typeof addHandMade>; result: AdoptionDto } {
  const a = api();
  const sheet = addHandMade(a.app, drop);
  const result = value(a.call('adoptSheet', { sheetName: HAND_MADE, ...params }));
  return { ...a, sheet, result };
}

describe('adopting a hand-made sheet', () => {
  it('proposes a mapping of every column it knows and reports Region as unmapped, writing nothing', () => {
    const a = api();
    addHandMade(a.app);
    const before = a.s.saveJson();
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, apply: false }));
    expect(a.s.saveJson()).toBe(before);
    expect(r).toMatchObject({ sheetName: HAND_MADE, headerRow: 2, applied: false, tableId: null, missing: [], unmapped: ['Region'] });
    expect(r.columns.map((c) => [c.column, c.header, c.role, c.by])).toEqual([
      ['A', 'Objective', 'goal', 'synonym'], ['B', 'Owner', 'owner', 'name'], ['C', 'Start value', 'baseline', 'synonym'],
      ['D', 'Goal value', 'target', 'synonym'], ['E', 'Actual', 'current', 'synonym'], ['F', 'Start date', 'start', 'synonym'],
      ['G', 'Deadline', 'due', 'synonym'], ['H', 'Region', null, null], ['I', 'Comments', 'notes', 'synonym'],
    ]);
    expect(r.added).toEqual(['Id', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    expect(r.report.join('\n')).toContain('"Region" (H)');
    expect(r.report.join('\n')).toContain('No id column: Goalpost adds "Id" (J) with an id for each of the 4 goals (G1 to G4)');
  });

  it('adds only computed columns to the right, computes from the typed Actual, and leaves every original cell as it was', () => {
    const a = api();
    const sheet = addHandMade(a.app);
    const before = snapshot(sheet, 1, 1, ROWS + 2, 9);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE }));
    expect(r).toMatchObject({ applied: true, tableId: 'T1' });
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    expect(cells(sheet, 'J2:Q2')[0]).toEqual(['Id', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    expect(cells(sheet, 'S2')[0]).toEqual(['Trend data']);
    // Progress from Actual: (1500 − 1000)/1000 = 0.5, pace 0.5/0.648352 = 0.77 → At risk; (400 − 160)/300 = 0.8, pace 1.23 → On track;
    // (22 − 20)/20 = 0.1 → Off track; 1 of 1 → Achieved. No check-in yet: 59 days since start > cadence 30 → Stale.
    expect(rounded(cells(sheet, 'J3:O6'))).toEqual([
      ['G1', 0.5, 0.648352, 'At risk', expect.any(String), 'Stale'],
      ['G2', 0.8, 0.648352, 'On track', expect.any(String), 'Stale'],
      ['G3', 0.1, 0.648352, 'Off track', expect.any(String), 'Stale'],
      ['G4', 1, 0.648352, 'Achieved', expect.any(String), 'Stale'],
    ]);
    // Refresh reports nothing and writes nothing in the person's columns.
    expect(value(a.call('refresh'))).toEqual({ tables: 1, asOfMoved: false, report: [] });
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    // A check-in goes to the log only: Actual stays as typed, progress still reads it.
    value(a.call('checkIn', { tableId: 'T1', goalId: 'G1', value: 1600 }));
    expect(cells(sheet, 'E3')[0]).toEqual([1500]);
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    expect(cells(a.app.getActiveSpreadsheet().getSheetByName('Hand made log') as never, 'A2:C2')).toEqual([['2026-11-29', 'G1', 1600]]);
    expect(rounded(cells(sheet, 'K3:O3'))).toEqual([[0.5, 0.648352, 'At risk', expect.any(String), '']]);
  });

  it('without an Actual column, current and reading date come from the KPI log', () => {
    const { sheet, result, ...a } = adopted(['Actual']);
    expect(result.added).toEqual(['Id', 'Current', 'Reading date', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    value(a.call('checkIn', { tableId: 'T1', goalId: 'G1', value: 1600 }));
    // 1600 read today: (1600 − 1000)/1000 = 0.6 against 0.648352, pace 0.93 → On track.
    expect(rounded(cells(sheet, 'I3:N3'))).toEqual([['G1', 1600, '2026-11-29', 0.6, 0.648352, 'On track']]);
    expect(rounded(cells(sheet, 'J4:N4'))).toEqual([['', '', '', 0.648352, 'No data']]);
  });
});
