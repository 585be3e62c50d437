/**
 * The server side of google.script.run: which functions a dialog may call (top-level
 * functions the script defined, not ending in "_"), and what crosses back: numbers,
 * strings, booleans, null, and arrays and plain objects of them. [DOC] platform §3: a Date
 * or other illegal value in a return value reaches the success handler as null
 * ([3P/UNCONFIRMED]); undefined inside arrays becomes null; a thrown error reaches the
 * failure handler as an Error with its message.
 */
import vm from 'node:vm';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type ScriptResult =
  | { readonly ok: true; readonly value?: Json; readonly warning?: string }
  | { readonly ok: false; readonly error: string };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Deeper than any real argument; keeps a hostile one from exhausting the stack. */
export const MAX_DEPTH = 64;

let builtins: Set<string> | undefined;

/** Top-level functions the script defined, not the realm's built-ins nor the injected services. */
export function scriptFunctionNames(context: vm.Context, injected: readonly string[]): Set<string> {
  builtins ??= new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', vm.createContext({})) as string[]);
  const names = vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[];
  const scope = context as Record<string, unknown>;
  return new Set(names.filter((n) => !builtins?.has(n) && !injected.includes(n) && IDENTIFIER.test(n) && !n.endsWith('_') && typeof scope[n] === 'function'));
}

/** Why a value cannot cross, with the property path Apps Script names; undefined when it can. */
export function illegalPath(value: unknown, path = '', depth = 0, seen = new Set<object>()): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return undefined;
  const here = path || '(the value itself)';
  if (typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return here;
  const proto = Object.getPrototypeOf(value) as object | null;
  // Checked structurally: values from the script's realm have that realm's prototypes.
  const plain = Array.isArray(value) || proto === null || Object.getPrototypeOf(proto) === null;
  if (!plain || Object.prototype.toString.call(value) !== (Array.isArray(value) ? '[object Array]' : '[object Object]')) return here;
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, v] of entries) {
    // Allowed: undefined becomes null in an array and is dropped from an object.
    if (v === undefined) continue;
    const found = illegalPath(v, path ? `${path}.${key}` : key, depth + 1, seen);
    if (found) return found;
  }
  seen.delete(value);
  return undefined;
}

/** A legal value as JSON: undefined in arrays becomes null, undefined properties are dropped. */
function toJson(value: unknown): Json {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toJson(v)));
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? null : (value as Json);
}

export function callScriptFunction(context: vm.Context, callable: ReadonlySet<string>, name: string, args: unknown): ScriptResult {
  if (!callable.has(name)) return { ok: false, error: `Script function not found: ${name}` };
  if (!Array.isArray(args)) return { ok: false, error: 'args: expected an array of arguments' };
  const bad = illegalPath(args);
  if (bad) return { ok: false, error: `Failed due to illegal value in property: ${bad}` };
  // Arguments are rebuilt inside the script's realm, so they are its own arrays and objects.
  const parse = vm.runInContext('JSON.parse', context) as (text: string) => unknown[];
  const fn = (context as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;
  let value: unknown;
  try {
    value = fn.apply(undefined, parse(JSON.stringify(args)));
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, error: typeof message === 'string' ? message : String(error) };
  }
  if (value === undefined) return { ok: true };
  const illegal = illegalPath(value);
  if (illegal) return { ok: true, value: null, warning: `${name} returned an illegal value at ${illegal} (a Date, function or object that is not plain): the success handler receives null, as in Apps Script.` };
  return { ok: true, value: toJson(value) };
}
