/**
 * Goalpost's sidebar in the preview, as a person uses it: opened from the menu beside a
 * Retail goal table, the goal list (grouped, filtered, searched), a check-in that changes
 * the status in the sidebar and the grid, a target revision that reaches the change log,
 * a correction, settings, a hostile goal name shown as text, and axe-core on each view.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPreview } from '../preview/helpers.ts';
import { cell, goTo, pageErrors, previewPage, screenshot, type } from './page.ts';
import { announced, expectAccessible, openSidebarBeside } from './sidebar-page.ts';

let t: TestPreview;
let stop: (() => Promise<void>) | undefined;
let page: Page;
let s: FrameLocator;
const dialogs: string[] = [];

beforeAll(async () => {
  ({ t, page, stop } = await previewPage());
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  s = await openSidebarBeside(page, 'Retail');
}, 60_000);

afterAll(async () => {
  await stop?.();
});

const goalButton = (id: string) => s.locator(`button[data-goal="T1/${id}"]`);
const nav = (name: string) => s.getByRole('navigation').getByRole('button', { name, exact: true });

describe('the sidebar', () => {
  it('lists the goals under their parents with progress, status and the as-of date, and filters them', async () => {
    await expect.poll(() => s.getByRole('list', { name: 'Goals' }).getByRole('button').count(), { timeout: 20_000 }).toBe(4);
    expect(await s.getByText(/^As of \d{4}-\d{2}-\d{2}$/).count()).toBe(1);
    expect(await goalButton('R2').getByRole('img').getAttribute('aria-label')).toMatch(/^Progress: \d+% done, \d+% expected$/);
    await s.getByLabel('Search').fill('transaction');
    await expect.poll(() => s.getByRole('list', { name: 'Goals' }).getByRole('button').count()).toBe(1);
    await s.getByLabel('Search').fill('');
    await s.getByLabel('Parent').selectOption('R');
    await expect.poll(() => s.getByRole('list', { name: 'Goals' }).getByRole('button').count()).toBe(4);
    await s.getByLabel('Parent').selectOption('');
    await expectAccessible(page);
    await screenshot(page, 'sidebar-goal-list');
  }, 60_000);

  it('checks in from the goal, and the status changes in the sidebar and in the grid', async () => {
    await goalButton('R2').click();
    await s.getByRole('heading', { name: 'Check in' }).waitFor({ timeout: 20_000 });
    await expectAccessible(page);
    const before = await s.locator('.chip').first().textContent();
    expect(before).toBe('At risk');
    await s.getByLabel('Value', { exact: true }).fill('46.2');
    await s.getByLabel('Confidence').selectOption('8');
    await s.getByLabel('Note').fill('Holiday baskets');
    // The chart draws the reading about to be added.
    await expect.poll(() => s.locator('svg.trend circle.next').count()).toBe(1);
    await screenshot(page, 'sidebar-check-in');
    await s.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toMatch(/Checked in 46\.2 on \d{4}-\d{2}-\d{2}\. Status: At risk → Achieved\./);
    expect(await s.locator('.chip').first().textContent()).toBe('Achieved');
    await goTo(page, 'X6');
    await expect.poll(() => cell(page, 'S5').textContent()).toBe('Achieved');
    await screenshot(page, 'sidebar-after-check-in');
  }, 60_000);

  it('corrects the check-in just made, with a reason', async () => {
    await s.getByRole('button', { name: /^Correct the check-in of/ }).first().click();
    const form = s.getByRole('form', { name: /^Correct the check-in/ });
    const said = await announced(s);
    // A cleared value (Number('') is 0) and a non-number are refused at the field, and nothing is sent.
    for (const [typed, message] of [['', 'Value is blank: give a number'], ['abc', 'Value "abc" is not a number: give a number such as 12.5']] as const) {
      await form.getByLabel('Value').fill(typed);
      await form.getByRole('button', { name: 'Save correction' }).click();
      const field = form.getByLabel('Value');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const described = (await field.getAttribute('aria-describedby')) ?? '';
      expect(await form.locator(`[id="${described.split(' ').pop()}"]`).textContent()).toBe(message);
      expect(await field.evaluate((n) => n === n.ownerDocument.activeElement)).toBe(true);
    }
    expect(await announced(s)).toBe(said);
    expect(await s.getByRole('region', { name: 'Recent check-ins' }).textContent()).toMatch(/: \$46\.2 · 8\/10/);
    await form.getByLabel('Value').fill('45');
    await form.getByLabel('Reason').fill('typed 46.2 for 45');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toMatch(/^Corrected the check-in of .*Status: Achieved → On track\.$/);
  }, 60_000);

  it('revises a target with a reason, and the change log sheet keeps it', async () => {
    await s.getByRole('button', { name: 'Revise target' }).click();
    expect(await s.getByText('Say why the target changes: the change log keeps it.').count()).toBe(1);
    await s.getByLabel('New target').fill('47');
    await s.getByLabel('Reason', { exact: true }).last().fill('Holiday promotion');
    await s.getByRole('button', { name: 'Revise target' }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toMatch(/^Target of R2 revised from \$46\.2 to \$47\./);
    expect(await s.getByRole('table').getByText('Holiday promotion').count()).toBe(1);
    await page.getByRole('tab', { name: 'Retail goals changes' }).click();
    await expect.poll(() => page.getByText('Holiday promotion').count(), { timeout: 20_000 }).toBe(1);
    await screenshot(page, 'sidebar-revised-target');
  }, 60_000);

  it('shows a hostile goal name as text and runs nothing', async () => {
    await page.getByRole('tab', { name: 'Retail goals', exact: true }).click();
    const payload = '<img src=x onerror=alert(1)>';
    await type(page, 'C4', payload);
    await nav('Goals').click();
    await s.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => s.getByText(payload, { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    expect(await s.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'sidebar-hostile-name');
  }, 60_000);

  it('shows the set-up wizard and the adopt screen, each accessible', async () => {
    await nav('Add goal').click();
    await s.getByLabel('Goal sentence').waitFor();
    // Saving with nothing filled: the contract's createGoal schema, run in the sidebar, marks the fields.
    await s.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => s.locator('[data-field="target"] .error').textContent()).toBe('Target is missing: give a number');
    expect(await s.locator('[data-field="goal"] .error').textContent()).toBe('Goal is blank: fill it in');
    await expect.poll(() => s.getByLabel('Goal', { exact: true }).evaluate((n) => n === n.ownerDocument.activeElement)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'sidebar-wizard');
    await nav('Adopt sheet').click();
    await s.getByRole('button', { name: 'Propose a mapping' }).waitFor();
    await expectAccessible(page);
  }, 60_000);

  it('edits the settings: bands, cadence, colours and the pinned as-of date', async () => {
    await nav('Settings').click();
    await s.getByLabel('On track from').waitFor({ timeout: 20_000 });
    await expectAccessible(page);
    // A cleared band is refused at its field, in percent (not "on_track 0 … 0.9"), and nothing is sent.
    const onTrack = s.getByLabel('On track from');
    const saidBefore = await announced(s);
    await onTrack.fill('');
    await s.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => onTrack.getAttribute('aria-invalid')).toBe('true');
    const describedBy = ((await onTrack.getAttribute('aria-describedby')) ?? '').split(' ');
    expect(await s.locator(`[id="${describedBy.pop()}"]`).textContent()).toBe('On track from is blank: give a percentage such as 90');
    expect(await onTrack.evaluate((n) => n === n.ownerDocument.activeElement)).toBe(true);
    expect(await s.getByText(/on_track|0\.9/).count()).toBe(0);
    await s.getByLabel('At risk from').fill('95');
    await onTrack.fill('80');
    await s.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => s.getByText('At risk from (95%) is above On track from (80%): make it the lower band, such as 70').count()).toBe(1);
    expect(await announced(s)).toBe(saidBefore);
    await expectAccessible(page);
    await onTrack.fill('90');
    await s.getByLabel('At risk from').fill('70');
    await s.getByLabel('Default cadence (days)').fill('14');
    await s.getByLabel('Pin the as-of date').check();
    await s.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => announced(s), { timeout: 20_000 }).toBe('Settings saved.');
    const saved = await t.state();
    expect(saved.sheets).toContain('Goalpost settings');
    await screenshot(page, 'sidebar-settings');
    expect(pageErrors(page)).toEqual([]);
  }, 60_000);
});
