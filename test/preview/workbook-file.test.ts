/**
 * The saved workbook is checked when loaded: a damaged file is reported (on the page and
 * the console) and moved aside with its content intact, never silently replaced.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalServices, DamagedWorkbookError, parseSavedState } from '../../local/index.ts';
import { shown, testPreview } from './helpers.ts';

function savedWith(edit: (state: Record<string, any>) => void): string {
  const services = createLocalServices();
  services.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('kept');
  const state = JSON.parse(JSON.stringify(services.save())) as Record<string, any>;
  edit(state);
  return JSON.stringify(state);
}

async function startOn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'goalpost-damaged-'));
  mkdirSync(join(dir, 'state'));
  writeFileSync(join(dir, 'state', 'workbook.json'), text);
  return testPreview({}, dir);
}

describe('a damaged saved workbook', () => {
  it.each([
    ['cut-off JSON', '{"workbook": {"version": 1, "sheets": [', /^not valid JSON \(/],
    ['a cell that is not a value', savedWith((s) => (s.workbook.sheets[0].content[0][0] = { x: 1 })), /^workbook\.sheets\.0\.content\.0\.0: /],
    ['two sheets of one name', savedWith((s) => s.workbook.sheets.push({ ...s.workbook.sheets[0], id: 99 })), /^workbook\.sheets\.1\.name: a second sheet named "Sheet1"/],
    ['an unknown time zone', savedWith((s) => (s.workbook.timeZone = 'Mars/Olympus')), /^workbook\.timeZone: not a time zone/],
    ['no sheets', savedWith((s) => (s.workbook.sheets = [])), /^workbook\.sheets: a workbook has at least one sheet/],
  ])('with %s is refused saying where', (_name, text, reason) => {
    expect(() => parseSavedState(text)).toThrow(DamagedWorkbookError);
    expect(() => parseSavedState(text)).toThrow(reason);
  });

  it('is moved aside intact and reported once; the preview starts from an empty workbook', async () => {
    const damaged = savedWith((s) => (s.workbook.sheets[0].maxRows = -5));
    const t = await startOn(damaged);
    const s = await t.state();
    expect(s.notices).toEqual([expect.stringMatching(/^The saved workbook was damaged \(workbook\.sheets\.0\.maxRows: .*\)\. It was moved to .*workbook\.json\.damaged-.* and the preview started from an empty workbook\.$/)]);
    expect(shown(s.sheet.cells, 'A1')).toBe('');
    const aside = readdirSync(join(t.dir, 'state')).filter((f) => f.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(t.dir, 'state', aside[0] as string), 'utf8')).toBe(damaged);
    expect((await t.state()).notices).toEqual([]);
    await t.stop();
  });

  it('a sound file loads as saved', async () => {
    const t = await startOn(savedWith(() => undefined));
    const s = await t.state();
    expect([s.notices, shown(s.sheet.cells, 'A1')]).toEqual([[], 'kept']);
    await t.stop();
  });
});
