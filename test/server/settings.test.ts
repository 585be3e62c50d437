/** Settings and Refresh through the server API, on a Retail table made on 2026-11-29. */
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/sheet/settings-layout.ts';
import { api, TODAY, value, withTable } from './helpers.ts';

const DEFAULTS = {
  'No data': '#e8eaed', Achieved: '#1e8e3e', 'Not started': '#dadce0', 'Awaiting data': '#c5cae9',
  Missed: '#a50e0e', 'On track': '#34a853', 'At risk': '#fbbc04', 'Off track': '#ea4335',
};

describe('getSettings', () => {
  it('before any table: the defaults, and nothing is written', () => {
    const a = api();
    const before = a.s.saveJson();
    expect(value(a.call('getSettings'))).toEqual({ exists: false, asOf: '2026-11-29', pinned: false, onTrack: 0.9, atRisk: 0.7, defaultCadence: 30, statusColours: DEFAULTS });
    expect(a.s.saveJson()).toBe(before);
  });

  it('with a table: what the settings sheet and the document properties hold', () => {
    expect(value(withTable().call('getSettings', {}))).toEqual({ exists: true, asOf: '2026-11-29', pinned: false, onTrack: 0.9, atRisk: 0.7, defaultCadence: 30, statusColours: DEFAULTS });
  });
});

describe('saveSettings', () => {
  it('pins the as-of date to a past day: every table shows that day, and Refresh leaves it', () => {
    const a = withTable();
    const saved = value(a.call('saveSettings', { asOf: '2026-11-01', pinned: true }));
    expect([saved.asOf, saved.pinned]).toEqual(['2026-11-01', true]);
    expect(a.sheet.getRange('C1').getDisplayValue()).toBe('As of 2026-11-01');
    expect(value(a.call('refresh')).asOfMoved).toBe(false);
    expect(a.app.getActiveSpreadsheet().getRangeByName(SETTING_NAMES.asOf)?.getDisplayValue()).toBe('2026-11-01');
  });

  it('checks the bands as a pair: one band given is checked against the other as saved', () => {
    const a = withTable();
    expect(value(a.call('saveSettings', { onTrack: 0.95 }))).toMatchObject({ onTrack: 0.95, atRisk: 0.7 });
    const before = a.s.saveJson();
    expect(a.call('saveSettings', { atRisk: 0.96 })).toEqual({
      ok: false, error: { code: 'bands-out-of-order', message: 'at_risk 0.96 is above on_track 0.95: at_risk must be the lower band (defaults 0.9 and 0.7)' },
    });
    expect(a.call('saveSettings', { onTrack: 90, atRisk: 70 })).toMatchObject({ ok: false, error: { code: 'band-as-percent' } });
    expect(a.s.saveJson()).toBe(before);
  });

  it('status colours: saved for the document, and every table re-coloured', () => {
    const a = withTable();
    const saved = value(a.call('saveSettings', { statusColours: { 'On track': '#00AA00' } }));
    expect(saved.statusColours).toEqual({ ...DEFAULTS, 'On track': '#00AA00' });
    expect(JSON.parse(a.s.PropertiesService.getDocumentProperties().getProperty('goalpost.statusColours') ?? '{}')['On track']).toBe('#00AA00');
    const rule = a.sheet.getConditionalFormatRules().find((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'On track');
    expect(rule?.getBooleanCondition()?.getBackground()).toBe('#00AA00');
  });

  it('makes the settings sheet when the spreadsheet has none', () => {
    const a = api();
    expect(value(a.call('saveSettings', { defaultCadence: 14 }))).toMatchObject({ exists: true, defaultCadence: 14, asOf: '2026-11-29' });
    expect(a.app.getActiveSpreadsheet().getSheetByName('Goalpost settings')).not.toBeNull();
  });

  it.each([
    [{}, 'params', 'params name no setting: give at least one of asOf, pinned, onTrack, atRisk, defaultCadence, statusColours'],
    [{ defaultCadence: 0 }, 'defaultCadence', 'defaultCadence is below 1: give 1 or more'],
    [{ defaultCadence: 2.5 }, 'defaultCadence', 'defaultCadence is 2.5: give a whole number'],
    [{ asOf: '2026-02-30' }, 'asOf', 'asOf is not a day written yyyy-mm-dd, such as 2026-03-31'],
    [{ statusColours: { 'On track': 'green' } }, 'statusColours.On track', 'statusColours.On track is "green": give a colour written #rrggbb, such as #34a853'],
    [{ statusColours: { Great: '#00aa00' } }, 'statusColours.Great', 'statusColours.Great is not a name statusColours takes: remove it (names are case-sensitive)'],
    [{ pinned: 'yes' }, 'pinned', 'pinned is "yes": give true or false'],
  ])('refuses %j, naming the field, and writes nothing', (params, field, message) => {
    const a = withTable();
    const before = a.s.saveJson();
    expect(a.call('saveSettings', params)).toEqual({ ok: false, error: { code: 'invalid-param', field, message } });
    expect(a.s.saveJson()).toBe(before);
  });
});

describe('refresh', () => {
  it('a day later moves the as-of date and refreshes every table', () => {
    const a = withTable();
    const later = api(a.s, TODAY + 1);
    expect(value(later.call('refresh'))).toEqual({ tables: 1, asOfMoved: true, report: [] });
    expect(a.sheet.getRange('C1').getDisplayValue()).toBe('As of 2026-11-30');
  });
});
