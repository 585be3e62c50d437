/**
 * A 10,000-row goal table of range formulas in Chromium: scrolled to its end, only what is
 * in view is drawn, an edit there recomputes, and the sheet grows with "Add more rows".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, pageErrors, previewPage, screenshot, type } from './page.ts';

const ROWS = 10_000;
let stop: (() => Promise<void>) | undefined;
let page: Page;

beforeAll(async () => {
  // Built as a script would, through the local spreadsheet, then shown by the page.
  ({ page, stop } = await previewPage({}, (made) => {
    const book = made.preview.session.services.SpreadsheetApp.getActiveSpreadsheet();
    const goals = book.insertSheet('Goals');
    goals.insertRowsAfter(goals.getMaxRows(), ROWS + 1 - goals.getMaxRows());
    goals.getRange(1, 1, 1, 10).setValues([['Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'As of', 'Kind', 'Progress', 'Status']]);
    goals.getRange(2, 1, ROWS, 8).setValues(Array.from({ length: ROWS }, (_, r) => [`Goal ${r + 1}`, 100 + (r % 50), 200 + (r % 70), 150 + (r % 90), '2026-01-01', '2026-12-31', '2026-06-30', '']));
    goals.getRange('I2:J2').setFormulas([['=GOAL_PROGRESS(B2:B, C2:C, D2:D, H2:H)', '=GOAL_STATUS(B2:B, C2:C, D2:D, E2:E, F2:F, G2:G, H2:H)']]);
    goals.getRange(2, 9, ROWS, 1).setNumberFormat('0.0%');
  }));
}, 60_000);

afterAll(async () => {
  await stop?.();
});

const scrollToEnd = () => page.locator('#scroller').evaluate((s) => s.scrollTo(0, s.scrollHeight));

describe('a 10,000-row goal table', () => {
  it('scrolls to its end drawing only the rows in view', async () => {
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Goals');
    await page.locator('#scroller').hover();
    await page.mouse.wheel(0, 50_000);
    await scrollToEnd();
    // Row 10,001 is goal 10,000: baseline 100 + 9999 mod 50 = 149, target 200 + 9999 mod 70 = 259,
    // current 150 + 9999 mod 90 = 159; progress 10/110 = 9.1%, against 180/364 of the year expected.
    await expect.poll(() => cell(page, 'A10001').textContent()).toBe('Goal 10000');
    expect([await cell(page, 'I10001').textContent(), await cell(page, 'J10001').textContent()]).toEqual(['9.1%', 'Off track']);
    expect(await page.locator('.row-head .head').last().textContent()).toBe('10001');
    expect(await page.locator('[role="gridcell"]').count()).toBeLessThan(2_000);
    await screenshot(page, '5-10k-rows-end');
  });

  it('recomputes an edit at the end', async () => {
    await type(page, 'D10001', '259');
    await expect.poll(() => cell(page, 'J10001').textContent()).toBe('Achieved');
    expect(await cell(page, 'I10001').textContent()).toBe('100.0%');
  });

  it('grows by the rows asked for at the bottom', async () => {
    await page.getByRole('button', { name: 'Add rows', exact: true }).click();
    await scrollToEnd();
    await expect.poll(() => page.locator('.row-head .head').last().textContent()).toBe('11001');
    expect(pageErrors(page)).toEqual([]);
  });
});
