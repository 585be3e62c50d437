/**
 * The README's server API examples, run in order on a Retail table made on 2026-11-29 (and a
 * hand-made sheet beside it to adopt, test/support/hand-made.ts): each request's result
 * must match the one printed (test/support/readme-examples.ts). The built bundle runs them
 * too: test/local/built-addon-readme.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addHandMade } from '../support/hand-made.ts';
import { examples, expectExamples, shows } from '../support/readme-examples.ts';
import { withTable } from './helpers.ts';

describe('README: server API examples', () => {
  it('has one example per method and a refused request', () => {
    expect(examples.map((e) => /goalpostRpc\('(\w+)'/.exec(e.call)?.[1])).toEqual(['listGoals', 'getGoal', 'checkIn', 'correctCheckIn', 'reviseTarget', 'adoptSheet', 'refresh', 'getSettings', 'saveSettings',
      'previewGoal', 'parseGoal', 'createGoal', 'updateGoal', 'selectGoal', 'archiveGoal', 'createTable', 'checkIn']);
  });

  it('gives what each example shows', () => {
    const a = withTable('Retail');
    addHandMade(a.app);
    expectExamples((method, params) => JSON.parse(JSON.stringify(a.raw(method, params))));
  }, 60_000);

  it('the matcher is not a pushover', () => {
    expect(shows({ a: 1, b: [1, 2] }, { b: [2] })).toBe(true);
    expect(shows({ a: 1, b: [1, 2] }, { b: [3] })).toBe(false);
    expect(shows({ a: 1 }, { a: 1, c: null })).toBe(false);
    expect(shows({ b: [1] }, { b: [] })).toBe(false);
  });
});
