/**
 * The sidebar's states and keyboard paths, against dist/Sidebar.html in Chromium with
 * google.script.run stubbed (as sidebar-many does): calls can be made to fail or to take
 * their time, and each call is recorded, so a test sees what was (or was not) sent. Load
 * failures and Try again, the focus moving between the list and a goal by keyboard, error
 * statuses, confidence, milestones and the trend's wording.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalDto, ReadingDto } from '../../src/contract/dto.ts';
import { launch, screenshot } from './page.ts';
import { axeViolations } from './sidebar-page.ts';

declare const window: { __fail: Record<string, string>; __delay: Record<string, number>; __calls: Array<[string, Record<string, unknown>]> };
declare const document: { activeElement: { tagName: string; textContent: string | null; getAttribute(n: string): string | null } | null };

const HTML = fileURLToPath(new URL('../../dist/Sidebar.html', import.meta.url));

const goal = (id: string, more: Partial<GoalDto> = {}): GoalDto => ({
  tableId: 'T1', sheetName: 'Goals', row: 3, id, parent: '', goal: `Goal ${id}`, kpi: 'Sales', owner: 'Dana', kind: 'increase', unit: '',
  baseline: 0, target: 100, upper: null, current: 50, readingDate: '2026-11-01', start: '2026-01-01', due: '2026-12-31',
  progress: 0.5, expected: 0.9, status: 'At risk', outlook: '', stale: false, confidence: null, ...more,
});

const GOALS: GoalDto[] = [
  goal('G1', { row: 3, goal: 'Grow sales', status: 'On track', outlook: 'Misses by due', stale: true, confidence: 7 }),
  goal('G2', { row: 4, parent: 'G1', goal: 'Open stores' }),
  goal('G3', { row: 5, parent: 'G1', goal: 'Launch the site', kind: 'milestone', baseline: null, target: 1, current: false, progress: 0, status: 'Not started' }),
  goal('G4', { row: 6, goal: 'Broken goal', start: null, progress: null, expected: null, status: 'Error: start is blank: give the start date, such as 2026-01-01' }),
];

const reading = (row: number, date: string, value: number, confidence: number | null): ReadingDto => ({ row, date, goalId: 'G1', value, confidence, note: '', who: 'Dana' });

/** google.script.run answering from canned data; window.__fail[method] makes it refuse, window.__delay[method] makes it wait. */
function stub(fail: Record<string, string>): string {
  const data = {
    goals: GOALS,
    settings: { exists: true, asOf: '2026-11-29', pinned: false, onTrack: 0.9, atRisk: 0.7, defaultCadence: 30, statusColours: { 'On track': '#34a853', 'At risk': '#fbbc04', 'Not started': '#e8eaed' } },
    readings: { G1: [reading(10, '2026-11-01', 50, 7)] },
  };
  const server = `function(m,p){
    if(m==='listGoals')return{tables:[{id:'T1',sheetName:'Goals',logSheetName:'Goals log',problems:[]}],goals:D.goals};
    if(m==='getSettings')return D.settings;
    if(m==='getGoal'){var g=D.goals.filter(function(x){return x.id===p.goalId})[0];return{goal:g,readings:D.readings[p.goalId]||[],revisions:[],corrections:[]}}
    if(m==='previewGoal')return{kind:p.kind||null,progress:0.5,expected:0.9,status:'At risk',explanation:'Behind pace.',judgedOn:'2026-11-29',missing:[]};
    if(m==='checkIn')return{reading:{row:11,date:p.date||'2026-11-29',goalId:p.goalId,value:p.value,confidence:null,note:'',who:''},confidenceShown:false};
    return{}}`;
  return `<script>(function(){var D=${JSON.stringify(data)};var S=${server};window.__fail=${JSON.stringify(fail)};window.__delay={};window.__calls=[];
function run(h){return{withSuccessHandler:function(f){return run({s:f,f:h.f})},withFailureHandler:function(f){return run({s:h.s,f:f})},
goalpostRpc:function(m,p){window.__calls.push([m,p]);var e=window.__fail[m];setTimeout(function(){h.s(e?{ok:false,error:{code:'unreachable',message:e}}:{ok:true,value:S(m,p)})},window.__delay[m]||0)}}}
window.google={script:{run:run({})}}})();</script>`;
}

let browser: Browser;
let page: Page;
const errors: string[] = [];

async function load(fail: Record<string, string> = {}): Promise<void> {
  await page.setContent(readFileSync(HTML, 'utf8').replace('<!DOCTYPE html>', `<!DOCTYPE html>${stub(fail)}`));
}

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const rows = () => page.getByRole('list', { name: 'Goals' }).getByRole('button');
const focused = () => page.evaluate(() => {
  const n = document.activeElement;
  return `${n?.tagName}${n?.getAttribute('data-goal') ? ` ${n.getAttribute('data-goal')}` : ''}: ${n?.textContent ?? ''}`;
});
const calls = (method: string) => page.evaluate((m) => window.__calls.filter((c) => c[0] === m).map((c) => c[1]), method);

