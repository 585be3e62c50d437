/**
 * The preview server over HTTP: the built add-on's own menu, its guide computing on the
 * local spreadsheet, typed edits recomputing, input checked field by field, and a workbook
 * that survives a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewState } from '../../local/preview/api.ts';
import { startPreview, type Preview } from '../../local/preview/server.ts';

const GUIDE = 'Goalpost guide';
const dir = mkdtempSync(join(tmpdir(), 'goalpost-preview-'));
const statePath = join(dir, 'state', 'workbook.json');
let preview: Preview;

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(`${preview.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function state(sheet?: string): Promise<PreviewState> {
  const res = await fetch(`${preview.url}/api/state${sheet ? `?sheet=${encodeURIComponent(sheet)}` : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as PreviewState;
}

const cell = (s: PreviewState, a1: string): string => {
  const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
  return s.sheet.cells[Number(m[2]) - 1]?.[(m[1] as string).charCodeAt(0) - 65]?.v ?? '';
};

beforeAll(async () => {
  preview = await startPreview({ port: 0, host: '127.0.0.1', statePath });
});
afterAll(async () => {
  await preview.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('local preview server', () => {
  it('shows the menu the add-on recorded in onOpen', async () => {
    const s = await state();
    expect(s.sheets).toEqual(['Sheet1']);
    expect(s.menu.items.map((i) => ('caption' in i ? i.caption : '-'))).toEqual(['Insert function guide', 'About Goalpost']);
  });

  it('inserts the function guide from the menu, every check passing', async () => {
    expect((await post('/api/menu', { handler: 'insertFunctionGuide' })).status).toBe(200);
    const s = await state(GUIDE);
    expect(s.sheets).toContain(GUIDE);
    const header = s.sheet.cells.findIndex((row) => row[0]?.v === 'Function');
    expect(header).toBeGreaterThan(0);
    const checks = s.sheet.cells.slice(header + 1).filter((row) => row[0]?.v).map((row) => row[4]?.v);
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.every((c) => c === '✓')).toBe(true);
    expect(['K5', 'K6', 'K7', 'K8'].map((a1) => cell(s, a1))).toEqual(['At risk', 'On track', 'Achieved', 'Off track']);
  });

  it('writes typed text as a person would, and dependent formulas recompute', async () => {
    expect((await post('/api/cell', { sheet: GUIDE, a1: 'E5', value: '550000' })).status).toBe(200);
    let s = await state(GUIDE);
    expect([cell(s, 'J5'), cell(s, 'K5')]).toEqual(['100.0%', 'Achieved']);
    expect(s.sheet.cells[4]?.[4]).toEqual({ v: '550,000', input: '550000' });
    await post('/api/cell', { sheet: 'Sheet1', a1: 'A1', value: '4' });
    await post('/api/cell', { sheet: 'Sheet1', a1: 'B1', value: '=A1*3' });
    await post('/api/cell', { sheet: 'Sheet1', a1: 'A1', value: '5' });
    s = await state('Sheet1');
    expect(s.sheet.cells[0]?.[1]).toMatchObject({ v: '15', f: '=A1*3' });
  });

  it('gives error cells their hover message and SPARKLINE cells their spec', async () => {
    await post('/api/cell', { sheet: 'Sheet1', a1: 'A2', value: '=GOAL_PROGRESS("x", 1, 2)' });
    await post('/api/cell', { sheet: 'Sheet1', a1: 'B2', value: '=SPARKLINE({1,3,2}, {"charttype","column"})' });
    const [error, spark] = (await state('Sheet1')).sheet.cells[1] ?? [];
    expect(error).toMatchObject({ v: '#ERROR!', error: expect.stringMatching(/^GOAL_PROGRESS: baseline "x"/) });
    expect(spark).toMatchObject({ v: '', sparkline: { data: [1, 3, 2], options: { charttype: 'column' } } });
  });

  it('returns alerts once, then forgets them', async () => {
    await post('/api/menu', { handler: 'showAbout' });
    const first = await state();
    expect(first.ui.filter((e) => e.kind === 'alert').map((e) => e.kind === 'alert' && e.prompt).join('')).toMatch(/GOAL_PROGRESS/);
    expect((await state()).ui).toEqual([]);
  });

  it.each([
    ['/api/menu', { handler: 'eval' }, /^handler: /],
    ['/api/menu', { handler: 3 }, /^handler: expected a string/],
    ['/api/cell', { sheet: 'Nope', a1: 'A1', value: 'x' }, /^sheet: no sheet named "Nope"/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1:B2', value: 'x' }, /^a1: /],
    ['/api/cell', { sheet: 'Sheet1', a1: 'ZZZ999999', value: 'x' }, /^a1: .*outside the sheet/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1' }, /^value: expected a string/],
    ['/api/sheet', { name: ['Sheet1'] }, /^name: expected a string/],
    ['/api/sheet', '[1]', /^body: expected a JSON object/],
    ['/api/sheet', '{', /^body: not valid JSON/],
  ])('POST %s %j is refused with a 400 naming the field', async (path, body, message) => {
    const res = await post(path, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string };
    expect(json.error).toMatch(message);
    expect(json.error).not.toMatch(/\n\s+at /);
  });

  it('refuses a form post, an unknown sheet to read and an unknown route', async () => {
    expect((await post('/api/reset', '{}', 'text/plain')).status).toBe(400);
    const res = await fetch(`${preview.url}/api/state?sheet=Nope`);
    expect([res.status, await res.json()]).toEqual([400, { error: 'sheet: no sheet named "Nope"' }]);
    expect((await fetch(`${preview.url}/api/cell`)).status).toBe(405);
    expect((await fetch(`${preview.url}/../package.json`)).status).toBe(404);
  });

  it('keeps the workbook across a restart, and reset starts fresh', async () => {
    await post('/api/sheet', { name: GUIDE });
    await preview.close();
    preview = await startPreview({ port: 0, host: '127.0.0.1', statePath });
    const s = await state();
    expect([s.activeSheet, cell(s, 'E5'), cell(s, 'K5')]).toEqual([GUIDE, '550,000', 'Achieved']);
    expect(s.menu.items).toHaveLength(2);
    expect((await post('/api/reset', {})).status).toBe(200);
    expect((await state()).sheets).toEqual(['Sheet1']);
  });

  it('serves the page with a policy that forbids inline script', async () => {
    const res = await fetch(`${preview.url}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.text()).toMatch(/<script src="\/client\.js"/);
  });
});
