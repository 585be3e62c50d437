/**
 * Dialogs and sidebars the add-on opens: the page gets a frame id, never the HTML; the
 * frame's page is the add-on's HTML behind the google.script bridge and a sandboxing
 * policy; google.script.run reaches only the script's own top-level functions, and what
 * crosses back follows Apps Script's rules. Driven by a test-only add-on script.
 */
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameView } from '../../local/preview/frames.ts';
import { illegalPath } from '../../local/preview/script-bridge.ts';
import { shown, testPreview, type TestPreview } from './helpers.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'dialog-addon.js');
let t: TestPreview;
let dialog: Extract<FrameView, { kind: 'dialog' }>;

beforeAll(async () => {
  t = await testPreview({ codePath: FIXTURE });
});
afterAll(async () => {
  await t.stop();
});

const run = (fn: string, args: unknown[], frame = dialog.frame) => t.ok<{ result: unknown }>('/api/run', { frame, fn, args });

describe('a dialog opened from the menu', () => {
  it('reaches the page as a frame with its title and size', async () => {
    await t.ok('/api/menu', { handler: 'openTestDialog' });
    const ui = (await t.state()).ui;
    expect(ui).toEqual([{ kind: 'dialog', frame: expect.stringMatching(/^[0-9a-f-]{36}$/), title: 'Test dialog', modal: true, width: 420, height: 240 }]);
    dialog = ui[0] as typeof dialog;
  });

  it('serves the add-on\'s HTML behind the bridge, sandboxed and cut off from the network', async () => {
    const res = await fetch(`${t.preview.url}/frame/${dialog.frame}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^sandbox allow-scripts allow-forms allow-modals /);
    expect(csp).not.toMatch(/allow-same-origin/);
    expect(csp).toMatch(/connect-src 'none'/);
    const html = await res.text();
    // The doctype stays first; the bridge runs before the add-on's own markup.
    expect(html.startsWith('<!DOCTYPE html><script>')).toBe(true);
    expect(html.indexOf('google.script')).toBeLessThan(html.indexOf('<output id="greeting">'));
    expect(html).toContain(`"parentOrigin":"${t.preview.url}"`);
    expect(html).toContain('"functions":["askName","echo","fail","greet","onOpen","openTestDialog","openTestSidebar","today","writeCell"]');
  });

  it('runs a top-level function with the arguments given', async () => {
    expect(await run('greet', ['preview'])).toEqual({ result: { ok: true, value: 'Hello, preview!' }, ui: [] });
    expect(await run('echo', [{ list: [1, null, 'x'], nested: { yes: true } }])).toMatchObject({ result: { ok: true, value: { list: [1, null, 'x'], nested: { yes: true } } } });
  });

  it('writes through the script like a menu item would, and the sheet shows it', async () => {
    expect(await run('writeCell', ['C3', '=2*21'])).toMatchObject({ result: { ok: true, value: '42' } });
    expect(shown((await t.state()).sheet.cells, 'C3')).toBe('42');
  });

  it('hands the failure handler the thrown message, and a returned Date as null', async () => {
    expect(await run('fail', [])).toMatchObject({ result: { ok: false, error: 'Nothing to do: pick a goal first' } });
    expect(await run('today', [])).toMatchObject({ result: { ok: true, value: null, warning: expect.stringMatching(/^today returned an illegal value/) } });
  });

  it.each([['hidden_'], ['eval'], ['SpreadsheetApp'], ['constructor'], ['DIALOG_HTML']])('cannot call %s', async (fn) => {
    expect(await run(fn, [])).toMatchObject({ result: { ok: false, error: `Script function not found: ${fn}` } });
  });

  it('refuses calls once the dialog is closed, and its page is gone', async () => {
    await t.ok('/api/frames/close', { frame: dialog.frame });
    expect(await run('greet', ['x'])).toMatchObject({ result: { ok: false, error: 'This dialog is closed: its script calls no longer run.' } });
    expect((await fetch(`${t.preview.url}/frame/${dialog.frame}`)).status).toBe(404);
  });

  it('a new sidebar replaces the previous one', async () => {
    await t.ok('/api/menu', { handler: 'openTestSidebar' });
    const first = (await t.state()).ui[0] as FrameView;
    await t.ok('/api/menu', { handler: 'openTestSidebar' });
    const second = (await t.state()).ui[0] as FrameView;
    expect([first.kind, second.title]).toEqual(['sidebar', 'Test sidebar']);
    expect((await fetch(`${t.preview.url}/frame/${first.frame}`)).status).toBe(404);
    expect((await fetch(`${t.preview.url}/frame/${second.frame}`)).status).toBe(200);
  });
});

describe('what may cross google.script.run', () => {
  it.each([
    [['text', 1, true, null, [1, [2]], { a: { b: 'c' } }], undefined],
    [[undefined, [undefined]], undefined],
    [[new Date()], '0'],
    [[{ when: new Date() }], '0.when'],
    [[{ list: [1, () => 2] }], '0.list.1'],
    [[new Map()], '0'],
  ])('%j: illegal at %s', (args, path) => {
    expect(illegalPath(args)).toBe(path);
  });

  it('judges values from the script\'s realm by their shape, not by this realm\'s prototypes', () => {
    const foreign = runInNewContext('[{ a: [1, "x"] }, new Date(0), new (class Goal {})()]') as unknown[];
    expect([illegalPath(foreign[0]), illegalPath(foreign[1]), illegalPath(foreign[2])]).toEqual([undefined, '(the value itself)', '(the value itself)']);
  });

  it('a circular structure is illegal', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(illegalPath([loop])).toBe('0.self');
  });
});
