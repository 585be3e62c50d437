import { dayFromInstant, parseIsoDay, type Day } from '../core/dates.ts';
import { parseKind, type GoalKind } from '../core/kinds.ts';
import type { FunctionEnv } from './spec.ts';

/** What a cell turns into: a value, blank, or a message naming the argument and the fix. */
export type Coerced<T> = { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly message: string };

export type Coercer<T> = (raw: unknown, name: string, env: FunctionEnv) => Coerced<T>;

/** Prefix of the short error text a row-wise range call writes in a bad row. */
export const ERROR_TEXT_PREFIX = 'Error: ';

/** Blank as Sheets passes it (""), as JavaScript omits it, or a cell of spaces only. */
export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Date test that works across realms: Sheets' Dates come from the script's context. */
export const isDate = (v: unknown): v is Date =>
  v instanceof Date || (typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]');

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const BLANK: Coerced<never> = { ok: true, value: undefined };
const good = <T>(value: T | undefined): Coerced<T> => (value === undefined ? BLANK : { ok: true, value });
const bad = <T>(message: string): Coerced<T> => ({ ok: false, message });

function show(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function fromOtherFormula(v: unknown, name: string): string | undefined {
  return typeof v === 'string' && v.startsWith(ERROR_TEXT_PREFIX)
    ? `${name} is an error from another formula (${show(v)}): fix that first`
    : undefined;
}

export const toNumber: Coercer<number> = (v, name) => {
  if (isBlank(v)) return good(undefined);
  if (typeof v === 'number') return Number.isFinite(v) ? good(v) : bad(`${name} is not a finite number: check the cell it comes from for a division by zero`);
  if (typeof v === 'string') {
    const t = v.trim().replace(/\u2212/g, '-');
    if (PLAIN_NUMBER.test(t)) return good(Number(t));
    return bad(fromOtherFormula(v, name) ?? `${name} ${show(v)} is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)`);
  }
  if (isDate(v)) return bad(`${name} is a date: give a number`);
  return bad(`${name} ${show(v)} is not a number: type a number such as 1200`);
};

/** A number, or TRUE/FALSE kept as such: only a milestone takes a done flag, which the goal decides. */
export const toReading: Coercer<number | boolean> = (v, name, env) => (typeof v === 'boolean' ? good(v) : toNumber(v, name, env));

/** Fast paths for range calls: a plain finite number, or a Date of this realm; anything else is coerced in full. */
export const fastNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const fastDay = (v: unknown, env: FunctionEnv): Day | undefined => {
  if (!(v instanceof Date)) return undefined;
  const ms = v.getTime();
  return Number.isNaN(ms) ? undefined : dayFromInstant(ms, env.timeZone());
};

const MAX_SERIAL = 2_958_465; // 9999-12-31

export const toDay: Coercer<Day> = (v, name, env) => {
  if (isBlank(v)) return good(undefined);
  if (isDate(v)) {
    const ms = v.getTime();
    return Number.isNaN(ms) ? bad(`${name} is an invalid date: re-enter it as a date, such as 2026-03-31`) : good(dayFromInstant(ms, env.timeZone()));
  }
  if (typeof v === 'number') {
    return Number.isFinite(v) && v >= 0 && v <= MAX_SERIAL ? good(Math.floor(v)) : bad(`${name} ${v} is not a date serial number (0 to 2958465): use a date cell, DATE(2026,3,31) or the text 2026-03-31`);
  }
  if (typeof v === 'string') {
    const day = parseIsoDay(v);
    if (day !== undefined) return good(day);
    return bad(fromOtherFormula(v, name) ?? `${name} ${show(v)} is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31`);
  }
  return bad(`${name} ${show(v)} is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31`);
};

export const toKind: Coercer<GoalKind> = (v, name) => {
  if (isBlank(v)) return good(undefined);
  if (typeof v !== 'string') return bad(`${name} ${show(v)} is not a goal kind: use increase, decrease, at least, at most, within range or milestone`);
  const kind = parseKind(v);
  return kind.ok ? good(kind.value) : bad(`${name} ${show(v)} is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)`);
};

export const toText: Coercer<string> = (v, name) => {
  if (isBlank(v)) return good(undefined);
  if (typeof v === 'string') {
    const other = fromOtherFormula(v, name);
    return other ? bad(other) : v.trim() === '' ? good(undefined) : good(v);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return good(String(v));
  return bad(`${name} ${show(v)} is not text`);
};

/** Key cells compare as trimmed, case-insensitive text; numbers by their digits. */
export const toKey: Coercer<string> = (v, name, env) => {
  const t = toText(v, name, env);
  return t.ok && t.value !== undefined ? good(t.value.trim().toLowerCase()) : t;
};
