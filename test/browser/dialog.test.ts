/**
 * A dialog and a sidebar the add-on opens, in Chromium: the add-on's own HTML in a
 * sandboxed iframe whose google.script.run reaches the script (success, failure, user
 * object, a Date refused going out and arriving as null coming back, a write to the
 * sheet), google.script.host.setHeight and close; and no way from the frame to the
 * preview's API but the bridge. Driven by a test-only add-on (test/fixtures/dialog-addon.js)
 * through the same menu, HtmlService and Ui the real add-on uses.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPreview } from '../preview/helpers.ts';
import { cell, menu, pageErrors, previewPage, screenshot } from './page.ts';

// Page-side names used inside frame.evaluate callbacks, which run in the browser.
declare const origin: string;

let t: TestPreview;
let stop: (() => Promise<void>) | undefined;
let page: Page;

beforeAll(async () => {
  ({ t, page, stop } = await previewPage({ codePath: join(import.meta.dirname, '..', 'fixtures', 'dialog-addon.js') }));
}, 30_000);

afterAll(async () => {
  await stop?.();
});

describe('dialogs and sidebars in the preview', () => {
  it('opens a modal dialog from the menu whose script calls reach the server', async () => {
    await menu(page, 'Extensions', /^Goalpost/, 'Open test dialog');
    const dialog = page.getByRole('dialog', { name: 'Test dialog' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const inside = page.frameLocator('iframe[title="Test dialog"]');
    // withUserObject("server") reaches the success handler as its second argument.
    await expect.poll(() => inside.locator('#greeting').textContent()).toBe('server: Hello, preview!');
    await expect.poll(() => inside.locator('#failed').textContent()).toBe('Nothing to do: pick a goal first');
    expect(await inside.locator('#date').textContent()).toBe('null');
    expect(await inside.locator('#refused').textContent()).toBe('Failed due to illegal value in property: when');
    // The script's write shows in the grid: =2*21.
    expect(await inside.locator('#written').textContent()).toBe('42');
    await expect.poll(() => cell(page, 'C3').textContent()).toBe('42');
    await screenshot(page, '4-dialog');
  });

  it('cannot reach the preview\'s API from inside the frame', async () => {
    const frame = page.frames().find((f) => f.url().includes('/frame/'));
    if (!frame) throw new Error('no dialog frame');
    const outcome = await frame.evaluate(() => fetch('/api/state').then(() => 'reached', (e: Error) => `refused: ${e.name}`));
    expect(outcome).toBe('refused: TypeError');
    expect(await frame.evaluate(() => origin)).toBe('null');
  });

  it('resizes with google.script.host.setHeight and closes with google.script.host.close', async () => {
    const inside = page.frameLocator('iframe[title="Test dialog"]');
    await inside.getByRole('button', { name: 'Taller' }).click();
    await expect.poll(() => page.locator('iframe[title="Test dialog"]').evaluate((f) => f.getBoundingClientRect().height)).toBe(320);
    await inside.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Test dialog' }).count()).toBe(0);
    // The server forgets it: its page is gone.
    const frames = await t.state();
    expect(frames.ui).toEqual([]);
    await screenshot(page, '4a-dialog-closed-from-inside');
  });

  it('opens a sidebar beside the grid, 300 px wide, that closes itself', async () => {
    await menu(page, 'Extensions', /^Goalpost/, 'Open test sidebar');
    const frame = page.locator('iframe[title="Test sidebar"]');
    await expect.poll(() => frame.evaluate((f) => f.getBoundingClientRect().width)).toBe(300);
    expect(await page.locator('#sidebar-title').textContent()).toBe('Test sidebar');
    await page.frameLocator('iframe[title="Test sidebar"]').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('#sidebar').isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});
