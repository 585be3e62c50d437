/**
 * Edit latency of the local preview, against the server exactly as `npm start` runs it (its
 * command line is read from package.json, Node flags included) on a workbook of its own:
 * from an edit request's arrival to the response that carries the changed cells of the
 * page's window, timed as the HTTP round trip on loopback (so a little above the server's
 * own time), with 1,000 filled cells and with a 10,000-row goal table of range formulas
 * (both pasted through the API). With Chromium found (test/browser/find-chrome.ts) it also
 * times the page: Enter in the formula bar to the grid repainted.
 * bench/run.ts calls runPreviewBench(); run this file directly for these figures alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, type Figures } from './figures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WARM_UP = 3;
const RUNS = 15;
/** The window the page asks for on a 1400×900 screen: the visible rows with overscan, 26 columns. */
const TOP = { row: 0, col: 0, rows: 80, cols: 26 };
const TABLE_ROWS = 10_000;

/** `npm start`'s server command (after the build), from package.json, with its Node flags. */
function startCommand(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = scripts.start?.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
  if (command[0] !== 'node') throw new Error(`package.json's start script should end in "node ... local/preview/cli.ts", got: ${scripts.start}`);
  return command.slice(1);
}

async function startServer(statePath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...startCommand(), '--port', '0', '--state', statePath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Goalpost preview: (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the preview exited (${code}) before it listened`)));
  });
  return { url, child };
}

async function post(url: string, path: string, body: unknown): Promise<{ sheet?: { changed: unknown[] } }> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { sheet?: { changed: unknown[] }; error?: string };
  if (!res.ok) throw new Error(`${path} refused: ${json.error}`);
  return json;
}

async function fill(url: string): Promise<void> {
  // 1,000 filled cells: 100 rows of a name, eight numbers and a SUM of them.
  const small = Array.from({ length: 100 }, (_, r) => [`Item ${r + 1}`, ...Array.from({ length: 8 }, (_, c) => String(r * 8 + c)), `=SUM(B${r + 1}:I${r + 1})`]);
  await post(url, '/api/paste', { sheet: 'Sheet1', a1: 'A1', rows: small });
  await post(url, '/api/sheets/add', { name: 'Goals' });
  const header = ['Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'As of', 'Kind'];
  const rows = Array.from({ length: TABLE_ROWS }, (_, r) => [`Goal ${r + 1}`, String(100 + (r % 50)), String(200 + (r % 70)), String(150 + (r % 90)), '2026-01-01', '2026-12-31', '2026-06-30', '']);
  await post(url, '/api/paste', { sheet: 'Goals', a1: 'A1', rows: [header, ...rows] });
  await post(url, '/api/paste', { sheet: 'Goals', a1: 'I1', rows: [['Progress', 'Status'], ['=GOAL_PROGRESS(B2:B, C2:C, D2:D, H2:H)', '=GOAL_STATUS(B2:B, C2:C, D2:D, E2:E, F2:F, G2:G, H2:H)']] });
  await post(url, '/api/sheet', { name: 'Sheet1' });
}

interface Timed {
  readonly median: number;
  readonly max: number;
  readonly changed: number;
}

async function timeEdits(url: string, sheet: string, a1: string, values: (i: number) => string): Promise<Timed> {
  const times: number[] = [];
  let changed = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const start = performance.now();
    const json = await post(url, '/api/cell', { sheet, a1, value: values(i), window: TOP });
    if (i < WARM_UP) continue;
    times.push(performance.now() - start);
    changed = Math.max(changed, json.sheet?.changed.length ?? 0);
  }
  return { median: Math.round(median(times) * 10) / 10, max: Math.round(Math.max(...times)), changed };
}

declare const document: { querySelector(s: string): { textContent: string | null } | null };

/** Enter in the page's formula bar until the grid is repainted, as the page measures it ("goalpost:edit"). */
async function timePage(url: string, sheet: string, a1: string, values: (i: number) => string): Promise<number | string> {
  const { CHROME_FLAGS, findChrome } = await import('../test/browser/find-chrome.ts');
  let executablePath: string;
  try {
    executablePath = findChrome();
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'no Chromium';
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByRole('tab', { name: sheet }).click();
    await page.waitForFunction((name) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === name, sheet);
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      await page.getByLabel('Name box').fill(a1);
      await page.getByLabel('Name box').press('Enter');
      await page.getByLabel('Formula bar').fill(values(i));
      await page.evaluate(() => performance.clearMeasures('goalpost:edit'));
      await page.getByLabel('Formula bar').press('Enter');
      await page.waitForFunction(() => performance.getEntriesByName('goalpost:edit').length > 0);
      if (i >= WARM_UP) times.push(await page.evaluate(() => performance.getEntriesByName('goalpost:edit')[0]?.duration ?? NaN));
    }
    return Math.round(median(times) * 10) / 10;
  } finally {
    await browser.close();
  }
}

export async function runPreviewBench(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-bench-'));
  const { url, child } = await startServer(join(dir, 'workbook.json'));
  try {
    await fill(url);
    const small = await timeEdits(url, 'Sheet1', 'C50', (i) => String(1000 + i));
    const table = await timeEdits(url, 'Goals', 'D2', (i) => String(151 + (i % 80)));
    const smallPage = await timePage(url, 'Sheet1', 'C50', (i) => String(2000 + i));
    const tablePage = await timePage(url, 'Goals', 'D2', (i) => String(160 + (i % 60)));
    const page = (v: number | string, budget: number) =>
      typeof v === 'number' ? { value: v, unit: 'ms', budget, note: `Chromium: Enter in the formula bar to the grid repainted, median of ${RUNS}` } : { value: NaN, unit: 'ms', note: `not measured: ${v}` };
    return {
      'preview.edit, 1,000 filled cells': { value: small.median, unit: 'ms', budget: 100, note: `request to the response with the changed cells, median of ${RUNS} (max ${small.max}); ${small.changed} cells sent` },
      'preview.edit, 10k-row range-formula table': { value: table.median, unit: 'ms', budget: 300, note: `GOAL_PROGRESS/GOAL_STATUS over open ranges recomputed, median of ${RUNS} (max ${table.max}); ${table.changed} cells sent` },
      'preview.page edit to repaint, 1,000 filled cells': page(smallPage, 100),
      'preview.page edit to repaint, 10k-row table': page(tablePage, 300),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  console.table(await runPreviewBench());
}
