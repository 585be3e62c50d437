import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromInstant, isoFromDay } from '../../src/core/dates.ts';
import { bindCustomFunctions, ENTRIES } from '../../src/functions/index.ts';
import { functionReference } from '../../scripts/readme.ts';
import { parseFormula } from '../support/literal-formula.ts';

const ZONE = 'Asia/Tokyo';
const fns = bindCustomFunctions({ timeZone: () => ZONE });

/** Dates compare as the ISO day they show in the spreadsheet's zone. */
const shown = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(shown) : v instanceof Date ? isoFromDay(dayFromInstant(v.getTime(), ZONE)) : v;

describe('every registry example computes its hand-worked value', () => {
  it.each(ENTRIES.map((e) => [e.name, e] as const))('%s', (name, entry) => {
    const call = parseFormula(entry.example.formula, ZONE);
    expect(call.name).toBe(name);
    const result = shown(fns[name]?.(...call.args));
    if (typeof entry.example.expected === 'number') expect(result).toBeCloseTo(entry.example.expected, 9);
    else expect(result).toEqual(entry.example.expected);
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('carries the function reference generated from the registry (run `npm run docs` after changing it)', () => {
    expect(readme).toContain(functionReference(ENTRIES));
  });

  it.each(ENTRIES.map((e) => e.name))('documents %s with its example', (name) => {
    const entry = ENTRIES.find((e) => e.name === name);
    expect(readme).toContain(`### ${name}(`);
    expect(readme).toContain(entry?.example.formula);
  });
});
