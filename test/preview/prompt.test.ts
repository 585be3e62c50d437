/**
 * A script's Ui.prompt in the preview: the menu item stops at the prompt and the page gets
 * it to ask; running the item again with the answer carries on from there, as Sheets does
 * when the person presses OK. The page's selection is the script's active range.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shown, testPreview, type TestPreview } from './helpers.ts';

let t: TestPreview;

beforeAll(async () => {
  t = await testPreview();
});
afterAll(async () => {
  await t.stop();
});

describe('Goalpost ▸ Check in in the preview', () => {
  it('asks for the selected goal\'s value, then logs the answer', async () => {
    await t.ok('/api/menu', { handler: 'newRetailTable' });
    const at = { handler: 'checkInSelected', sheet: 'Retail goals', selection: 'C5' };
    const asked = await t.ok<{ prompt: { prompt: string } }>('/api/menu', at);
    expect(asked.prompt).toMatchObject({ handler: 'checkInSelected', title: 'Check in: R2', buttons: 'OK_CANCEL', answers: [] });
    expect(asked.prompt.prompt).toMatch(/^Average transaction value\nCurrent: /);
    expect(await t.ok('/api/menu', { ...at, answers: [{ text: '44.5', button: 'OK' }] })).toEqual({});
    const log = await t.state({ sheet: 'Retail goals log' });
    // Below the template's 18 readings.
    expect([shown(log.sheet.cells, 'B20'), shown(log.sheet.cells, 'C20')]).toEqual(['R2', '44.5']);
    expect(log.ui.some((e) => e.kind === 'toast' && /R2: 44.5 checked in/.test(e.message))).toBe(true);
  });

  it('cancel writes nothing', async () => {
    const before = await t.state({ sheet: 'Retail goals log' });
    await t.ok('/api/menu', { handler: 'checkInSelected', sheet: 'Retail goals', selection: 'C5', answers: [{ text: '', button: 'CANCEL' }] });
    expect((await t.state({ sheet: 'Retail goals log' })).sheet.cells).toEqual(before.sheet.cells);
  });

  it('on a row that is no goal: an alert, no prompt', async () => {
    expect(await t.ok('/api/menu', { handler: 'checkInSelected', sheet: 'Retail goals', selection: 'A1' })).toEqual({});
    expect((await t.state()).ui.some((e) => e.kind === 'alert' && /Select a goal row first/.test(e.prompt))).toBe(true);
  });

  it.each([
    [{ answers: 'x' }, /^answers: /],
    [{ answers: [{ text: 'x', button: 'MAYBE' }] }, /^answers\[0\]: /],
  ])('refuses bad answers: %j', async (body, message) => {
    const res = await t.post('/api/menu', { handler: 'checkInSelected', ...body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });
});
