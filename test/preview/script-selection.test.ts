/**
 * A script that activates a range moves the page's selection, as in Sheets: the response to
 * a menu item or a google.script.run call names the sheet and range the script selected,
 * and says nothing when the script only read or wrote. Each call runs with the page's
 * selection as the active range. Driven by the built add-on and its sidebar's selectGoal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptSelection } from '../../local/preview/script-api.ts';
import type { ScriptResult } from '../../local/preview/script-bridge.ts';
import { testPreview, type TestPreview } from './helpers.ts';

type Ran = { result: ScriptResult; selection?: ScriptSelection };
let t: TestPreview;
let frame: string;

beforeAll(async () => {
  t = await testPreview();
});
afterAll(async () => {
  await t.stop();
});

const rpc = (method: string, params: unknown, page: { sheet: string; selection: string }) =>
  t.ok<Ran>('/api/run', { frame, fn: 'goalpostRpc', args: [method, params], ...page });
const active = () => {
  const range = t.preview.session.services.SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  return `${range?.getSheet().getName()}!${range?.getA1Notation()}`;
};

describe('a script moving the selection in the preview', () => {
  it('reports the sheet a menu item activated, and opens the sidebar without moving anything', async () => {
    const made = await t.ok<{ selection?: ScriptSelection }>('/api/menu', { handler: 'newRetailTable', sheet: 'Sheet1', selection: 'B2' });
    expect(made.selection?.sheet).toBe('Retail goals');
    expect(await t.ok('/api/menu', { handler: 'openSidebar', sheet: 'Retail goals', selection: 'C4' })).toEqual({});
    const ui = (await t.state()).ui;
    const sidebar = ui.find((e) => e.kind === 'sidebar');
    if (sidebar?.kind !== 'sidebar') throw new Error('no sidebar opened');
    frame = sidebar.frame;
  });

  it('answers selectGoal with the goal\'s row selected on its sheet, from another sheet', async () => {
    await t.ok('/api/sheet', { name: 'Sheet1' });
    const ran = await rpc('selectGoal', { tableId: 'T1', goalId: 'R2' }, { sheet: 'Sheet1', selection: 'D7' });
    expect(ran.result).toMatchObject({ ok: true, value: { ok: true, value: { sheetName: 'Retail goals', row: 5 } } });
    expect(ran.selection).toEqual({ sheet: 'Retail goals', range: expect.stringMatching(/^A5:[A-Z]+5$/), moves: 2 });
    expect((await t.state()).activeSheet).toBe('Retail goals');
    expect(active()).toBe(`Retail goals!${ran.selection?.range}`);
  });

  it('does not let a call the page sent before it caught up with that move undo it', async () => {
    const moves = (await t.state()).scriptMoves;
    const stale = await t.ok<Ran>('/api/run', { frame, fn: 'goalpostRpc', args: ['getGoal', { tableId: 'T1', goalId: 'R2' }], sheet: 'Sheet1', selection: 'D7', moves: moves - 1 });
    expect([stale.result.ok, stale.selection]).toEqual([true, undefined]);
    expect(active()).toMatch(/^Retail goals!A5:/);
  });

  it('reports nothing after a call that reads, or one that writes, and runs it at the page\'s selection', async () => {
    const read = await rpc('listGoals', {}, { sheet: 'Sheet1', selection: 'C3:D4' });
    expect(read.result.ok).toBe(true);
    expect(read.selection).toBeUndefined();
    expect(active()).toBe('Sheet1!C3:D4');
    const wrote = await rpc('checkIn', { tableId: 'T1', goalId: 'R2', value: 46.2 }, { sheet: 'Sheet1', selection: 'E9' });
    expect(wrote.result).toMatchObject({ ok: true, value: { ok: true } });
    expect(wrote.selection).toBeUndefined();
    expect((await t.state()).activeSheet).toBe('Sheet1');
  });

  it('reports nothing for a menu item that writes without activating', async () => {
    expect(await t.ok('/api/menu', { handler: 'refreshTables', sheet: 'Sheet1', selection: 'B3' })).toEqual({});
    expect(active()).toBe('Sheet1!B3');
  });
});
