import { dayFromInstant, inCalendar, parseIsoDay, type Day } from '../core/dates.ts';
import { parseKind, type GoalKind } from '../core/kinds.ts';
import { isComputable } from '../core/numbers.ts';
import { fail, ok, type Result } from '../core/result.ts';
import type { FunctionEnv } from './spec.ts';

/** What a cell turns into: a value, undefined for a blank, or a problem naming the field. */
export type Coercer<T> = (raw: unknown, field: string, env: FunctionEnv) => Result<T | undefined>;

/** Prefix of the short error text a row-wise range call writes in a bad row. */
export const ERROR_TEXT_PREFIX = 'Error: ';

/** Blank as Sheets passes it (""), as JavaScript omits it, or a cell of spaces only. */
export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Date test that works across realms: Sheets' Dates come from the script's context. */
export const isDate = (v: unknown): v is Date =>
  v instanceof Date || (typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]');

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const BLANK: Result<never> = { ok: true, value: undefined as never };
const good = <T>(value: T | undefined): Result<T | undefined> => (value === undefined ? BLANK : ok(value));

/** A value as a message shows it: text quoted, long text cut. */
export function show(v: unknown): string {
  let s: string;
  if (typeof v === 'string') s = `"${v}"`;
  else if (isDate(v)) s = dateText(v.getTime());
  else if (Array.isArray(v)) s = 'a range';
  // No cell holds NaN or Infinity; a message says what it is rather than print the engine's word.
  else if (typeof v === 'number' && !Number.isFinite(v)) s = Number.isNaN(v) ? 'an invalid number' : 'an infinite number';
  else s = typeof v === 'object' && v !== null ? 'an object' : String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const MAX_DATE_MS = 8.64e15;
const HALF_DAY_MS = 43_200_000;

/** A Date in a message: Sheets passes midnight in the sheet's zone, so the nearest UTC midnight names the day. */
function dateText(ms: number): string {
  if (Number.isNaN(ms)) return 'an invalid date';
  return new Date(Math.max(-MAX_DATE_MS, Math.min(MAX_DATE_MS, ms + HALF_DAY_MS))).toISOString().split('T')[0] as string;
}

/** A Sheets error value as a custom function receives it: "#N/A", "#DIV/0!", "#REF!", "#NAME?", … */
const SHEETS_ERROR = /^#(?:N\/A|[A-Z][A-Z\d/]*[!?])$/;

/** An error another formula left in the cell: Goalpost's "Error: …" text, or a Sheets error value. */
const fromOtherFormula = (v: unknown): boolean => typeof v === 'string' && (v.startsWith(ERROR_TEXT_PREFIX) || SHEETS_ERROR.test(v.trim()));

function checkedNumber(n: number, field: string, shown: string): Result<number | undefined> {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? fail('not-finite', { field }) : fail('number-out-of-range', { field, shown });
  return isComputable(n) ? good(n) : fail('number-out-of-range', { field, shown });
}

export const toNumber: Coercer<number> = (v, field) => {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? checkedNumber(v, field, show(v)) : fail('not-finite', { field });
  if (typeof v === 'string') {
    const t = v.trim().replace(/\u2212/g, '-');
    if (PLAIN_NUMBER.test(t)) return checkedNumber(Number(t), field, show(v));
    return fail(fromOtherFormula(v) ? 'error-from-formula' : 'not-plain-number', { field, shown: show(v) });
  }
  if (isDate(v)) return fail('date-not-number', { field });
  return fail('not-a-number', { field, shown: show(v) });
};

/** A number, or TRUE/FALSE kept as such: only a milestone takes a done flag, which the goal decides. */
export const toReading: Coercer<number | boolean> = (v, field, env) => (typeof v === 'boolean' ? ok(v) : toNumber(v, field, env));

/** Fast paths for range calls: a plain number in range, or a Date of this realm in the calendar; anything else is coerced in full. */
export const fastNumber = (v: unknown): number | undefined => (typeof v === 'number' && isComputable(v) ? v : undefined);
export const fastDay = (v: unknown, env: FunctionEnv): Day | undefined => {
  if (!(v instanceof Date)) return undefined;
  const ms = v.getTime();
  if (Number.isNaN(ms)) return undefined;
  const day = dayFromInstant(ms, env.timeZone());
  return inCalendar(day) ? day : undefined;
};

export const toDay: Coercer<Day> = (v, field, env) => {
  if (isBlank(v)) return BLANK;
  let day: Day | undefined;
  if (isDate(v)) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return fail('invalid-date', { field });
    day = dayFromInstant(ms, env.timeZone());
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail('not-finite', { field });
    day = Math.floor(v);
  } else if (typeof v === 'string') {
    day = parseIsoDay(v);
    if (day === undefined) return fail(fromOtherFormula(v) ? 'error-from-formula' : 'not-a-date', { field, shown: show(v) });
  } else {
    return fail('not-a-date', { field, shown: show(v) });
  }
  return inCalendar(day) ? good(day) : fail('date-out-of-calendar', { field, shown: show(v) });
};

export const toKind: Coercer<GoalKind> = (v, field) => {
  if (isBlank(v)) return BLANK;
  if (typeof v !== 'string') return fail('unknown-kind', { field, shown: show(v) });
  return parseKind(v, field);
};

export const toText: Coercer<string> = (v, field) => {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'string') return fromOtherFormula(v) ? fail('error-from-formula', { field, shown: show(v) }) : good(v);
  if (typeof v === 'number' || typeof v === 'boolean') return good(String(v));
  return fail('not-text', { field, shown: show(v) });
};

/** Key cells compare as trimmed, case-insensitive text; numbers by their digits. */
export const toKey: Coercer<string> = (v, field, env) => {
  const t = toText(v, field, env);
  return t.ok && t.value !== undefined ? good(t.value.trim().toLowerCase()) : t;
};

/** One of a few words ("day", "week"), case-insensitive; blank → undefined. */
export function toChoice<W extends string>(words: readonly W[]): Coercer<W> {
  return (v, field) => {
    if (isBlank(v)) return BLANK;
    const word = typeof v === 'string' ? words.find((w) => w === v.trim().toLowerCase()) : undefined;
    return word ? good(word) : fail('unknown-choice', { field, shown: show(v), choices: words.map((w) => `"${w}"`).join(', ') });
  };
}
