/**
 * The sidebar's set-up flows: a goal from a sentence (parseGoal, previewGoal, createGoal),
 * the same by keyboard alone, and adopting a hand-made sheet (adoptSheet).
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cell, goTo, pageErrors, previewPage, screenshot, type } from './page.ts';
import { announced, expectAccessible, openSidebarBeside } from './sidebar-page.ts';

let stop: (() => Promise<void>) | undefined;
let page: Page;
let s: FrameLocator;

beforeAll(async () => {
  ({ page, stop } = await previewPage());
  s = await openSidebarBeside(page, 'Healthcare');
}, 60_000);

afterAll(async () => {
  await stop?.();
});

const nav = (name: string) => s.getByRole('navigation').getByRole('button', { name, exact: true });
const SENTENCE = 'Reduce patient wait times by 20% within six months';

/** The sheet row the announcement names ("Added goal H5 to Healthcare goals, row 9."). */
async function addedRow(): Promise<number> {
  let text = '';
  await expect.poll(async () => (text = (await announced(s)) ?? ''), { timeout: 20_000 }).toMatch(/^Added goal \S+ to .+, row \d+\.$/);
  return Number(/row (\d+)/.exec(text)?.[1]);
}

describe('setting up goals in the sidebar', () => {
  it('creates a goal from a sentence, confirming each field, and its row shows progress in the grid', async () => {
    await nav('Add goal').click();
    await s.getByLabel('Goal sentence').fill(SENTENCE);
    await s.getByLabel('Baseline (optional)').fill('40');
    await s.getByRole('button', { name: 'Read sentence' }).click();
    // The sentence fills kind, the target from the baseline, start and due; each waits for a confirmation.
    await expect.poll(() => s.getByLabel('Target', { exact: true }).inputValue(), { timeout: 20_000 }).toBe('32');
    expect(await s.getByLabel('Kind', { exact: true }).inputValue()).toBe('decrease');
    expect(await s.getByLabel('Due', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await s.locator('.smart li').filter({ hasText: 'Time-bound' }).textContent()).toContain('done');
    for (const box of await s.getByLabel(/^Confirm /).all()) await box.check();
    expect(await s.getByText('Read from your sentence: confirm or correct it').count()).toBe(0);
    await s.getByLabel('Current (first reading)').fill('36');
    await expect.poll(() => s.getByRole('region', { name: 'Preview' }).textContent(), { timeout: 20_000 }).toMatch(/50% done/);
    await expectAccessible(page);
    await screenshot(page, 'sidebar-wizard-filled');
    await s.getByRole('button', { name: 'Save goal' }).click();
    const row = await addedRow();
    await goTo(page, `Q${row}`);
    await expect.poll(() => cell(page, `Q${row}`).textContent(), { timeout: 20_000 }).toBe('50%');
    await screenshot(page, 'sidebar-wizard-created');
  }, 90_000);

  it("works out the target from the sentence's change and the baseline, until a target is typed", async () => {
    await nav('Add goal').click();
    const field = (label: string) => s.getByLabel(label, { exact: true });
    await s.getByLabel('Goal sentence').fill(SENTENCE);
    await s.getByLabel('Baseline (optional)').fill('');
    await s.getByRole('button', { name: 'Read sentence' }).click();
    // Read without a baseline: the change is shown, to confirm or correct, and the target waits for a baseline.
    await expect.poll(() => field('Change').inputValue(), { timeout: 20_000 }).toBe('−20%');
    expect(await field('Target').inputValue()).toBe('');
    expect(await s.getByLabel('Confirm change').isChecked()).toBe(false);
    expect(await s.getByLabel('Confirm KPI').count()).toBe(1);
    await field('Baseline').fill('40');
    await expect.poll(() => field('Target').inputValue()).toBe('32');
    await field('Change').fill('-25%');
    await expect.poll(() => field('Target').inputValue()).toBe('30');
    // A typed target wins over the change; cleared, the change gives it again.
    await field('Target').fill('31');
    await field('Baseline').fill('50');
    expect(await field('Target').inputValue()).toBe('31');
    await field('Target').fill('');
    await field('Baseline').fill('48');
    await expect.poll(() => field('Target').inputValue()).toBe('36');
    await field('Change').fill('+10 points');
    await expect.poll(() => field('Target').inputValue()).toBe('58');
    await field('Change').fill('+10%');
    await field('Baseline').fill('0');
    await expect.poll(() => s.locator('[data-field="change"] .error').textContent()).toBe('Change +10% is relative and the baseline is 0: give the change in points, such as +5 points');
    expect(await field('Target').inputValue()).toBe('');
    await expectAccessible(page);
    await screenshot(page, 'sidebar-wizard-change');
    await s.getByRole('button', { name: 'Clear' }).click();
  }, 90_000);

  it('keeps the SMART checklist to the fields as the user fills them', async () => {
    await nav('Add goal').click();
    await s.getByLabel('Goal sentence').fill('Improve things');
    await s.getByRole('button', { name: 'Read sentence' }).click();
    const timeBound = s.locator('.smart li').filter({ hasText: 'Time-bound' });
    await expect.poll(() => timeBound.textContent(), { timeout: 20_000 }).toMatch(/to do/);
    const hint = (await timeBound.locator('.hint').textContent()) ?? '';
    await s.getByLabel('Due', { exact: true }).fill('2027-06-30');
    await expect.poll(() => timeBound.textContent()).toContain('done');
    expect(await timeBound.locator('.hint').textContent()).toBe('Due 2027-06-30.');
    expect(hint).not.toBe('Due 2027-06-30.');
    await s.getByLabel('KPI', { exact: true }).fill('Visits');
    expect(await s.locator('.smart li').filter({ hasText: 'Specific' }).locator('.hint').textContent()).toBe('Measured by Visits.');
    await s.getByRole('button', { name: 'Clear' }).click();
  }, 90_000);

  it('adds a done-or-not milestone with its first reading as Done', async () => {
    await nav('Add goal').click();
    await s.getByLabel('Goal', { exact: true }).fill('Launch the clinic site');
    await s.getByLabel('Kind', { exact: true }).selectOption('milestone');
    await s.getByLabel('Start', { exact: true }).fill('2026-01-01');
    await s.getByLabel('Due', { exact: true }).fill('2027-06-30');
    const current = s.getByLabel('Current (first reading)');
    expect(await current.locator('option').allTextContents()).toEqual(['Not given', 'Done', 'Not done']);
    await current.selectOption({ label: 'Done' });
    await expect.poll(() => s.getByRole('region', { name: 'Preview' }).textContent(), { timeout: 20_000 }).toMatch(/100% done/);
    await s.getByRole('button', { name: 'Save goal' }).click();
    await addedRow();
  }, 90_000);

  it('goes through the wizard by keyboard alone', async () => {
    await nav('Add goal').focus();
    await page.keyboard.press('Enter');
    // The new view takes the focus to its heading once drawn; Tab from there.
    await expect.poll(() => s.locator('h1:focus').textContent()).toBe('Add a goal');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Increase clinic NPS by 10 points by 2027-06-30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => s.getByLabel('Target', { exact: true }).inputValue(), { timeout: 20_000 }).toBe('40');
    // Tab from field to field, ticking each confirmation, to the Save button. The focused
    // element is read from the frame's document: inside a date input's own parts (its
    // segments, its picker button) Playwright's :focus matches nothing.
    const frame = page.frames().find((f) => f.url().includes('/frame/'));
    if (!frame) throw new Error('the sidebar frame is not open');
    let onSave = false;
    for (let i = 0; i < 80 && !onSave; i++) {
      const focused = await frame.evaluate(() => {
        const n = document.activeElement as HTMLInputElement | null;
        return { text: `${n?.tagName} ${n?.getAttribute('type') ?? ''} ${n?.textContent ?? ''} ${n?.parentElement?.textContent ?? ''}`, checked: n?.checked === true };
      });
      if (/^INPUT checkbox/.test(focused.text) && /Confirm |achievable|matters/.test(focused.text) && !focused.checked) await page.keyboard.press('Space');
      onSave = /^BUTTON (submit )?\s*Save goal/.test(focused.text);
      if (!onSave) await page.keyboard.press('Tab');
    }
    expect(onSave, 'Tab never reached Save goal').toBe(true);
    await page.keyboard.press('Enter');
    await addedRow();
    await screenshot(page, 'sidebar-wizard-keyboard');
  }, 90_000);

  it('adopts a hand-made sheet through the mapping screen', async () => {
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await type(page, 'A1', 'Objective');
    await type(page, 'B1', 'Metric');
    await type(page, 'C1', 'Start value');
    await type(page, 'D1', 'Target');
    await type(page, 'E1', 'Deadline');
    await type(page, 'A2', 'Cut churn');
    await type(page, 'B2', 'Monthly churn');
    await type(page, 'C2', '5');
    await type(page, 'D2', '3');
    await type(page, 'E2', '2027-03-31');
    await nav('Adopt sheet').click();
    await s.getByRole('button', { name: 'Propose a mapping' }).click();
    await s.getByRole('heading', { name: /^Columns of "Sheet1"/ }).waitFor({ timeout: 20_000 });
    // Roles by their column headers, not their ids.
    const roles = await s.getByLabel('B: Metric').locator('option').allTextContents();
    expect(roles).toContain('Reading date');
    expect(roles).not.toContain('readingDate');
    await s.getByLabel('B: Metric').selectOption('kpi');
    await expectAccessible(page);
    await screenshot(page, 'sidebar-adopt-mapping');
    await s.getByRole('button', { name: 'Apply mapping' }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toMatch(/^"Sheet1" is now a goal table/);
    await screenshot(page, 'sidebar-adopted');
    expect(pageErrors(page)).toEqual([]);
  }, 90_000);
});
