/**
 * Custom functions the platform cases call, to observe how Sheets passes arguments and
 * shows results. The platform-cases build emits them as top-level functions with
 * @customfunction JSDoc; locally they are registered with the engine.
 */
import type { CustomFunction, FunctionEnv, FunctionSpec } from '../../src/functions/spec.ts';

function kind(a: unknown, timeZone: string): string {
  if (a === undefined) return 'undefined';
  if (a === null) return 'null';
  if (Array.isArray(a)) {
    const first = a[0];
    return `array ${a.length}x${Array.isArray(first) ? first.length : 0}[${a.flat().map((x) => kind(x, timeZone)).join(' ')}]`;
  }
  if (Object.prototype.toString.call(a) === '[object Date]') {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(a as Date);
    return `date ${parts.replace(',', '')}`;
  }
  if (a === '') return 'blank';
  return typeof a;
}

export const PLATFORM_FUNCTIONS: Readonly<Record<string, { readonly params: readonly string[]; readonly make: (env: FunctionEnv) => CustomFunction }>> = {
  PLATFORM_KIND: { params: ['a', 'b', 'c'], make: (env) => (a, b, c) => [a, b, c].map((x) => kind(x, env.timeZone())).join(', ') },
  PLATFORM_BOOM: { params: ['message'], make: () => (message) => { throw new Error(String(message)); } },
  PLATFORM_SEQ: { params: ['count'], make: () => (n) => Array.from({ length: Number(n) }, (_, i) => [i + 1]) },
  PLATFORM_NEXT_DAY: {
    params: ['date'],
    make: () => (d) => (Object.prototype.toString.call(d) === '[object Date]' ? new Date((d as Date).getTime() + 86_400_000) : 'not a date'),
  },
};

export const PLATFORM_SPECS: readonly FunctionSpec[] = Object.entries(PLATFORM_FUNCTIONS).map(([name, f]) => ({
  name,
  summary: `Platform probe ${name}.`,
  params: f.params.map((p) => ({ name: p, description: p, acceptsRange: true, optional: true })),
  returns: 'A probe result.',
}));

export function bindPlatformFunctions(env: FunctionEnv): Record<string, CustomFunction> {
  return Object.fromEntries(Object.entries(PLATFORM_FUNCTIONS).map(([name, f]) => [name, f.make(env)]));
}
