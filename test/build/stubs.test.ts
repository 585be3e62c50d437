import * as acorn from 'acorn';
import { describe, expect, it } from 'vitest';
import { FUNCTION_SPECS } from '../../src/functions/index.ts';
import { entryPoints } from '../../src/gas/main.ts';
import { readCode } from '../support/gas-context.ts';

interface Stub {
  name: string;
  params: string[];
  jsdoc: string | undefined;
}

/** Top-level function declarations of Code.js with the block comment right above each. */
function stubs(): Stub[] {
  const code = readCode();
  const comments: acorn.Comment[] = [];
  const ast = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });
  return ast.body.flatMap((node) => {
    if (node.type !== 'FunctionDeclaration' || !node.id) return [];
    const before = comments.filter((c) => c.type === 'Block' && c.end <= node.start).at(-1);
    const adjacent = before && code.slice(before.end, node.start).trim() === '' ? before.value : undefined;
    return [{ name: node.id.name, params: node.params.map((p) => (p.type === 'Identifier' ? p.name : '?')), jsdoc: adjacent }];
  });
}

describe('custom-function stubs in dist/Code.js', () => {
  const all = stubs();
  const custom = all.filter((s) => s.jsdoc?.includes('@customfunction'));

  it('has exactly one stub with @customfunction JSDoc per registry entry', () => {
    for (const spec of FUNCTION_SPECS) expect(custom.filter((s) => s.name === spec.name), spec.name).toHaveLength(1);
  });

  it('has a registry entry for every @customfunction stub', () => {
    const names = new Set(FUNCTION_SPECS.map((s) => s.name));
    for (const s of custom) expect(names.has(s.name), s.name).toBe(true);
  });

  it('declares nothing at top level but the entry points and the custom functions', () => {
    expect(all.map((s) => s.name).sort()).toEqual([...Object.keys(entryPoints), ...FUNCTION_SPECS.map((s) => s.name)].sort());
  });

  it.each(FUNCTION_SPECS.map((s) => [s.name, s] as const))('%s JSDoc has the summary, every @param in order, @return', (name, spec) => {
    const stub = custom.find((s) => s.name === name);
    expect(stub?.params).toEqual(spec.params.map((p) => p.name));
    const doc = stub?.jsdoc ?? '';
    expect(doc).toContain(spec.summary);
    const documented = [...doc.matchAll(/@param \{[^}]*\} (\w+) (.*)/g)].map((m) => m[1]);
    expect(documented).toEqual(spec.params.map((p) => p.name));
    for (const line of doc.match(/@param .*/g) ?? []) expect(line).toMatch(/One cell or a range\.$/);
    expect(doc).toMatch(/@return \S/);
  });
});
