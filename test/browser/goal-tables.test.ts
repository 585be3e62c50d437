/**
 * Goal tables in the preview, as a newcomer makes them: Extensions › Goalpost › New goal
 * table ▸ each template; every computed cell shows a value, drawn with its format and its
 * status colour, and the bars and trends draw. A screenshot of each table is saved in
 * artifacts/browser/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, goTo, menu, pageErrors, previewPage, screenshot, style } from './page.ts';
import { announced, sidebar } from './sidebar-page.ts';

let stop: (() => Promise<void>) | undefined;
let page: Page;

beforeAll(async () => {
  ({ page, stop } = await previewPage());
}, 30_000);

afterAll(async () => {
  await stop?.();
});

const text = (a1: string) => cell(page, a1).textContent();
// Columns: K current, L reading date, Q progress, R expected, S status, T outlook, U stale, W bar, X trend.
const COMPUTED = ['K', 'L', 'Q', 'R', 'S'];

describe('goal tables in the preview', () => {
  it.each(['Retail', 'Healthcare', 'Manufacturing', 'Software'])('New goal table ▸ %s: every computed cell shows a value, formatted and coloured', async (name) => {
    await menu(page, 'Extensions', /^Goalpost/, `New goal table ▸ ${name}`);
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent(), { timeout: 20_000 }).toBe(`${name} goals`);
    // The grid draws what is in view: bring the computed columns (K to X) into it.
    await goTo(page, 'X6');
    await expect.poll(() => text('S3'), { timeout: 20_000 }).not.toBe('');
    // The goal row rolls up (no current or reading date of its own); its three KPIs have all five.
    for (const c of ['Q', 'R', 'S']) expect(await text(`${c}3`), `${c}3`).toMatch(/\S/);
    for (const row of [4, 5, 6]) for (const c of COMPUTED) expect(await text(`${c}${row}`), `${c}${row}`).toMatch(/\S/);
    for (const row of [3, 4, 5, 6]) {
      expect(await text(`Q${row}`)).toMatch(/^-?\d+%$/);
      const status = await text(`S${row}`);
      expect(['On track', 'At risk', 'Off track', 'Achieved', 'Awaiting data']).toContain(status);
      // A status is drawn in its colour, never on the plain white of an uncoloured cell.
      expect(await style(page, `S${row}`, 'background-color')).not.toBe('rgb(255, 255, 255)');
    }
    expect(await text('L4')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Bars (in their status's colour) and trend lines are drawn in their cells.
    await expect.poll(() => page.locator('[data-cell="W4"] svg rect').count()).toBe(1);
    expect(await page.locator('[data-cell="W4"] svg rect').getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/);
    await expect.poll(() => page.locator('[data-cell="X4"] svg polyline').count()).toBe(1);
    await screenshot(page, `goal-table-${name.toLowerCase()}`);
    await goTo(page, 'A1');
    await expect.poll(() => text('C1')).toMatch(/^As of \d{4}-\d{2}-\d{2}$/);
    expect(pageErrors(page)).toEqual([]);
  }, 60_000);

  it('Refresh from the menu answers with a toast', async () => {
    await menu(page, 'Extensions', /^Goalpost/, 'Refresh');
    await expect.poll(() => page.getByText('4 goal table(s) refreshed.').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  }, 60_000);

  it('Check in from the menu opens the sidebar at the selected goal\'s check-in, which logs the reading', async () => {
    await goTo(page, 'C5');
    const goalId = await text('A5');
    await menu(page, 'Extensions', /^Goalpost/, 'Check in');
    const s = sidebar(page);
    await s.getByRole('heading', { name: 'Check in' }).waitFor({ timeout: 20_000 });
    expect(await s.getByText(goalId ?? '', { exact: false }).count()).toBeGreaterThan(0);
    await s.getByLabel('Value', { exact: true }).fill('31.5');
    await s.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toMatch(/^Checked in 31\.5 on /);
    expect(pageErrors(page)).toEqual([]);
  }, 60_000);
});
