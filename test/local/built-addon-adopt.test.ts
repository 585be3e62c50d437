/** Adopt this sheet, from the built add-on (dist/Code.js) on the local spreadsheet: the automatic mapping, its report, and a refusal that writes nothing. */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { loadScript } from '../support/gas-context.ts';
import { addHandMade } from '../support/hand-made.ts';

function addon() {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  const script = loadScript();
  script.provide({ SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService, HtmlService: s.HtmlService, Session: s.Session, ScriptApp: s.ScriptApp });
  script.run(`Date.now = function () { return ${Date.UTC(2026, 10, 29, 12)}; }`);
  return { s, script, app: s.SpreadsheetApp as unknown as SpreadsheetAppPort };
}

describe('Adopt this sheet', () => {
  it('adopts the active sheet with the automatic mapping and shows the report', () => {
    const { s, script, app } = addon();
    const sheet = addHandMade(app);
    script.run('adoptThisSheet()');
    const prompt = s.local.ui.alerts().at(-1)?.prompt ?? '';
    expect(prompt).toMatch(/^Goalpost made "Hand made" a goal table \(header row 2\):/);
    expect(prompt).toContain('"Region" (H)');
    expect(prompt).toContain('"Actual" (E) stays yours');
    // Inserting the KPI log does not take the person away from their sheet.
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Hand made');
    expect(sheet.getRange('M3:M6').getValues().map((r) => r[0])).toEqual(['At risk', 'On track', 'Off track', 'Achieved']);
    // The Bar cells draw at once: they read the status from inside SPARKLINE's option literal.
    expect(s.local.formulaErrors('Hand made')).toEqual({});
  });

  it('on a sheet adopted already, says so in a sentence (no parameter name in the alert)', () => {
    const { s, script, app } = addon();
    addHandMade(app);
    script.run('adoptThisSheet()');
    script.run('adoptThisSheet()');
    expect(s.local.ui.alerts().at(-1)?.prompt).toBe('Hand made is goal table T1 already: use Refresh to bring its columns back, or adopt another sheet');
  });

  it('refuses a sheet without a target column, saying what to do, and writes nothing', () => {
    const { s, script, app } = addon();
    addHandMade(app, ['Goal value']);
    const before = s.saveJson();
    script.run('adoptThisSheet()');
    expect(s.local.ui.alerts().at(-1)?.prompt).toBe('Hand made cannot become a goal table: no column gives the target, the value to reach (a header such as Target or Goal value): rename that column\'s header (or map it), then adopt again; nothing was changed');
    expect(s.saveJson()).toBe(before);
  });
});
