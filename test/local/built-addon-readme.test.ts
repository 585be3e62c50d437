/**
 * The README's server API examples against the built add-on (dist/Code.js, what clasp
 * pushes) on the local spreadsheet: the bundle runs in a realm of its own, as Apps Script's
 * services hand it values from theirs, so a check that holds in the source's realm only
 * (`instanceof Date` on a cell's value) shows here.
 */
import { describe, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { loadScript } from '../support/gas-context.ts';
import { addHandMade } from '../support/hand-made.ts';
import { expectExamples } from '../support/readme-examples.ts';

describe('README: server API examples, in dist/Code.js', () => {
  it('gives what each example shows', () => {
    const s = createLocalServices({ timeZone: 'Etc/UTC' });
    const script = loadScript();
    script.provide({ SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService, HtmlService: s.HtmlService, Session: s.Session, ScriptApp: s.ScriptApp });
    script.run(`Date.now = function () { return ${Date.UTC(2026, 10, 29, 12)}; }`);
    script.run('newRetailTable()');
    addHandMade(s.SpreadsheetApp as unknown as SpreadsheetAppPort);
    // goalpostRpc as google.script.run calls it: arguments arrive as JSON-plain values; what returns is read as JSON.
    expectExamples((method, params) => JSON.parse(JSON.stringify(script.run(`goalpostRpc.apply(null, ${JSON.stringify(params === undefined ? [method] : [method, params])})`))));
  });
});
