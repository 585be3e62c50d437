/**
 * The server API in the built add-on (dist/Code.js, what clasp pushes), on the local
 * spreadsheet: goalpostRpc is a top-level function google.script.run can call, it reads
 * the service globals only when called, and hostile calls come back as error values.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { loadScript } from '../support/gas-context.ts';

const NOV_29 = Date.UTC(2026, 10, 29, 12);

function addon() {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  const script = loadScript();
  script.provide({ SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService, HtmlService: s.HtmlService, Session: s.Session, ScriptApp: s.ScriptApp });
  script.run(`Date.now = function () { return ${NOV_29}; }`);
  /** goalpostRpc as google.script.run calls it: arguments arrive as JSON-plain values; what returns is read as JSON. */
  const rpc = (...args: unknown[]): unknown => JSON.parse(JSON.stringify(script.run(`goalpostRpc.apply(null, ${JSON.stringify(args)})`)));
  return { s, script, rpc };
}

describe('goalpostRpc in dist/Code.js', () => {
  it('checks in on a table the menu made, and lists the goal as recomputed', () => {
    const { s, script, rpc } = addon();
    script.run('newRetailTable()');
    expect(rpc('checkIn', { tableId: 'T1', goalId: 'R2', value: 44.1, confidence: 6 })).toEqual({
      ok: true,
      value: { reading: { row: 20, date: '2026-11-29', goalId: 'R2', value: 44.1, confidence: 6, note: '', who: 'Merchandising' }, confidenceShown: true },
    });
    const list = rpc('listGoals') as { ok: true; value: { goals: { id: string; current: number; status: string; confidence: number }[] } };
    expect(list.value.goals.find((g) => g.id === 'R2')).toMatchObject({ current: 44.1, status: 'At risk', confidence: 6 });
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
  });

  it('answers hostile calls with error values, never an exception', () => {
    const { script, rpc } = addon();
    script.run('newRetailTable()');
    const calls: unknown[][] = [[], [{}], ['checkIn', '<script>alert(1)</script>'], ['listGoals', { all: true }], ['reviseTarget', { tableId: 'T1', goalId: 'R1', target: '=1/0', reason: 'x' }], ['checkIn', { tableId: 'T1', goalId: 'R1', value: 1, note: 'x'.repeat(10_000) }]];
    expect(calls.map((args) => (rpc(...args) as { ok: boolean; error?: { code: string } }).error?.code)).toEqual(['unknown-method', 'unknown-method', 'invalid-param', 'invalid-param', 'invalid-param', 'invalid-param']);
  });

  it('checks the parameters before touching any service', () => {
    // loadScript's service globals throw when touched: a refused request must not reach them.
    const script = loadScript();
    const r = JSON.parse(JSON.stringify(script.run(`goalpostRpc('checkIn', { tableId: 'T1', goalId: 'R2', value: 'lots' })`)));
    expect(r).toEqual({ ok: false, error: { code: 'invalid-param', field: 'value', message: 'value is "lots": give a number' } });
  });

  it('a busy document lock comes back as "try again", not an alert', () => {
    const { s, script, rpc } = addon();
    script.run('newRetailTable()');
    s.local.lock.holdByOtherExecution('document');
    expect(rpc('checkIn', { tableId: 'T1', goalId: 'R2', value: 44 })).toEqual({ ok: false, error: { code: 'busy', message: 'Goalpost is busy with another change to this spreadsheet. Try again in a moment.' } });
    expect(s.local.ui.alerts()).toEqual([]);
  });
});
