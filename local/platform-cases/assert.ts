/**
 * A tiny assert for the platform cases, so the same cases run under vitest and inside Apps
 * Script (no node:assert there). Failures throw PlatformFailure with a readable message.
 */

export class PlatformFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformFailure';
  }
}

function show(v: unknown): string {
  if (v instanceof Date) return `Date(${v.toISOString()})`;
  try {
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Date ? `Date(${x.toISOString()})` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

export function equal(actual: unknown, expected: unknown, what = 'value'): void {
  if (!same(actual, expected)) throw new PlatformFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function ok(condition: boolean, message: string): void {
  if (!condition) throw new PlatformFailure(message);
}

/** Runs fn and checks it throws an error whose message starts with `start`. */
export function throwsStarting(fn: () => unknown, start: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  if (error === undefined) throw new PlatformFailure(`expected an error starting "${start}", nothing was thrown`);
  const message = error instanceof Error ? error.message : String(error);
  // Apps Script prefixes some messages with "Exception: ".
  const text = message.replace(/^Exception: /, '');
  if (!text.startsWith(start)) throw new PlatformFailure(`expected an error starting "${start}", got "${message}"`);
}
