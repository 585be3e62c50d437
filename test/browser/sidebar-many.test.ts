/**
 * The sidebar with 1,000 goals (issue: "stays usable with 1,000 goals"): dist/Sidebar.html
 * in Chromium with google.script.run answering from 1,000 canned goals. The first screen
 * draws the rows a sidebar shows, the page of 50 follows, "Show more" adds the next 50,
 * and a search or a filter narrows the whole 1,000, not only the rows drawn.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalDto } from '../../src/contract/dto.ts';
import { launch, pageErrors, screenshot } from './page.ts';

const HTML = fileURLToPath(new URL('../../dist/Sidebar.html', import.meta.url));
const STATUSES = ['On track', 'At risk', 'Off track', 'Achieved'];

function goal(i: number): GoalDto {
  return {
    tableId: 'T1', sheetName: 'Goals', row: i + 3, id: `G${i}`, parent: '',
    goal: `Goal number ${i}`, kpi: '', owner: `Owner ${i % 7}`, kind: 'increase', unit: '',
    baseline: 0, target: 100, upper: null, current: i % 100, readingDate: '2026-11-01', start: '2026-01-01', due: '2026-12-31',
    progress: (i % 100) / 100, expected: 0.9, status: STATUSES[i % 4] as string, outlook: '', stale: false, confidence: null,
  };
}

/** google.script.run answering listGoals and getSettings, set up before the sidebar's script runs. */
function stub(): string {
  const results = {
    listGoals: { tables: [{ id: 'T1', sheetName: 'Goals', logSheetName: 'Goals log', problems: [] }], goals: Array.from({ length: 1000 }, (_, i) => goal(i)) },
    getSettings: { exists: true, asOf: '2026-11-29', pinned: false, onTrack: 0.9, atRisk: 0.7, defaultCadence: 30, statusColours: {} },
  };
  return `<script>(function(){var R=${JSON.stringify(results)};function run(h){return{withSuccessHandler:function(f){return run({s:f,f:h.f})},withFailureHandler:function(f){return run({s:h.s,f:f})},goalpostRpc:function(m){var v=R[m];setTimeout(function(){h.s(v?{ok:true,value:v}:{ok:true,value:{}})},0)}}}window.google={script:{run:run({})}}})();</script>`;
}

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  errors = pageErrors(page);
  await page.setContent(readFileSync(HTML, 'utf8').replace('<!DOCTYPE html>', `<!DOCTYPE html>${stub()}`));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const rows = () => page.getByRole('list', { name: 'Goals' }).getByRole('button');

describe('the sidebar with 1,000 goals', () => {
  it('draws a page of 50 goals, counts all 1,000, and shows 50 more on request', async () => {
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(50);
    expect(await page.getByText('1000 of 1000 goals').count()).toBe(1);
    await page.getByRole('button', { name: 'Show 50 more (950 not shown)' }).click();
    await expect.poll(() => rows().count()).toBe(100);
    await screenshot(page, 'sidebar-1000-goals');
  }, 60_000);

  it('searches and filters all 1,000 goals, not only the rows drawn', async () => {
    // Each word must appear: "99" is in 99, 199, 299, ..., 899 (9 goals) and 990–999 (10): 19 goals, most far past the first page.
    await page.getByLabel('Search').fill('number 99');
    await expect.poll(() => rows().count()).toBe(19);
    expect(await page.getByText('19 of 1000 goals').count()).toBe(1);
    expect(await page.locator('button[data-goal="T1/G999"]').count()).toBe(1);
    await page.getByLabel('Search').fill('');
    // Owner 3 holds goals 3, 10, 17, ...: 143 of the 1,000 (i % 7 === 3 for i < 1000).
    await page.getByLabel('Owner').selectOption('Owner 3');
    expect(await page.getByText('143 of 1000 goals').count()).toBe(1);
    await expect.poll(() => rows().count()).toBe(50);
    expect(await page.locator('button[data-goal="T1/G3"]').count()).toBe(1);
    expect(await page.locator('button[data-goal="T1/G4"]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
