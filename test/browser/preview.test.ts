/**
 * The preview page in Debian's Chromium: the add-on's own menu inserts the guide, typing in
 * the formula bar recomputes, About opens a modal, and
 * error cells carry their message as hover text. No skip when Chromium is missing: CI
 * installs it whenever this folder has tests, so its absence is a broken machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../local/preview/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const dir = mkdtempSync(join(tmpdir(), 'goalpost-browser-'));
let preview: Preview;
let browser: Browser;
let page: Page;

const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  preview = await startPreview({ port: 0, host: '127.0.0.1', statePath: join(dir, 'workbook.json') });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview page in Chromium', () => {
  it('runs the guide from Extensions › Goalpost, recomputes typed edits and shows About', async () => {
    await page.goto(preview.url);
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: /^Goalpost/ }).click();
    await page.getByRole('menuitem', { name: 'Insert function guide' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Goalpost guide');
    await expect.poll(() => cell('E22').textContent()).toBe('✓');
    expect(await cell('K5').textContent()).toBe('At risk');

    await cell('E5').click();
    expect(await page.getByLabel('Formula bar').inputValue()).toBe('520000');
    await page.getByLabel('Formula bar').fill('550000');
    await page.getByLabel('Formula bar').press('Enter');
    await expect.poll(() => cell('K5').textContent()).toBe('Achieved');
    expect(await cell('J5').textContent()).toBe('100.0%');

    await cell('L5').click();
    await page.getByLabel('Formula bar').fill('=SPARKLINE(C5:E5)');
    await page.getByLabel('Formula bar').press('Enter');
    await expect.poll(() => cell('L5').locator('svg polyline').count()).toBe(1);

    // Typing on a selected cell starts an edit; an error's message is the cell's hover text.
    await cell('L6').click();
    await page.keyboard.type('=GOAL_PROGRESS("x", 1, 2)');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('L6').textContent()).toBe('#ERROR!');
    expect(await cell('L6').getAttribute('title')).toMatch(/^GOAL_PROGRESS: baseline "x" is not a plain number/);

    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: /^Goalpost/ }).click();
    await page.getByRole('menuitem', { name: 'About Goalpost' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toMatch(/GOAL_PROGRESS/);
    await page.screenshot({ path: '/tmp/goalpost-preview.png' });
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  }, 30_000);
});
