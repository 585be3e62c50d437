/**
 * The README's server API examples, run in order on a Retail table made on 2026-11-29 (and a
 * hand-made sheet beside it to adopt, test/support/hand-made.ts): each
 * request's result must match the one printed. A printed result may leave fields and list
 * items out (marked … there): every field it shows must match, every list item it shows
 * must match one of the list's items, and an empty list shown must be empty.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { addHandMade } from '../support/hand-made.ts';
import { withTable } from './helpers.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = README.slice(README.indexOf('## Server API'), README.indexOf('## Custom functions'));
const examples = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => {
  const [call, result] = (m[1] as string).split('// ⇒');
  return { call: (call as string).trim(), result: (result as string).trim() };
});

/** Whether `actual` has everything `shown` shows. */
function shows(actual: unknown, shown: unknown): boolean {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return false;
    // An empty list shown is an empty list; items shown must each be among the list's items.
    return shown.length === 0 ? actual.length === 0 : shown.every((s) => actual.some((a) => shows(a, s)));
  }
  if (typeof shown === 'object' && shown !== null) {
    return typeof actual === 'object' && actual !== null && Object.entries(shown).every(([k, v]) => shows((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, shown);
}

describe('README: server API examples', () => {
  it('has one example per method and a refused request', () => {
    expect(examples.map((e) => /goalpostRpc\('(\w+)'/.exec(e.call)?.[1])).toEqual(['listGoals', 'getGoal', 'checkIn', 'correctCheckIn', 'reviseTarget', 'adoptSheet', 'refresh', 'getSettings', 'saveSettings',
      'previewGoal', 'parseGoal', 'createGoal', 'updateGoal', 'selectGoal', 'archiveGoal', 'createTable', 'checkIn']);
  });

  it('gives what each example shows', () => {
    const a = withTable('Retail');
    addHandMade(a.app);
    const context = vm.createContext({ goalpostRpc: (method: unknown, params: unknown) => JSON.parse(JSON.stringify(a.raw(method, params))) });
    for (const e of examples) {
      const actual = vm.runInContext(e.call, context) as unknown;
      const shown = vm.runInContext(e.result, context) as unknown;
      expect(shows(actual, shown), `${e.call}\n gave ${JSON.stringify(actual)}`).toBe(true);
    }
  }, 60_000);

  it('the matcher is not a pushover', () => {
    expect(shows({ a: 1, b: [1, 2] }, { b: [2] })).toBe(true);
    expect(shows({ a: 1, b: [1, 2] }, { b: [3] })).toBe(false);
    expect(shows({ a: 1 }, { a: 1, c: null })).toBe(false);
    expect(shows({ b: [1] }, { b: [] })).toBe(false);
  });
});
