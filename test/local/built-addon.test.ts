/**
 * The built add-on (dist/Code.js, what clasp pushes) running on the local spreadsheet: its
 * entry points read the service globals, here the local services. This is the preview path.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { GUIDE_SHEET } from '../../src/sheet/function-guide-layout.ts';
import { loadScript } from '../support/gas-context.ts';

describe('dist/Code.js on the local spreadsheet', () => {
  it('onOpen builds the menu; the menu item inserts a guide whose formulas all compute', () => {
    const s = createLocalServices({ timeZone: 'Asia/Kolkata' });
    const script = loadScript();
    script.provide({ SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService, HtmlService: s.HtmlService, Session: s.Session, ScriptApp: s.ScriptApp });
    script.run('onOpen()');
    const items = s.local.ui.menus()[0]?.items ?? [];
    expect(items.map((i) => i.caption)).toEqual(['Open sidebar', 'New goal table', 'Adopt this sheet', 'Check in', 'Refresh', 'Insert function guide', 'About Goalpost']);
    expect(items[1]?.subMenu?.items.map((i) => i.functionName)).toEqual(['newRetailTable', 'newHealthcareTable', 'newManufacturingTable', 'newSoftwareTable', 'newBlankTable']);
    script.run('insertFunctionGuide()');
    expect(s.local.formulaErrors(GUIDE_SHEET)).toEqual({});
    const dates = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(GUIDE_SHEET)?.getRange('F5:H5').getDisplayValues();
    expect(dates).toEqual([['2026-01-01', '2026-03-31', '2026-02-15']]);
    script.run('showAbout()');
    expect(s.local.ui.alerts()[0]?.prompt).toMatch(/^Goalpost: goal and KPI functions/);
  });
});

describe('goal tables from the built add-on, on the local spreadsheet', () => {
  const NOV_29 = Date.UTC(2026, 10, 29, 12);
  function addon(timeZone = 'Etc/UTC') {
    const s = createLocalServices({ timeZone });
    const script = loadScript();
    script.provide({ SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService, HtmlService: s.HtmlService, Session: s.Session, ScriptApp: s.ScriptApp });
    script.run(`Date.now = function () { return ${NOV_29}; }`);
    return { s, script };
  }

  it('New goal table ▸ Retail, then Refresh: the table computes, a toast says so', () => {
    const { s, script } = addon();
    script.run('newRetailTable()');
    const sheet = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Retail goals');
    expect(sheet?.getRange('S3:S6').getValues().map((r) => r[0])).toEqual(['On track', 'On track', 'At risk', 'Achieved']);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
    script.run('refreshTables()');
    expect(s.local.ui.toasts().at(-1)?.message).toBe('1 goal table(s) refreshed.');
  });

  it('Refresh without a goal table changes nothing and says how to make one', () => {
    const { s, script } = addon();
    const before = s.saveJson();
    script.run('refreshTables()');
    expect(s.saveJson()).toBe(before);
    expect(s.local.ui.alerts().at(-1)?.prompt).toBe('This spreadsheet has no goal table yet: make one with Extensions › Goalpost › New goal table, or open a sheet that lists your goals and use Adopt this sheet');
  });

  it('onOpen in AuthMode.NONE builds the menu and writes nothing; in LIMITED it moves the as-of date to today', () => {
    const { s, script } = addon();
    script.run('newBlankTable()');
    const settings = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Goalpost settings');
    settings?.getRange('B3').setValue('2026-01-01');
    script.run('onOpen({ authMode: ScriptApp.AuthMode.NONE })');
    expect(settings?.getRange('B3').getDisplayValue()).toBe('2026-01-01');
    script.run('onOpen({ authMode: ScriptApp.AuthMode.LIMITED })');
    expect(settings?.getRange('B3').getDisplayValue()).toBe('2026-11-29');
  });

  it('a busy document lock is a clear "try again", and nothing is written', () => {
    const { s, script } = addon();
    s.local.lock.holdByOtherExecution('document');
    script.run('newRetailTable()');
    expect(s.local.ui.alerts().at(-1)?.prompt).toBe('Goalpost is busy with another change to this spreadsheet. Try again in a moment.');
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((x) => x.getName())).toEqual(['Sheet1']);
  });

  it('every menu item that writes waits for the lock: a busy lock leaves the function guide unwritten, with the same "try again"', () => {
    const { s, script } = addon();
    s.local.lock.holdByOtherExecution('document');
    script.run('insertFunctionGuide()');
    expect(s.local.ui.alerts().at(-1)?.prompt).toBe('Goalpost is busy with another change to this spreadsheet. Try again in a moment.');
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((x) => x.getName())).toEqual(['Sheet1']);
  });

  it('onOpen with a busy lock opens no dialog (LIMITED mode cannot): the menu is built and the as-of date waits for the next open or Refresh', () => {
    const { s, script } = addon();
    script.run('newBlankTable()');
    const settings = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Goalpost settings');
    settings?.getRange('B3').setValue('2026-01-01');
    const alerts = s.local.ui.alerts().length;
    s.local.lock.holdByOtherExecution('document');
    for (const mode of ['LIMITED', 'FULL']) script.run(`onOpen({ authMode: ScriptApp.AuthMode.${mode} })`);
    expect(s.local.ui.alerts()).toHaveLength(alerts);
    expect(s.local.ui.menus().length).toBeGreaterThan(0);
    expect(settings?.getRange('B3').getDisplayValue()).toBe('2026-01-01');
  });
});
