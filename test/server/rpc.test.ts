/**
 * goalpostRpc(method, params): the method and its parameters are checked before anything
 * runs, every outcome is an RpcResult (an exception included), and what comes back
 * survives google.script.run (JSON-plain: no Date, no undefined).
 */
import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/contract/params.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { dispatch } from '../../src/server/rpc.ts';
import { api, value, withTable } from './helpers.ts';

const METHOD_LIST =
  'listGoals, getGoal, previewGoal, parseGoal, createGoal, updateGoal, archiveGoal, checkIn, correctCheckIn, reviseTarget, createTable, adoptSheet, refresh, selectGoal, getSettings, saveSettings';

describe('the method', () => {
  it.each([['checkin', '"checkin"'], ['', '""'], [42, '42'], [null, 'null'], [undefined, 'missing'], [{}, 'an object'], ['constructor', '"constructor"'], ['__proto__', '"__proto__"'], ['toString', '"toString"']])(
    '%j is refused, naming the methods there are',
    (method, shown) => {
      const a = withTable();
      const before = a.s.saveJson();
      expect(a.raw(method, {})).toEqual({ ok: false, error: { code: 'unknown-method', message: `${shown} is not a Goalpost method: use one of ${METHOD_LIST}` } });
      expect(a.s.saveJson()).toBe(before);
    },
  );
});

describe('the parameters', () => {
  const checkIn = { tableId: 'T1', goalId: 'R2', value: 44 };
  it.each<[string, unknown, string, string]>([
    ['missing altogether', undefined, 'tableId', 'tableId is missing: give text'],
    ['not an object', 'T1', 'params', 'params is "T1": give an object of named parameters'],
    ['a list', [checkIn], 'params', 'params is a list: give an object of named parameters'],
    ['a value as text', { ...checkIn, value: '44' }, 'value', 'value is "44": give a number'],
    ['a value too large to compute with', { ...checkIn, value: 1e301 }, 'value', 'value is too large or too small: give 0 or a number whose size is between 1e-300 and 1e+300'],
    ['an infinite value', { ...checkIn, value: Number.POSITIVE_INFINITY }, 'value', 'value is an infinite number: give a number'],
    ['a blank goal id', { ...checkIn, goalId: '  ' }, 'goalId', 'goalId is blank: fill it in'],
    ['a huge note', { ...checkIn, note: 'x'.repeat(100_000) }, 'note', 'note is longer than 2000 characters: shorten it'],
    ['a confidence out of 1–10', { ...checkIn, confidence: 11 }, 'confidence', 'confidence is above 10: give 10 or less'],
    ['a confidence that is not whole', { ...checkIn, confidence: 6.5 }, 'confidence', 'confidence is 6.5: give a whole number'],
    ['a date that is no day', { ...checkIn, date: '2026-02-29' }, 'date', 'date is not a day written yyyy-mm-dd, such as 2026-03-31'],
    ['a date with a time', { ...checkIn, date: '2026-11-20T00:00:00Z' }, 'date', 'date is not a day written yyyy-mm-dd, such as 2026-03-31'],
    ['a huge date', { ...checkIn, date: '2026-11-20'.repeat(10_000) }, 'date', 'date is not a day written yyyy-mm-dd, such as 2026-03-31'],
    ['a misspelt name', { ...checkIn, Value: 44 }, 'Value', 'Value is not a parameter of checkIn: remove it (names are case-sensitive)'],
    ['an unknown action', { action: 'undo', tableId: 'T1', row: 20, was: { date: '2026-11-29', goalId: 'R2', value: 44 } }, 'action', 'action is "undo": give one of "correct", "delete"'],
  ])('%s: an invalid-param error naming the field, and nothing written', (_name, params, field, message) => {
    const a = withTable();
    const method = _name === 'an unknown action' ? 'correctCheckIn' : 'checkIn';
    const before = a.s.saveJson();
    expect(a.raw(method, params)).toEqual({ ok: false, error: { code: 'invalid-param', field, message } });
    expect(a.s.saveJson()).toBe(before);
  });

  it('a text of the wrong form is described by its own schema: a column is not a colour', () => {
    const a = withTable();
    expect(a.raw('adoptSheet', { sheetName: 'Retail goals', mapping: { notes: 'h1' } })).toEqual({
      ok: false, error: { code: 'invalid-param', field: 'mapping.notes', message: 'mapping.notes is "h1": give a column\'s letters, such as C or AB' },
    });
    expect(a.raw('saveSettings', { statusColours: { Achieved: 'green' } })).toEqual({
      ok: false, error: { code: 'invalid-param', field: 'statusColours.Achieved', message: 'statusColours.Achieved is "green": give a colour written #rrggbb, such as #34a853' },
    });
  });

  it('a method without parameters takes none, or an empty object', () => {
    const a = withTable();
    expect(a.call('listGoals').ok).toBe(true);
    expect(a.call('listGoals', {}).ok).toBe(true);
    expect(a.call('listGoals', { all: true })).toMatchObject({ ok: false, error: { field: 'all' } });
  });
});

