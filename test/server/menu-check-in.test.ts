/**
 * Goalpost ▸ Check in on a Retail table made on 2026-11-29: R2 (row 5) is average
 * transaction value, $43.74 now; R3 (row 6) is conversion rate in %, 3.05% now.
 */
import { describe, expect, it } from 'vitest';
import { checkInFromMenu, SELECT_A_GOAL, typedNumber } from '../../src/server/menu-check-in.ts';
import { cells, withTable, type TableApi } from './helpers.ts';

function checkInAt(a: TableApi, a1: string, ...answers: { text: string; button?: string }[]) {
  a.sheet.getRange(a1).activate();
  a.s.local.ui.answerPrompts(...answers);
  const before = a.s.saveJson();
  checkInFromMenu(a.ctx, a.app.getUi());
  return { unchanged: a.s.saveJson() === before, ui: a.s.local.ui };
}

describe('Check in from the menu', () => {
  it('asks for the selected row\'s value, showing the goal and its current value, and logs it as checkIn does', () => {
    const a = withTable();
    const { ui } = checkInAt(a, 'K5', { text: ' 44.5 ' });
    expect(ui.prompts().at(-1)).toMatchObject({ title: 'Check in: R2', prompt: 'Average transaction value\nCurrent: 43.74 $\n\nNew value:', buttons: 'OK_CANCEL' });
    expect(cells(a.log, 'A20:F20')).toEqual([['2026-11-29', 'R2', 44.5, '', '', 'Merchandising']]);
    expect(ui.toasts().at(-1)).toMatchObject({ message: 'R2: 44.5 checked in.' });
  });

  it('a percentage goal takes "3.1%" as 0.031', () => {
    const a = withTable();
    checkInAt(a, 'A6', { text: '3.1%' });
    expect(cells(a.log, 'B20:C20')).toEqual([['R3', 0.031]]);
  });

  it('cancel changes nothing and says so', () => {
    const a = withTable();
    const { unchanged, ui } = checkInAt(a, 'C5', { text: '44', button: 'CANCEL' });
    expect(unchanged).toBe(true);
    expect(ui.toasts().at(-1)).toMatchObject({ message: 'Check-in cancelled: nothing was written.' });
  });

  it('a prompt closed with its × is a cancel', () => {
    const a = withTable();
    expect(checkInAt(a, 'C5').unchanged).toBe(true);
  });

  it('text that is not a number changes nothing and says why', () => {
    const a = withTable();
    const { unchanged, ui } = checkInAt(a, 'C5', { text: '=1+1' });
    expect(unchanged).toBe(true);
    expect(ui.alerts().at(-1)?.prompt).toBe('"=1+1" is not a number, so nothing was checked in. Choose Check in again and type a number, such as 44.5.');
  });

  it.each([['the title row', 'A1'], ['the header row', 'C2'], ['a row below the goals', 'C9']])('on %s: an alert says to select a goal row, and nothing is asked', (_name, a1) => {
    const a = withTable();
    const { unchanged, ui } = checkInAt(a, a1, { text: '44' });
    expect(unchanged).toBe(true);
    expect(ui.alerts().at(-1)?.prompt).toBe(SELECT_A_GOAL);
    expect(ui.prompts()).toEqual([]);
  });

  it('on another sheet: the same alert', () => {
    const a = withTable();
    a.log.getRange('B3').activate();
    checkInFromMenu(a.ctx, a.app.getUi());
    expect(a.s.local.ui.alerts().at(-1)?.prompt).toBe(SELECT_A_GOAL);
  });

  it('reads numbers as people type them', () => {
    expect(['44', '-3.5', '+2', '.5', '1,250', '12%', '1e5', 'abc', '', '4 4', '12%%'].map(typedNumber)).toEqual([44, -3.5, 2, 0.5, 1250, 0.12, undefined, undefined, undefined, undefined, undefined]);
  });
});
