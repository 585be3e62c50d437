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
    expect(s.local.ui.menus()[0]?.items.map((i) => i.functionName)).toEqual(['insertFunctionGuide', 'showAbout']);
    script.run('insertFunctionGuide()');
    expect(s.local.formulaErrors(GUIDE_SHEET)).toEqual({});
    const dates = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(GUIDE_SHEET)?.getRange('F5:H5').getDisplayValues();
    expect(dates).toEqual([['2026-01-01', '2026-03-31', '2026-02-15']]);
    script.run('showAbout()');
    expect(s.local.ui.alerts()[0]?.prompt).toMatch(/^Goalpost: goal and KPI functions/);
  });
});
