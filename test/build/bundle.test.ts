import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, instantFromSerial } from '../../src/core/dates.ts';
import { FUNCTION_SPECS } from '../../src/functions/index.ts';
import { MENU_ITEMS } from '../../src/sheet/menu.ts';
import { loadScript, readCode } from '../support/gas-context.ts';

const ZONE = 'Asia/Tokyo';
/** Midnight in the spreadsheet's zone, as Sheets passes a date cell. */
const midnight = (y: number, m: number, d: number) => instantFromSerial(dayFromYmd(y, m, d), ZONE);

function loadedWithSpreadsheet() {
  const gas = loadScript();
  gas.provide({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => ZONE }) } });
  return gas;
}

describe('dist/Code.js as Apps Script loads it', () => {
  it('parses as an ES2020 script (no modules, no newer syntax)', () => {
    expect(() => acorn.parse(readCode(), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  it('touches no Apps Script service while loading', () => {
    expect(() => loadScript()).not.toThrow();
    // The harness itself catches a script that does.
    expect(() => loadScript(`${readCode()}\nvar ss = SpreadsheetApp.getActiveSpreadsheet();`)).toThrow(/touched while the script loaded/);
  });

  it('runs in a process whose zone differs from the spreadsheet zone', () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
  });

  it('builds the add-on menu in AuthMode.NONE touching only the Ui', () => {
    const gas = loadScript();
    const items: string[][] = [];
    let added = false;
    const submenus: string[] = [];
    const menu = {
      addItem(caption: string, fn: string) {
        items.push([caption, fn]);
        return menu;
      },
      addSeparator: () => menu,
      addSubMenu: () => menu,
      addToUi: () => {
        added = true;
      },
    };
    const app = new Proxy(
      { getUi: () => ({ createAddonMenu: () => menu, createMenu: (caption: string) => (submenus.push(caption), menu) }) },
      {
        get(t, prop) {
          if (prop === 'getUi') return t.getUi;
          throw new Error(`SpreadsheetApp.${String(prop)} is not allowed in AuthMode.NONE`);
        },
      },
    );
    gas.provide({ SpreadsheetApp: app, ScriptApp: { AuthMode: { NONE: 'NONE' } } });
    gas.run('onOpen({ authMode: "NONE" })');
    expect(items).toEqual(MENU_ITEMS.map((i) => [i.caption, i.handler]));
    expect(submenus).toEqual(['New goal table']);
    expect(added).toBe(true);
    for (const { handler } of MENU_ITEMS) expect(gas.run(`typeof ${handler}`)).toBe('function');
  });

  it('exposes every registry function at top level', () => {
    const gas = loadScript();
    for (const spec of FUNCTION_SPECS) expect(gas.run(`typeof ${spec.name}`), spec.name).toBe('function');
  });

  it('computes a GOAL_STATUS column from 2-D arrays and Dates made in the script realm', () => {
    const gas = loadedWithSpreadsheet();
    const status = gas.run(`GOAL_STATUS([[500000],[40]], [[550000],[32]], [[520000],[36]],
      [[new Date(${midnight(2026, 1, 1)})],[new Date(${midnight(2026, 1, 1)})]],
      [[new Date(${midnight(2026, 3, 31)})],[new Date(${midnight(2026, 7, 1)})]],
      [[new Date(${midnight(2026, 2, 15)})],[new Date(${midnight(2026, 4, 1)})]])`);
    expect(JSON.parse(JSON.stringify(status))).toEqual([['At risk'], ['On track']]);
  });

  it('returns dates as Dates of the script realm at midnight in the spreadsheet zone', () => {
    const gas = loadedWithSpreadsheet();
    gas.run(`var eta = GOAL_ETA([[new Date(${midnight(2026, 1, 1)})],[new Date(${midnight(2026, 1, 16)})],[new Date(${midnight(2026, 1, 31)})],[new Date(${midnight(2026, 2, 15)})]],
      [[502000],[508000],[514000],[520000]], 550000)`);
    expect(gas.run('eta instanceof Date')).toBe(true);
    expect(gas.run<number>('eta.getTime()')).toBe(midnight(2026, 5, 1));
  });

  it('throws a message naming the function, the argument and the fix for bad single values', () => {
    const gas = loadedWithSpreadsheet();
    expect(() => gas.run('GOAL_PROGRESS(40, 40, 36)')).toThrow(/^GOAL_PROGRESS: target equals baseline \(40\).*"at least" or "at most"/);
    expect(() => gas.run('GOAL_PROGRESS("1,200", 40, 36)')).toThrow(/GOAL_PROGRESS: baseline "1,200" is not a plain number/);
  });

  it('shows every function with its arguments in About (summaries are in the formula helper, not the bundle)', () => {
    const gas = loadScript();
    let text = '';
    gas.provide({ SpreadsheetApp: { getUi: () => ({ alert: (t: string) => (text = t) }) } });
    gas.run('showAbout()');
    for (const spec of FUNCTION_SPECS) {
      expect(text).toContain(`${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`);
      expect(text).not.toContain(spec.summary);
    }
  });

  it('carries no parameter help, return text or examples: the stubs carry them for Sheets', () => {
    const body = readCode().split('// Entry points: triggers, menu items and the server API.')[0] ?? '';
    for (const spec of FUNCTION_SPECS) {
      expect(body).not.toContain(spec.summary);
      for (const p of spec.params) expect(body).not.toContain(p.description);
    }
  });
});
