/** createTable through the API: the menu's New goal table, under the lock. */
import { describe, expect, it } from 'vitest';
import { api, value } from './helpers.ts';

describe('createTable', () => {
  it('makes a template table and its log, and lists them', () => {
    const a = api();
    const r = value(a.call('createTable', { template: 'Healthcare' }));
    expect(r).toEqual({ table: { id: 'T1', sheetName: 'Healthcare goals', logSheetName: 'Healthcare goals log', problems: [] }, report: [] });
    expect(value(a.call('listGoals')).goals.map((g) => g.id)).toEqual(['H', 'H1', 'H2', 'H3']);
  });

  it('Blank (or no template) makes an empty "Goals" table; a second gets its own names and id', () => {
    const a = api();
    expect(value(a.call('createTable', { template: 'Blank' })).table).toEqual({ id: 'T1', sheetName: 'Goals', logSheetName: 'Goals log', problems: [] });
    expect(value(a.call('createTable', {})).table).toEqual({ id: 'T2', sheetName: 'Goals 2', logSheetName: 'Goals 2 log', problems: [] });
    expect(value(a.call('listGoals')).goals).toEqual([]);
  });

  it('an unknown template is refused and nothing is made', () => {
    const a = api();
    const before = a.s.saveJson();
    const r = a.call('createTable', { template: 'Sales' });
    expect(r.ok ? '' : r.error.field).toBe('template');
    expect(a.s.saveJson()).toBe(before);
  });

  it('a busy lock makes nothing', () => {
    const a = api();
    const before = a.s.saveJson();
    a.s.local.lock.holdByOtherExecution('document');
    expect(a.call('createTable', { template: 'Retail' })).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(a.s.saveJson()).toBe(before);
  });
});
