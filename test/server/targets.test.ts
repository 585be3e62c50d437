/** Target revisions on a Retail table made on 2026-11-29: R1 is revenue, increase from 500,000 to 550,000. */
import { describe, expect, it } from 'vitest';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { HEADER_ROW } from '../../src/sheet/table-create.ts';
import { cells, value, withTable, type TableApi } from './helpers.ts';

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const R1 = { tableId: 'T1', goalId: 'R1' } as const;
const R1_ROW = HEADER_ROW + 2;

describe('revising a target', () => {
  it('changes the Target cell and keeps old, new, reason, date and who in the change log', () => {
    const a = withTable();
    const r = value(a.call('reviseTarget', { ...R1, target: 560_000, reason: 'Holiday promotion', who: 'Sam' }));
    expect(r).toEqual({ goalId: 'R1', revision: { date: '2026-11-29', goalId: 'R1', change: 'target', old: 550000, new: 560000, reason: 'Holiday promotion', who: 'Sam', readingDate: null } });
    expect(a.sheet.getRange(R1_ROW, col('target')).getValue()).toBe(560000);
    expect(a.sheet.getRange(R1_ROW, col('target')).getDisplayValue()).toBe('$560,000');
    const changes = a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes')!;
    // Below the template's three targets (rows 2–4).
    expect(cells(changes, 'A5:H5')).toEqual([['2026-11-29', 'R1', 'Target', 550000, 560000, 'Holiday promotion', 'Sam', '']]);
    // R1 recomputes: 536,648 against 500,000 → 560,000: 36,648 / 60,000 = 0.6108.
    expect(a.sheet.getRange(R1_ROW, col('progress')).getValue()).toBeCloseTo(0.6108, 6);
  });

  it('a second revision appends below the first, and getGoal lists both, oldest first', () => {
    const a = withTable();
    value(a.call('reviseTarget', { ...R1, target: 560_000, reason: 'promotion' }));
    value(a.call('reviseTarget', { ...R1, target: 555_000, reason: 'promotion cut short' }));
    const r1 = value(a.call('getGoal', R1));
    expect(r1.revisions.map((c) => [c.old, c.new, c.reason, c.who])).toEqual([
      [null, 550000, 'set when the table was made', ''],
      [550000, 560000, 'promotion', 'Store ops'],
      [560000, 555000, 'promotion cut short', 'Store ops'],
    ]);
    expect(r1.goal.target).toBe(555000);
  });

  it('writes the reason as text', () => {
    const a = withTable();
    value(a.call('reviseTarget', { ...R1, target: 560_000, reason: '=HYPERLINK("http://x")' }));
    const changes = a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes')!;
    expect([changes.getRange('F5').getValue(), changes.getRange('F5').getFormula()]).toEqual(['=HYPERLINK("http://x")', '']);
  });
});

describe('a refused revision changes nothing', () => {
  const cases: [string, (a: TableApi) => void, unknown, { code: string; message: string; field?: string }][] = [
    ['a blank reason', () => undefined, { ...R1, target: 560_000, reason: '   ' },
      { code: 'invalid-param', field: 'reason', message: 'reason is blank: fill it in' }],
    ['the same target', () => undefined, { ...R1, target: 550_000, reason: 'no change' },
      { code: 'target-unchanged', field: 'target', message: "target 550000 is the goal's target already: give the new target" }],
    ['a target an increase goal cannot take', () => undefined, { ...R1, target: 450_000, reason: 'down' },
      { code: 'increase-target-below', field: 'target', message: 'kind is "increase" but target 450000 is below baseline 500000: use "decrease", or leave kind blank' }],
    ['a target equal to the baseline', () => undefined, { ...R1, target: 500_000, reason: 'flat' },
      { code: 'target-equals-baseline', field: 'target', message: 'target equals baseline (500000): there is nothing to move; use kind "at least" or "at most" to hold a level' }],
    ['a target computed by a formula', (a) => a.sheet.getRange(R1_ROW, col('target')).setFormula('=H4*1.1'), { ...R1, target: 560_000, reason: 'x' },
      { code: 'target-is-formula', message: 'Retail goals!I4 computes the target with a formula (=H4*1.1): change the formula, or clear it to revise the target here' }],
    ['a deleted change log', (a) => {
      value(a.call('reviseTarget', { ...R1, target: 560_000, reason: 'promotion' }));
      a.app.getActiveSpreadsheet().deleteSheet(a.app.getActiveSpreadsheet().getSheetByName('Retail goals changes')!);
    }, { ...R1, target: 570_000, reason: 'more' },
      { code: 'changes-missing', message: 'Retail goals: its change log sheet was deleted: undo the deletion (or restore it from version history) to keep the history of targets and corrections' }],
    ['a busy lock', (a) => a.s.local.lock.holdByOtherExecution('document'), { ...R1, target: 560_000, reason: 'x' },
      { code: 'busy', message: 'Goalpost is busy with another change to this spreadsheet. Try again in a moment.' }],
  ];
  it.each(cases)('%s', (_name, spoil, params, error) => {
    const a = withTable();
    spoil(a);
    const before = a.s.saveJson();
    expect(a.call('reviseTarget', params)).toEqual({ ok: false, error });
    expect(a.s.saveJson() === before).toBe(true);
  });
});
