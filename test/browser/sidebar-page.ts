/**
 * Driving Goalpost's sidebar in the preview: open it from the menu, reach into its
 * sandboxed frame, and run axe-core inside it (its source evaluated in the frame, since
 * the frame's policy loads nothing), failing on serious or critical violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { menu } from './page.ts';

declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> };
declare const document: unknown;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const sidebar = (page: Page): FrameLocator => page.frameLocator('iframe[title="Goalpost"]');

export async function openSidebar(page: Page): Promise<FrameLocator> {
  await menu(page, 'Extensions', /^Goalpost/, 'Open sidebar');
  const s = sidebar(page);
  await s.getByRole('navigation', { name: 'Goalpost' }).waitFor({ timeout: 20_000 });
  return s;
}

/** Makes a goal table from a template (New goal table ▸ Retail...), then opens the sidebar beside it. */
export async function openSidebarBeside(page: Page, template: string): Promise<FrameLocator> {
  await menu(page, 'Extensions', /^Goalpost/, `New goal table ▸ ${template}`);
  await page.getByRole('tab', { name: `${template} goals`, exact: true, selected: true }).waitFor({ timeout: 20_000 });
  return openSidebar(page);
}

function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/frame/') && f.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('the sidebar is not open');
  return frame;
}

/** The serious and critical axe-core violations in the sidebar as it is now (in the preview's frame, or the frame given). */
export async function axeViolations(page: Page, frame: Frame = sidebarFrame(page)): Promise<string[]> {
  if (!(await frame.evaluate('typeof axe !== "undefined"'))) await frame.evaluate(AXE);
  const result = await frame.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** The text of the sidebar's live region that reports what an action did. */
export const announced = (s: FrameLocator) => s.locator('p[aria-live="polite"]').first().textContent();
