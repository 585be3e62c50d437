import type { FunctionSpec } from '../functions/spec.ts';

/** The About text: every function with its summary, from the registry. */
export function aboutText(specs: readonly FunctionSpec[]): string {
  // The Apps Script bundle leaves summaries out (the formula helper shows them): then only signatures.
  const lines = specs.map((s) => `${s.name}(${s.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})${s.summary ? `\n  ${s.summary}` : ''}`);
  return `Goalpost: goal and KPI functions for Sheets.\n\n${lines.join('\n\n')}\n\nInsert the function guide (Extensions › Goalpost) to see each one working on the four worked examples.`;
}
