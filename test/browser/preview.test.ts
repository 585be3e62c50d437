/**
 * The preview page in Chromium, as a newcomer uses it: a fresh workbook, a sheet added and
 * renamed for the as-of date, a goal table pasted and typed, a percent format, conditional
 * colours, error hovers, long text flowing, and the add-on's function guide. A screenshot
 * of each state is saved in artifacts/browser/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPreview } from '../preview/helpers.ts';
import { cell, goTo, menu, pageErrors, paste, previewPage, screenshot, style, type } from './page.ts';

// Page-side names used inside page.evaluate callbacks, which run in the browser.
declare const document: { elementsFromPoint(x: number, y: number): unknown[] };
declare function getComputedStyle(node: never): { backgroundColor: string };

let t: TestPreview;
let stop: (() => Promise<void>) | undefined;
let page: Page;

beforeAll(async () => {
  ({ t, page, stop } = await previewPage());
}, 30_000);

afterAll(async () => {
  await stop?.();
});

const background = (a1: string) => style(page, a1, 'background-color');
const text = (a1: string) => cell(page, a1).textContent();

// A goal table as copied from a sheet: tab-separated, formulas as typed. NPS's current is
// not a number, so its row of each range call shows an error.
const GOAL_TABLE = [
  ['Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'Progress', 'Status'],
  ['Revenue', '500000', '550000', '520000', '2026-01-01', '2026-06-30', '=GOAL_PROGRESS(B2:B5, C2:C5, D2:D5)', '=GOAL_STATUS(B2:B5, C2:C5, D2:D5, E2:E5, F2:F5, Settings!B1)'],
  ['Wait time', '40', '32', '36', '2026-01-01', '2026-06-30'],
  ['Defects', '120', '60', '110', '2026-01-01', '2026-06-30'],
  ['NPS', '25', '30', 'n/a', '2026-01-01', '2026-06-30'],
].map((row) => row.join('\t')).join('\n');

describe('the preview page in Chromium', () => {
  it('starts with one sheet of 26 columns and 1,000 rows', async () => {
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1']);
    await goTo(page, 'Z1000');
    await expect.poll(() => page.locator('.col-head .head').last().textContent()).toBe('Z');
    expect(await page.locator('.row-head .head').last().textContent()).toBe('1000');
    expect(await page.getByLabel('Name box').inputValue()).toBe('Z1000');
    await goTo(page, 'A1');
    await screenshot(page, '1-fresh-workbook');
  });

  it('adds a sheet, renames it Settings and takes the as-of date', async () => {
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Sheet2');
    await page.getByRole('tab', { name: 'Sheet2' }).dblclick();
    await page.locator('#ask-input').fill('Settings');
    await page.locator('#ask-ok').click();
    await expect.poll(() => page.getByRole('tab').allTextContents()).toEqual(['Sheet1', 'Settings']);
    await type(page, 'B1', '2026-04-01');
    await expect.poll(() => text('B1')).toBe('2026-04-01');
    await screenshot(page, '1a-sheet-added');
  });

  it('pastes a goal table that computes, with ISO dates kept and error rows in red with their hover', async () => {
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Sheet1');
    await goTo(page, 'A1');
    await paste(page, GOAL_TABLE);
    // As of Apr 1 a Jan 1 – Jun 30 goal expects 90/180 = 0.5: revenue 0.4 (pace 0.8) is At
    // risk, wait time 0.5 is On track, defects (110 − 120)/(60 − 120) = 0.167 is Off track.
    await expect.poll(() => text('H2')).toBe('At risk');
    expect([await text('H3'), await text('H4'), await text('G3'), await text('E2')]).toEqual(['On track', 'Off track', '0.5', '2026-01-01']);
    const message = 'current "n/a" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)';
    expect(await text('H5')).toBe(`Error: ${message}`);
    expect(await cell(page, 'H5').getAttribute('title')).toBe(message);
    expect(await style(page, 'H5', 'color')).toBe('rgb(217, 48, 37)');
    await screenshot(page, '1b-goal-table-pasted');
  });

  it('shows a percent format as Sheets does, and a formula on a percent cell as a percent', async () => {
    await goTo(page, 'G2:G5');
    await menu(page, 'Format', 'Percent 10.12%');
    // 0.4, 0.5 and 10/60 = 0.16667 at two decimals.
    await expect.poll(() => text('G2')).toBe('40.00%');
    expect([await text('G3'), await text('G4')]).toEqual(['50.00%', '16.67%']);
    await type(page, 'J2', '=G2*2');
    await expect.poll(() => text('J2')).toBe('80.00%');
    await goTo(page, 'A1:J1');
    await page.keyboard.press('Control+B');
    await expect.poll(() => style(page, 'A1', 'font-weight')).toBe('700');
    await goTo(page, 'G2:G5');
    await screenshot(page, '1c-percent-format');
  });

  it('draws conditional colours and lets long text flow over empty neighbours', async () => {
    // The add-on's rules arrive through the local spreadsheet; here they are set as a script would.
    const app = t.preview.session.services.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1');
    const status = sheet?.getRange('H2:H5');
    if (!sheet || !status) throw new Error('no status column');
    const when = (text: string, color: string) => app.newConditionalFormatRule().whenTextEqualTo(text).setBackground(color).setRanges([status]).build();
    sheet.setConditionalFormatRules([when('Off track', '#f4c7c3'), when('At risk', '#fce8b2'), when('On track', '#b7e1cd')]);
    await type(page, 'A7', 'Targets were agreed with finance in January; the as-of date is Settings!B1.');
    await page.reload();
    await expect.poll(() => background('H4')).toBe('rgb(244, 199, 195)');
    expect([await background('H2'), await background('H3'), await background('G2')]).toEqual(['rgb(252, 232, 178)', 'rgb(183, 225, 205)', 'rgb(255, 255, 255)']);
    expect(await cell(page, 'A7').evaluate((n) => n.getBoundingClientRect().width)).toBeGreaterThan(400);
    await screenshot(page, '2-goal-table');
  });

  it('runs the guide from Extensions › Goalpost: checks pass, percentages and dates formatted; an edit recomputes', async () => {
    await menu(page, 'Extensions', /^Goalpost/, 'Insert function guide');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Goalpost guide');
    await expect.poll(() => text('E22')).toBe('✓');
    const checks = await page.locator('[data-cell^="E"]').evaluateAll((cells) => cells.filter((c) => Number(c.getAttribute('data-cell')?.slice(1)) >= 22).map((c) => c.textContent));
    // The grid draws only what is in view: the rows in view are all ✓ (the server test reads all 18).
    expect(checks.length).toBeGreaterThanOrEqual(15);
    expect(checks.every((c) => c === '✓')).toBe(true);
    expect([await text('J5'), await text('K5'), await text('F29'), await text('F37')]).toEqual(['40.0%', 'At risk', '2026-05-01', '79.14%']);
    expect(await cell(page, 'A1').evaluate((n) => n.getBoundingClientRect().width)).toBeGreaterThan(600);
    await screenshot(page, '3-function-guide');

    await goTo(page, 'E5');
    expect(await page.getByLabel('Formula bar').inputValue()).toBe('520000');
    await page.getByLabel('Formula bar').fill('550000');
    await page.getByLabel('Formula bar').press('Enter');
    await expect.poll(() => text('K5')).toBe('Achieved');
    expect(await text('J5')).toBe('100.0%');
  });

  it('lets right-aligned text flow left and centred text both ways, over empty neighbours\' fill', async () => {
    const book = t.preview.session.services.SpreadsheetApp.getActiveSpreadsheet();
    const flow = book.insertSheet('Flow');
    flow.getRange('D2').setValue('Right-aligned text runs left into empty cells').setHorizontalAlignment('right');
    flow.getRange('C4').setValue('Centred text spreads both ways over its neighbours').setHorizontalAlignment('center');
    flow.getRange('B6').setValue('Left text runs right, over a filled empty cell');
    // Empty cells with only a fill, under the flowing text: Sheets draws the text over their fill.
    flow.getRange('C2').setBackground('#ffff00');
    flow.getRange('C6').setBackground('#b7e1cd');
    await page.reload();
    await page.getByRole('tab', { name: 'Flow' }).click();
    await expect.poll(() => text('D2')).toBe('Right-aligned text runs left into empty cells');
    const box = (a1: string) => cell(page, a1).evaluate((n) => { const r = n.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    const column = (letter: string) => page.locator('.col-head .head', { hasText: new RegExp(`^${letter}$`) }).evaluate((n) => { const r = n.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    const [d2, colC, colD] = [await box('D2'), await column('C'), await column('D')];
    expect(d2.left).toBeLessThan(colC.left + 1);
    expect(d2.right).toBeLessThanOrEqual(colD.right);
    const [c4, colB, colE] = [await box('C4'), await column('B'), await column('E')];
    expect(c4.left).toBeLessThan(colB.right);
    expect(c4.right).toBeGreaterThan(colE.left);
    // At the middle of the filled C2 and C6 the flowing text is on top, and the fill is still drawn beneath it.
    const at = (a1: string, row: number) => page.evaluate(([x, y]) => {
      const stack = document.elementsFromPoint(x, y) as Array<{ getAttribute(n: string): string | null; classList: { contains(c: string): boolean } }>;
      const top = stack[0];
      const fill = stack.find((n) => n.classList.contains('fill')) as unknown;
      return { top: top?.getAttribute('data-cell'), fill: fill ? getComputedStyle(fill as never).backgroundColor : null };
    }, [colC.left + 50, row] as const).then((r) => ({ a1, ...r }));
    const rowY = async (a1: string) => cell(page, a1).evaluate((n) => { const r = n.getBoundingClientRect(); return r.top + r.height / 2; });
    expect(await at('C2', await rowY('D2'))).toEqual({ a1: 'C2', top: 'D2', fill: 'rgb(255, 255, 0)' });
    expect(await at('C6', await rowY('B6'))).toEqual({ a1: 'C6', top: 'B6', fill: 'rgb(183, 225, 205)' });
    await screenshot(page, '2a-text-overflow');
  });

  it('adds columns at the right, and Delete clears a selection in one request', async () => {
    await page.getByRole('tab', { name: 'Flow' }).click();
    await page.getByLabel('Columns to add').fill('4');
    const requests: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') requests.push(new URL(r.url()).pathname); });
    await page.getByRole('button', { name: 'Add columns', exact: true }).click();
    await expect.poll(() => t.preview.session.services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Flow')?.getMaxColumns()).toBe(30);
    await type(page, 'AD1', 'last column');
    await expect.poll(() => page.locator('.col-head .head').last().textContent()).toBe('AD');
    await expect.poll(() => text('AD1')).toBe('last column');
    await screenshot(page, '2b-columns-added');
    await goTo(page, 'A1:AD1000');
    requests.length = 0;
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'AD1').count()).toBe(0);
    expect(requests.filter((p) => p !== '/api/state')).toEqual(['/api/clear']);
  });

  it('shows an #ERROR! cell\'s message as its hover, and About as a modal', async () => {
    await page.getByRole('tab', { name: 'Goalpost guide' }).click();
    await goTo(page, 'L6');
    await page.keyboard.type('=GOAL_PROGRESS("x", 1, 2)');
    await page.keyboard.press('Enter');
    await expect.poll(() => text('L6')).toBe('#ERROR!');
    expect(await cell(page, 'L6').getAttribute('title')).toMatch(/^GOAL_PROGRESS: baseline "x" is not a plain number/);
    await menu(page, 'Extensions', /^Goalpost/, 'About Goalpost');
    const about = page.getByRole('dialog');
    await expect.poll(() => about.isVisible()).toBe(true);
    expect(await about.textContent()).toMatch(/GOAL_PROGRESS/);
    await about.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => about.isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });
});
