/**
 * A script's Range.activate() moves the page's selection, as in Sheets: clicking a goal in
 * the sidebar (selectGoal activates its row) brings its sheet back into view from another
 * tab, with the row's cells selected and scrolled into view; the page's selection is then
 * what the next script call reads as the active range.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPreview } from '../preview/helpers.ts';
import { cell, pageErrors, previewPage, screenshot } from './page.ts';
import { openSidebarBeside } from './sidebar-page.ts';

let t: TestPreview;
let stop: (() => Promise<void>) | undefined;
let page: Page;
let s: FrameLocator;

beforeAll(async () => {
  ({ t, page, stop } = await previewPage());
  s = await openSidebarBeside(page, 'Retail');
}, 60_000);

afterAll(async () => {
  await stop?.();
});

const selectedTab = () => page.getByRole('tab', { selected: true }).textContent();
const nameBox = () => page.getByLabel('Name box').inputValue();
const activeRange = () => {
  const range = t.preview.session.services.SpreadsheetApp.getActiveSpreadsheet().getActiveRange();
  return `${range?.getSheet().getName()}!${range?.getA1Notation()}`;
};

describe('a script selecting a range', () => {
  it('switches the page to the goal\'s sheet with its row selected when a goal is clicked in the sidebar', async () => {
    await page.getByRole('tab', { name: 'Sheet1', exact: true }).click();
    await expect.poll(selectedTab).toBe('Sheet1');
    await s.locator('button[data-goal="T1/R2"]').click();
    await expect.poll(selectedTab, { timeout: 20_000 }).toBe('Retail goals');
    await expect.poll(nameBox).toMatch(/^A5:[A-Z]+5$/);
    const range = await nameBox();
    expect(activeRange()).toBe(`Retail goals!${range}`);
    // The row's drawn cells are marked selected, none of the row above; row 5's head is lit.
    await expect.poll(() => cell(page, 'A5').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[data-cell$="5"][aria-selected="true"]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-cell$="4"][aria-selected="true"]').count()).toBe(0);
    expect(await page.locator('#row-head .head.active').allTextContents()).toEqual(['5']);
    expect(await page.locator('#selection').getAttribute('class')).toContain('range');
    expect(await cell(page, 'A5').isVisible()).toBe(true);
    await screenshot(page, 'script-selection-goal-row');
  }, 60_000);

  it('leaves the page\'s selection alone when a call only writes, and sends it with the next call', async () => {
    await page.getByLabel('Name box').fill('C7');
    await page.getByLabel('Name box').press('Enter');
    await s.getByRole('navigation').getByRole('button', { name: 'Goals', exact: true }).click();
    await s.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(activeRange, { timeout: 20_000 }).toBe('Retail goals!C7');
    expect(await nameBox()).toBe('C7');
    expect(await selectedTab()).toBe('Retail goals');
    expect(pageErrors(page)).toEqual([]);
  }, 60_000);
});
