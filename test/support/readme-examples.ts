/**
 * The README's server API examples: each `goalpostRpc(…)` call and the result printed after
 * `// ⇒`. A printed result may leave fields and list items out (marked … there): every field
 * it shows must match, every list item it shows must match one of the list's items, and an
 * empty list shown must be empty. Run against the source (test/server/readme-examples.test.ts)
 * and against the built bundle (test/local/built-addon-readme.test.ts).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { expect } from 'vitest';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = README.slice(README.indexOf('## Server API'), README.indexOf('## Custom functions'));

export const examples = [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => {
  const [call, result] = (m[1] as string).split('// ⇒');
  return { call: (call as string).trim(), result: (result as string).trim() };
});

/** Whether `actual` has everything `shown` shows. */
export function shows(actual: unknown, shown: unknown): boolean {
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

/** Runs every example, in order, through `rpc` (goalpostRpc as the client calls it: JSON in, JSON out). */
export function expectExamples(rpc: (method: unknown, params: unknown) => unknown): void {
  const context = vm.createContext({ goalpostRpc: rpc });
  for (const e of examples) {
    const actual = vm.runInContext(e.call, context) as unknown;
    const shown = vm.runInContext(e.result, context) as unknown;
    expect(shows(actual, shown), `${e.call}\n gave ${JSON.stringify(actual)}`).toBe(true);
  }
}
