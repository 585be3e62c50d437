import type { FunctionSpec } from '../src/functions/spec.ts';

/** Keeps generated comments well-formed whatever the registry's text holds. */
const safe = (text: string) => text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function checkName(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`registry name "${name}" is not a JavaScript identifier`);
  return name;
}

/** A top-level function with the JSDoc Sheets reads for autocomplete, delegating to the bundle's namespace. */
export function customFunctionStub(spec: FunctionSpec, namespace: string): string {
  const params = spec.params.map((p) => checkName(p.name));
  const docs = spec.params.map((p) => {
    // Sheets' formula helper shows the description: say there what the argument takes.
    const accepts = p.acceptsRange ? 'One cell or a range.' : 'One cell.';
    return ` * @param {*} ${p.name} ${safe(p.description)} ${accepts}`;
  });
  return [
    '/**',
    ` * ${safe(spec.summary)}`,
    ' *',
    ...docs,
    ` * @return ${safe(spec.returns)}`,
    ' * @customfunction',
    ' */',
    `function ${checkName(spec.name)}(${params.join(', ')}) {`,
    `  return ${namespace}.functions.${spec.name}.apply(null, arguments);`,
    '}',
  ].join('\n');
}

/** A plain entry point (trigger, menu handler, google.script.run target), passing every argument to the namespace's `entryPoints` object. */
export function entryPointStub(name: string, namespace: string): string {
  return [`function ${checkName(name)}(e) {`, `  return ${namespace}.entryPoints.${name}.apply(null, arguments);`, '}'].join('\n');
}

export function stubsFor(specs: readonly FunctionSpec[], entryPoints: readonly string[], namespace: string): string {
  const entries = entryPoints.map((n) => entryPointStub(n, namespace)).join('\n');
  return [`// Entry points: triggers, menu items and the server API.\n${entries}`, ...specs.map((s) => customFunctionStub(s, namespace))].join('\n\n');
}