describe('never throws', () => {
  it('an exception from a service is a server-error result', () => {
    const a = api();
    const broken = { ...a.ctx, app: { getActiveSpreadsheet: () => { throw new Error('Service Spreadsheets failed while accessing document'); } } as unknown as SpreadsheetAppPort };
    expect(dispatch(() => broken, 'listGoals', {})).toEqual({
      ok: false,
      error: { code: 'server-error', message: 'Goalpost failed unexpectedly (Error: Service Spreadsheets failed while accessing document): reload, check the sheet, and try again' },
    });
    const throwsNothing = { ...a.ctx, today: () => { throw { toString: () => { throw new Error('worse'); } }; } };
    expect(dispatch(() => throwsNothing, 'checkIn', { tableId: 'T1', goalId: 'R1', value: 1 })).toMatchObject({ ok: false, error: { code: 'server-error', message: expect.stringContaining('an unreadable error') } });
  });

  it('services that cannot even be wired in (a missing global) are a server-error result', () => {
    expect(dispatch(() => { throw new ReferenceError('SpreadsheetApp is not defined'); }, 'listGoals', {})).toMatchObject({
      ok: false,
      error: { code: 'server-error', message: 'Goalpost failed unexpectedly (ReferenceError: SpreadsheetApp is not defined): reload, check the sheet, and try again' },
    });
  });

  it('an exception in the middle of a write lets go of the lock', () => {
    const a = withTable();
    const lock = a.s.LockService.getDocumentLock();
    const ctx = { ...a.ctx, userProperties: () => { throw new Error('quota'); } };
    expect(dispatch(() => ctx, 'checkIn', { tableId: 'T1', goalId: 'R2', value: 44 })).toMatchObject({ ok: false, error: { code: 'server-error' } });
    expect(lock.hasLock()).toBe(false);
    expect(a.s.local.lock.holder()).toBeNull();
  });
});

describe('what comes back crosses google.script.run unchanged', () => {
  /** No Date, undefined, NaN, function or class instance anywhere: what JSON keeps is all there is. */
  function plain(v: unknown, path = 'result'): string[] {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return [];
    if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path} is ${v}`];
    if (Array.isArray(v)) return v.flatMap((x, i) => plain(x, `${path}[${i}]`));
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.entries(v as object).flatMap(([k, x]) => plain(x, `${path}.${k}`));
    return [`${path} is ${v === undefined ? 'undefined' : Object.prototype.toString.call(v)}`];
  }

  it('for every method, success and failure alike', () => {
    const a = withTable();
    const R2 = { tableId: 'T1', goalId: 'R2' };
    const results: { ok: boolean }[] = [
      a.call('listGoals'),
      a.call('getGoal', R2),
      a.call('checkIn', { ...R2, value: 45, confidence: 6 }),
      a.call('correctCheckIn', { action: 'correct', tableId: 'T1', row: 20, was: { date: '2026-11-29', goalId: 'R2', value: 45 }, value: 44, date: '2026-11-28' }),
      a.call('correctCheckIn', { action: 'delete', tableId: 'T1', row: 20, was: { date: '2026-11-28', goalId: 'R2', value: 44 } }),
      a.call('reviseTarget', { ...R2, target: 47, reason: 'x' }),
      a.call('getGoal', R2),
      a.call('refresh'),
      a.call('getSettings'),
      a.call('saveSettings', { pinned: true }),
      a.call('checkIn', { ...R2, value: 'x' }),
      a.raw('nope') as { ok: boolean },
    ];
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    for (const r of results) {
      expect(plain(r)).toEqual([]);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });
});

it('METHODS lists each method once', () => {
  expect(new Set(METHODS).size).toBe(METHODS.length);
  expect(METHODS.join(', ')).toBe(METHOD_LIST);
  expect(value(api().call('getSettings')).exists).toBe(false);
});