describe('the sidebar when loads fail', () => {
  it('shows a failed settings load in place, and Try again reloads the goals and the settings', async () => {
    await load({ listGoals: 'The server could not be reached.', getSettings: 'The server could not be reached.' });
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/^The settings \(as-of date, status colours\) did not load: The server could not be reached\.Try again$/);
    expect(await page.getByText(/^As of /).count()).toBe(0);
    expect(await axeViolations(page, page.mainFrame())).toEqual([]);
    await screenshot(page, 'sidebar-load-failed');
    await page.evaluate(() => { window.__fail = {}; });
    // The goals' Try again (the last one) brings back the as-of date and the status colours too.
    await page.getByRole('button', { name: 'Try again' }).last().click();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(4);
    await expect.poll(() => page.getByText('As of 2026-11-29').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('button[data-goal="T1/G1"] .chip i').evaluate((n) => (n as unknown as { style: { background: string } }).style.background)).toBe('rgb(52, 168, 83)');
  }, 60_000);
});

describe('the sidebar by keyboard', () => {
  it('takes the focus to the goal heading once the goal has loaded, and back to its row on returning', async () => {
    await load();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(4);
    await page.evaluate(() => { window.__delay = { getGoal: 300 }; });
    await page.locator('button[data-goal="T1/G2"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Loading the goal…').count()).toBe(1);
    await expect.poll(focused, { timeout: 20_000 }).toBe('H1: Open stores');
    // Shift+Tab reaches "← All goals" before the heading; Enter goes back to the list, onto the goal's own row.
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('BUTTON: ← All goals');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/^BUTTON T1\/G2: Open stores/);
    // The tabs still move the focus to each view's heading.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('H1: Settings');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the sidebar showing goals', () => {
  it('shows a goal the Status column cannot judge as an Error chip, with one Error filter option', async () => {
    await load();
    await expect.poll(() => rows().count(), { timeout: 20_000 }).toBe(4);
    const chip = page.locator('button[data-goal="T1/G4"] .chip');
    expect(await chip.getAttribute('title')).toBe('start is blank: give the start date, such as 2026-01-01');
    expect(await chip.textContent()).toBe('Error: start is blank: give the start date, such as 2026-01-01');
    // Seen: "Error" (the message in its title); heard: the message too.
    expect(await chip.locator('.sr-only').textContent()).toBe(': start is blank: give the start date, such as 2026-01-01');
    expect(await page.getByLabel('Status').locator('option').allTextContents()).toEqual(['All', 'At risk', 'Error', 'Not started', 'On track']);
    await page.getByLabel('Status').selectOption('Error');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByLabel('Status').selectOption('');
    // The chip's text and each badge stand apart from what follows them (read out as words, not "StaleConfidence").
    expect(await page.locator('button[data-goal="T1/G1"]').textContent()).toMatch(/On track Misses by due Stale Confidence 7\/10$/);
    expect(await axeViolations(page, page.mainFrame())).toEqual([]);
  }, 60_000);

  it("shows the goal's latest confidence, its trend in words, and a status preview apart from its chip", async () => {
    await page.locator('button[data-goal="T1/G1"]').click();
    await page.getByRole('heading', { name: 'Grow sales' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Confidence 7/10').count()).toBe(1);
    expect(await page.locator('svg.trend').getAttribute('aria-label')).toBe('Trend: 1 reading, latest 50 on 2026-11-01; target 100');
    await page.getByLabel('Value', { exact: true }).fill('60');
    await expect.poll(() => page.getByText(/^With this reading:/).textContent(), { timeout: 20_000 }).toBe('With this reading: At risk changes from On track. Behind pace.');
    await page.getByRole('button', { name: '← All goals' }).click();
  }, 60_000);

  it('checks in a done-or-not milestone as Done or Not done (1 or 0), not a free number', async () => {
    await page.locator('button[data-goal="T1/G3"]').click();
    await page.getByRole('heading', { name: 'Launch the site' }).waitFor({ timeout: 20_000 });
    const value = page.getByLabel('Value', { exact: true });
    expect(await value.evaluate((n) => (n as unknown as { tagName: string }).tagName)).toBe('SELECT');
    expect(await value.locator('option').allTextContents()).toEqual(['Choose', 'Done', 'Not done']);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Value is blank: choose Done or Not done').count()).toBe(1);
    expect(await calls('checkIn')).toEqual([]);
    await value.selectOption({ label: 'Done' });
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => calls('checkIn'), { timeout: 20_000 }).toEqual([{ tableId: 'T1', goalId: 'G3', value: 1, date: '2026-11-29' }]);
    expect(await axeViolations(page, page.mainFrame())).toEqual([]);
    await screenshot(page, 'sidebar-milestone-check-in');
    expect(errors).toEqual([]);
  }, 60_000);
});
