/**
 * A script's Ui.prompt in the preview: the menu item stops at the prompt and the page gets
 * it to ask; running the item again with the answer carries on from there, as Sheets does
 * when the person presses OK. The page's selection is the script's active range. Driven
 * by the test-only add-on (test/fixtures/dialog-addon.js).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shown, testPreview, type TestPreview } from './helpers.ts';

let t: TestPreview;

beforeAll(async () => {
  t = await testPreview({ codePath: join(import.meta.dirname, '..', 'fixtures', 'dialog-addon.js') });
});
afterAll(async () => {
  await t.stop();
});

describe('Ui.prompt in the preview', () => {
  it('asks, then runs on with the answer, at the page\'s selection', async () => {
    const at = { handler: 'askName', sheet: 'Sheet1', selection: 'C5' };
    const asked = await t.ok<{ prompt: { prompt: string } }>('/api/menu', at);
    expect(asked.prompt).toMatchObject({ handler: 'askName', title: 'Your name', prompt: 'Written into C5:', buttons: 'OK_CANCEL', answers: [] });
    expect(await t.ok('/api/menu', { ...at, answers: [{ text: 'Ada', button: 'OK' }] })).toEqual({});
    const s = await t.state({ sheet: 'Sheet1' });
    expect(shown(s.sheet.cells, 'C5')).toBe('Ada');
    expect(s.ui.some((e) => e.kind === 'toast' && e.message === 'Hello, Ada!')).toBe(true);
  });

  it('cancel writes nothing', async () => {
    const before = await t.state({ sheet: 'Sheet1' });
    await t.ok('/api/menu', { handler: 'askName', sheet: 'Sheet1', selection: 'D7', answers: [{ text: 'Bo', button: 'CANCEL' }] });
    expect((await t.state({ sheet: 'Sheet1' })).sheet.cells).toEqual(before.sheet.cells);
  });

  it.each([
    [{ answers: 'x' }, /^answers: /],
    [{ answers: [{ text: 'x', button: 'MAYBE' }] }, /^answers\[0\]: /],
  ])('refuses bad answers: %j', async (body, message) => {
    const res = await t.post('/api/menu', { handler: 'askName', ...body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });
});
