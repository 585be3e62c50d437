/**
 * Driving the preview page in Chromium: launch (find-chrome.ts, never a silent skip), the
 * ways a person moves around the sheet, and screenshots saved as test artifacts in
 * artifacts/browser/ (or $ARTIFACTS_DIR) for a person to look at.
 */
import { testPreview, type TestPreview } from '../preview/helpers.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.ts';

// Page-side names used inside page.evaluate callbacks, which run in the browser. Declared
// here, module-local, so the project's typecheck keeps the DOM library out of src/.
declare const document: { dispatchEvent(event: unknown): boolean };
declare const DataTransfer: new () => { setData(type: string, text: string): void };
declare const ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
declare function getComputedStyle(node: unknown): { getPropertyValue(name: string): string };

export const ARTIFACTS = process.env.ARTIFACTS_DIR ?? join(import.meta.dirname, '..', '..', 'artifacts', 'browser');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.getByRole('tab', { selected: true }).waitFor();
  (page as Page & { problems?: string[] }).problems = problems;
  return page;
}

export interface PreviewPage {
  readonly t: TestPreview;
  readonly page: Page;
  /** Closes the browser, then stops the preview. */
  stop(): Promise<void>;
}

/**
 * A preview on a temporary workbook (testPreview's options) and a Chromium page on it, for
 * a test file's beforeAll; `prepare` builds on the workbook before the page opens. The
 * test file's afterAll calls stop().
 */
export async function previewPage(options?: Parameters<typeof testPreview>[0], prepare?: (t: TestPreview) => void): Promise<PreviewPage> {
  const browser = await launch();
  const t = await testPreview(options);
  const stop = async () => {
    await browser.close();
    await t.stop();
  };
  try {
    prepare?.(t);
    return { t, page: await openPage(browser, t.preview.url), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Script errors the page hit (none expected). */
export function pageErrors(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export const cell = (page: Page, a1: string) => page.locator(`[data-cell="${a1}"]`);

/** A computed style property of a cell, such as background-color. */
export function style(page: Page, a1: string, property: string): Promise<string> {
  return cell(page, a1).evaluate((node, p) => getComputedStyle(node).getPropertyValue(p), property);
}

/** Jumps to a cell or range with the name box, as a person can in Sheets. */
export async function goTo(page: Page, a1: string): Promise<void> {
  await page.getByLabel('Name box').fill(a1);
  await page.getByLabel('Name box').press('Enter');
}

/** Types into a cell through the formula bar. */
export async function type(page: Page, a1: string, text: string): Promise<void> {
  await goTo(page, a1);
  await page.getByLabel('Formula bar').fill(text);
  await page.getByLabel('Formula bar').press('Enter');
}

export async function menu(page: Page, top: string, ...path: Array<string | RegExp>): Promise<void> {
  await page.getByRole('button', { name: top, exact: true }).click();
  for (const item of path) await page.getByRole('menuitem', { name: item }).click();
}

/** Pastes text the way the system clipboard hands it to the page. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
