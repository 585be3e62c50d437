/**
 * The preview server over HTTP: the built add-on's own menu, its guide computing on the
 * local spreadsheet, typed edits answered with only the cells they changed, error hovers,
 * input checked field by field, and a workbook that survives a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedA1, shown, testPreview, viewAt, type TestPreview } from './helpers.ts';
import { MENU_ITEMS } from '../../src/sheet/menu.ts';

const GUIDE = 'Goalpost guide';
const GUIDE_WINDOW = { row: 0, col: 0, rows: 40, cols: 20 };
let t: TestPreview;

beforeAll(async () => {
  t = await testPreview();
});
afterAll(async () => {
  await t.stop();
});

describe('local preview server', () => {
  it('shows the menu the add-on recorded in onOpen, and a new sheet of 1,000 rows and 26 columns', async () => {
    const s = await t.state();
    expect(s.sheets).toEqual(['Sheet1']);
    expect(s.menu.items.map((i) => ('caption' in i ? i.caption : '-'))).toEqual([
      'Open sidebar', 'New goal table ▸ Retail', 'New goal table ▸ Healthcare', 'New goal table ▸ Manufacturing', 'New goal table ▸ Software', 'New goal table ▸ Blank',
      'Adopt this sheet', 'Check in', 'Refresh', 'Insert function guide', 'About Goalpost',
    ]);
    expect([s.sheet.rows, s.sheet.columns, s.sheet.cells]).toEqual([1000, 26, []]);
  });

  it('inserts the function guide from the menu, every check passing, percentages and dates formatted', async () => {
    await t.ok('/api/menu', { handler: 'insertFunctionGuide' });
    const s = await t.state({ sheet: GUIDE, ...GUIDE_WINDOW });
    expect(s.sheets).toContain(GUIDE);
    const checks = s.sheet.cells.filter(([r, c]) => c === 4 && r >= 21).map(([, , v]) => v?.v);
    expect(checks).toHaveLength(18);
    expect(checks.every((c) => c === '✓')).toBe(true);
    expect(['K5', 'K6', 'K7', 'K8'].map((a1) => shown(s.sheet.cells, a1))).toEqual(['At risk', 'On track', 'Achieved', 'Off track']);
    // (520,000 − 500,000) / (550,000 − 500,000) = 40.0%; GOAL_ETA's date like its ISO inputs.
    expect([shown(s.sheet.cells, 'J5'), shown(s.sheet.cells, 'F29'), shown(s.sheet.cells, 'F5')]).toEqual(['40.0%', '2026-05-01', '2026-01-01']);
  });

  it('answers a typed edit with only the cells of the window it changed', async () => {
    const update = await t.ok('/api/cell', { sheet: GUIDE, a1: 'E5', value: '550000', window: GUIDE_WINDOW });
    // E5 itself, the range call's first row (J5, K5), and the guide rows that read E5
    // (progress, explain, required rate, rollup: live result and check each).
    expect(changedA1(update)).toEqual(['E22', 'E26', 'E27', 'E35', 'E5', 'F22', 'F26', 'F27', 'F35', 'J5', 'K5']);
    // The guide's numbers have fixed places (whole numbers none), so no trailing point shows as Sheets would draw under optional places.
    expect(viewAt(update.sheet.changed, 'E5')).toEqual({ v: '550,000', t: 'n', input: '550000' });
    expect([shown(update.sheet.changed, 'J5'), shown(update.sheet.changed, 'K5')]).toEqual(['100.0%', 'Achieved']);
  });

  it('leaves out changed cells outside the window, and says which cells emptied', async () => {
    const top = { row: 0, col: 0, rows: 10, cols: 12 };
    const update = await t.ok('/api/cell', { sheet: GUIDE, a1: 'E5', value: '', window: top });
    expect(changedA1(update)).toEqual(['E5', 'J5', 'K5']);
    expect(viewAt(update.sheet.changed, 'E5')).toBeNull();
    expect(shown(update.sheet.changed, 'K5')).toBe('No data');
  });

  it('gives #ERROR! cells and a range call\'s error rows the same hover message', async () => {
    const cells = [['A10', '1'], ['A11', 'x'], ['B10', '2'], ['B11', '2'], ['C10', '1.5'], ['C11', '1.5'], ['A2', '=GOAL_PROGRESS("x", 1, 2)']];
    for (const [a1, value] of cells) await t.ok('/api/cell', { sheet: 'Sheet1', a1, value });
    const update = await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'D10', value: '=GOAL_PROGRESS(A10:A11, B10:B11, C10:C11)' });
    const message = 'baseline "x" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)';
    // Row 10: (1.5 − 1) / (2 − 1) = 0.5; row 11 is the bad one.
    expect(viewAt(update.sheet.changed, 'D10')).toMatchObject({ v: '0.5' });
    expect(viewAt(update.sheet.changed, 'D11')).toEqual({ v: `Error: ${message}`, error: message });
    const s = await t.state({ sheet: 'Sheet1' });
    expect(viewAt(s.sheet.cells, 'A2')).toMatchObject({ v: '#ERROR!', error: expect.stringMatching(/^GOAL_PROGRESS: baseline "x"/) });
    // Typed text that happens to start with "Error: " is just text.
    const typed = await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'A20', value: 'Error: typed by hand' });
    expect(viewAt(typed.sheet.changed, 'A20')).toEqual({ v: 'Error: typed by hand' });
  });

  it('gives SPARKLINE cells their spec', async () => {
    const update = await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'B2', value: '=SPARKLINE({1,3,2}, {"charttype","column"})' });
    expect(viewAt(update.sheet.changed, 'B2')).toMatchObject({ v: '', sparkline: { data: [1, 3, 2], options: { charttype: 'column' } } });
  });

  it('returns alerts once, then forgets them', async () => {
    await t.ok('/api/menu', { handler: 'showAbout' });
    const first = await t.state();
    expect(first.ui.filter((e) => e.kind === 'alert').map((e) => e.kind === 'alert' && e.prompt).join('')).toMatch(/GOAL_PROGRESS/);
    expect((await t.state()).ui).toEqual([]);
  });

  it.each([
    ['/api/menu', { handler: 'eval' }, /^handler: /],
    ['/api/menu', { handler: 3 }, /^handler: expected a string/],
    ['/api/cell', { sheet: 'Nope', a1: 'A1', value: 'x' }, /^sheet: no sheet named "Nope"/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1:B2', value: 'x' }, /^a1: /],
    ['/api/cell', { sheet: 'Sheet1', a1: 'ZZZ999999', value: 'x' }, /^a1: .*outside the sheet/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1' }, /^value: expected a string/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1', value: 'x', window: { row: 0, col: 0, rows: 5000, cols: 10 } }, /^window\.rows: 5000 is not between 1 and 400/],
    ['/api/cell', { sheet: 'Sheet1', a1: 'A1', value: 'x', window: [1] }, /^window: expected \{row, col, rows, cols\}/],
    ['/api/sheet', { name: ['Sheet1'] }, /^name: expected a string, got an array/],
    ['/api/sheet', '[1]', /^body: expected a JSON object/],
    ['/api/sheet', '{', /^body: not valid JSON/],
  ])('POST %s %j is refused with a 400 naming the field', async (path, body, message) => {
    const res = await t.post(path, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string };
    expect(json.error).toMatch(message);
    expect(json.error).not.toMatch(/\n\s+at /);
  });

  it('refuses a form post, an unknown sheet or window to read and an unknown route', async () => {
    expect((await t.post('/api/reset', '{}', 'text/plain')).status).toBe(400);
    const res = await fetch(`${t.preview.url}/api/state?sheet=Nope`);
    expect([res.status, await res.json()]).toEqual([400, { error: 'sheet: no sheet named "Nope"' }]);
    const bad = await fetch(`${t.preview.url}/api/state?row=-1&col=0&rows=10&cols=10`);
    expect([bad.status, await bad.json()]).toEqual([400, { error: 'window.row: expected a whole number, got string' }]);
    expect((await fetch(`${t.preview.url}/api/cell`)).status).toBe(405);
    expect((await fetch(`${t.preview.url}/../package.json`)).status).toBe(404);
  });

  it('keeps the workbook across a restart, and reset starts fresh', async () => {
    await t.ok('/api/cell', { sheet: GUIDE, a1: 'E5', value: '550000' });
    await t.ok('/api/sheet', { name: GUIDE });
    await t.restart();
    const s = await t.state();
    expect([s.activeSheet, shown(s.sheet.cells, 'E5'), shown(s.sheet.cells, 'K5')]).toEqual([GUIDE, '550,000', 'Achieved']);
    expect(s.menu.items).toHaveLength(MENU_ITEMS.length);
    await t.ok('/api/reset', {});
    expect((await t.state()).sheets).toEqual(['Sheet1']);
  });

  it('serves the page with a policy that forbids inline script', async () => {
    const res = await fetch(`${t.preview.url}/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await res.text()).toMatch(/<script src="\/client\.js"/);
  });
});
