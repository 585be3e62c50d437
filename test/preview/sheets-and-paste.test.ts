/**
 * Working with sheets in the preview: add, rename and delete them (so README's
 * Settings!B1 can be followed), paste a tab-separated block that is parsed as typed and
 * grows the sheet, add rows, and format numbers as Sheets shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedA1, shown, testPreview, viewAt, type TestPreview } from './helpers.ts';

let t: TestPreview;

beforeAll(async () => {
  t = await testPreview();
});
afterAll(async () => {
  await t.stop();
});

describe('sheets', () => {
  it('adds a sheet named as Sheets names it, active, then renames it; formulas follow the name', async () => {
    expect(await t.ok('/api/sheets/add', {})).toEqual({ name: 'Sheet2' });
    expect((await t.state()).activeSheet).toBe('Sheet2');
    await t.ok('/api/cell', { sheet: 'Sheet2', a1: 'B1', value: '2026-06-30' });
    await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'A1', value: '=Sheet2!B1+1' });
    expect(await t.ok('/api/sheets/rename', { sheet: 'Sheet2', name: 'Settings' })).toEqual({ name: 'Settings' });
    const s = await t.state({ sheet: 'Sheet1' });
    expect(s.sheets).toEqual(['Sheet1', 'Settings']);
    // The as-of date plus one day, in the ISO pattern of the cell it came from.
    expect(viewAt(s.sheet.cells, 'A1')).toMatchObject({ v: '2026-07-01', f: '=Settings!B1+1' });
  });

  it('deletes a sheet; references to it become #REF!', async () => {
    await t.ok('/api/sheets/add', { name: 'Scratch' });
    await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'A2', value: '=Scratch!A1' });
    await t.ok('/api/sheets/delete', { sheet: 'Scratch' });
    const s = await t.state({ sheet: 'Sheet1' });
    expect(s.sheets).toEqual(['Sheet1', 'Settings']);
    expect(shown(s.sheet.cells, 'A2')).toBe('#REF!');
    // The formula now reads =#REF!, and the cell has Sheets' hover for it.
    expect(viewAt(s.sheet.cells, 'A2')).toMatchObject({ f: '=#REF!', error: 'Reference does not exist.' });
  });

  it('gives a formula naming a sheet that does not exist Sheets\' hover', async () => {
    const update = await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'A3', value: '=Nowhere!B1+1' });
    expect(viewAt(update.sheet.changed, 'A3')).toMatchObject({ v: '#REF!', error: "Unresolved sheet name 'Nowhere'." });
    await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'A3', value: '' });
  });

  it.each([
    ['/api/sheets/add', { name: 'settings' }, 'A sheet with the name "settings" already exists. Please enter another name.'],
    ['/api/sheets/add', { name: '   ' }, 'name: a sheet name has 1 to 100 characters'],
    ['/api/sheets/rename', { sheet: 'Sheet1', name: 'Settings' }, 'A sheet with the name "Settings" already exists. Please enter another name.'],
    ['/api/sheets/delete', { sheet: 'Nope' }, 'sheet: no sheet named "Nope"'],
  ])('%s %j is refused: %s', async (path, body, message) => {
    const res = await t.post(path, body);
    expect([res.status, await res.json()]).toEqual([400, { error: message }]);
  });

  it('never deletes the last sheet', async () => {
    await t.ok('/api/sheets/delete', { sheet: 'Settings' });
    const res = await t.post('/api/sheets/delete', { sheet: 'Sheet1' });
    expect([res.status, await res.json()]).toEqual([400, { error: "You can't remove all the sheets in a document." }]);
  });
});

describe('paste, rows and formats', () => {
  it('writes a pasted block from the selected cell, each piece parsed as typed', async () => {
    const rows = [['Goal', 'Baseline', 'Target', 'Current', 'Progress'], ['Revenue', '500,000', '550000', '520000', '=(D6-B6)/(C6-B6)'], ['Share', '20%', '30%', '25%', '=D7*2']];
    const update = await t.ok('/api/paste', { sheet: 'Sheet1', a1: 'A5', rows });
    expect(changedA1(update)).toEqual(['A5', 'A6', 'A7', 'B5', 'B6', 'B7', 'C5', 'C6', 'C7', 'D5', 'D6', 'D7', 'E5', 'E6', 'E7']);
    // (520,000 − 500,000) / (550,000 − 500,000) = 0.4; 25% × 2 = 50%, shown as a percent like D7.
    expect([shown(update.sheet.changed, 'B6'), shown(update.sheet.changed, 'E6'), shown(update.sheet.changed, 'B7'), shown(update.sheet.changed, 'E7')]).toEqual(['500,000', '0.4', '20%', '50%']);
    expect(viewAt(update.sheet.changed, 'B6')).toMatchObject({ t: 'n', input: '500000' });
  });

  it('formats a range as a percent and bold', async () => {
    const update = await t.ok('/api/format', { sheet: 'Sheet1', range: 'E6:E6', numberFormat: '0.0%', bold: true });
    expect(viewAt(update.sheet.changed, 'E6')).toMatchObject({ v: '40.0%', bold: true });
    const money = await t.ok('/api/format', { sheet: 'Sheet1', range: 'B6:D6', numberFormat: '"$"#,##0.00' });
    expect(['B6', 'C6', 'D6'].map((a1) => shown(money.sheet.changed, a1))).toEqual(['$500,000.00', '$550,000.00', '$520,000.00']);
  });

  it('grows the sheet to fit a block pasted past its edge, as Sheets does', async () => {
    const update = await t.ok('/api/paste', { sheet: 'Sheet1', a1: 'Y999', rows: [['1', '2', '3'], ['4', '5', '6']], window: { row: 995, col: 20, rows: 10, cols: 10 } });
    expect([update.sheet.rows, update.sheet.columns]).toEqual([1000, 27]);
    expect(changedA1(update)).toEqual(['AA1000', 'AA999', 'Y1000', 'Y999', 'Z1000', 'Z999']);
    const taller = await t.ok('/api/paste', { sheet: 'Sheet1', a1: 'A1000', rows: [['x'], ['y']] });
    expect(taller.sheet.rows).toBe(1001);
  });

  it('adds rows at the bottom', async () => {
    const update = await t.ok('/api/rows', { sheet: 'Sheet1', count: 1000 });
    expect(update.sheet.rows).toBe(2001);
  });

  it('adds columns at the right', async () => {
    const before = (await t.state({ sheet: 'Sheet1' })).sheet.columns;
    const update = await t.ok('/api/columns', { sheet: 'Sheet1', count: 5 });
    expect(update.sheet.columns).toBe(before + 5);
    await t.ok('/api/cell', { sheet: 'Sheet1', a1: 'AF1', value: 'far right' });
    expect(shown((await t.state({ sheet: 'Sheet1', row: 0, col: 26, rows: 5, cols: 10 })).sheet.cells, 'AF1')).toBe('far right');
  });

  it('clears a selection in one request, however many cells it has', async () => {
    await t.ok('/api/paste', { sheet: 'Sheet1', a1: 'A1', rows: [['a', 'b'], ['c', '=1+1']] });
    await t.ok('/api/format', { sheet: 'Sheet1', range: 'B2', bold: true });
    const update = await t.ok('/api/clear', { sheet: 'Sheet1', range: 'A1:B2' });
    expect(changedA1(update)).toEqual(['A1', 'A2', 'B1', 'B2']);
    // Contents go, formats stay (Delete in Sheets).
    expect(viewAt(update.sheet.changed, 'B2')).toMatchObject({ v: '', bold: true });
    // 2,001 rows × 31 columns: 62,031 cells, past what a paste once took, in one small request.
    const all = await t.ok('/api/clear', { sheet: 'Sheet1', range: 'A1:AE2001' });
    expect(all.sheet.rows).toBe(2001);
  });

  it('pastes a 10,000-row goal table 12 columns wide in one request', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Goal ${i + 1}`, 'Revenue', '500,000', '550000', `${500_000 + i}`, '2026-03-31', '20%', 'on track', 'Ana', 'Q1', 'note', `=E${i + 3}/D${i + 3}`]);
    const update = await t.ok('/api/paste', { sheet: 'Sheet1', a1: 'A3', rows });
    expect(update.sheet.rows).toBe(10_002);
    const end = await t.state({ sheet: 'Sheet1', row: 9_995, col: 0, rows: 10, cols: 12 });
    expect([shown(end.sheet.cells, 'A10002'), shown(end.sheet.cells, 'F10002')]).toEqual(['Goal 10000', '2026-03-31']);
  });

  it('refuses a paste of more than a million cells, and a body past the cap, saying what to do', async () => {
    const res = await t.post('/api/paste', { sheet: 'Sheet1', a1: 'A1', rows: Array.from({ length: 40_000 }, () => new Array(26).fill('')) });
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([400, 'rows: 40000 × 26 cells is more than the 1,000,000 one paste may write: paste it in parts']);
    const big = await t.post('/api/paste', `{"sheet":"Sheet1","a1":"A1","rows":[["${'x'.repeat(65 * 1024 * 1024)}"]]}`);
    expect([big.status, ((await big.json()) as { error: string }).error]).toEqual([400, 'body: larger than 64 MB, the most one request may send: paste a block this big in parts']);
  });

  it.each([
    ['/api/columns', { sheet: 'Sheet1', count: 18_278 }, /^count: a sheet has at most 18,278 columns; this one has \d+/],
    ['/api/clear', { sheet: 'Sheet1', range: 'A1:ZZ5' }, /^range: A1:ZZ5 is outside the sheet/],
    ['/api/paste', { sheet: 'Sheet1', a1: 'A1', rows: 'a\tb' }, /^rows: expected rows of cell text/],
    ['/api/paste', { sheet: 'Sheet1', a1: 'A1', rows: [['a', 1]] }, /^rows\[0\]\[1\]: expected text, got number/],
    // Z is column 26: 18,254 cells from it end at column 18,279.
    ['/api/paste', { sheet: 'Sheet1', a1: 'Z1', rows: [new Array(18_254).fill('x')] }, /^rows: the block would reach column 18279; a sheet has at most 18278/],
    ['/api/paste', { sheet: 'Sheet1', a1: 'ZZZ1', rows: [['a']] }, /^a1: ZZZ1 is outside the sheet/],
    ['/api/format', { sheet: 'Sheet1', range: 'Settings!A1', numberFormat: '0%' }, /^range: "Settings!A1" is not a range such as B2:C9/],
    ['/api/format', { sheet: 'Sheet1', range: 'A1' }, /^numberFormat or bold: give at least one/],
    ['/api/rows', { sheet: 'Sheet1', count: 0 }, /^count: 0 is not between 1 and 100000/],
  ])('%s is refused: %s', async (path, body, message) => {
    const res = await t.post(path, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });
});
