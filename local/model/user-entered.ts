/**
 * Sheets' USER_ENTERED parsing, applied by setValue/setValues: a leading "=" makes a
 * formula, numeric text becomes a number (with the format it implies), ISO and US dates
 * become date serials, TRUE/FALSE become booleans, and a leading apostrophe keeps the rest
 * as literal text. [DOC] apps-script-platform.md §4 "Writing strings".
 */
import { dayFromYmd, daysInMonth } from '../../src/core/dates.ts';
import { isDate } from '../engine/hf-values.ts';
import { Formula, type Content } from './cell.ts';
import { DATE_TIME_FORMAT } from './number-format.ts';
import type { ZoneClock } from './zone-clock.ts';

export interface Parsed {
  readonly content: Content | undefined;
  /** The number format the input implies, applied only where the cell's format is automatic. */
  readonly format?: string;
}

const EMPTY: Parsed = { content: undefined };
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DATE = /^([A-Za-z]{3,9})\.? +(\d{1,2}),? +(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function numeric(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

function decimals(text: string): string {
  const frac = /\.(\d+)/.exec(text)?.[1] ?? '';
  return frac.length > 0 ? `.${'0'.repeat(frac.length)}` : '';
}

function timeFraction(h?: string, mi?: string, s?: string): number | undefined {
  const [hh, mm, ss] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return (hh * 3600 + mm * 60 + ss) / 86_400;
}

function dateSerial(y: number, mo: number, d: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayFromYmd(y, mo, d);
}

function monthIndex(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return i >= 0 && (name.length === 3 || full === name.toLowerCase() || (name.length === 4 && name.toLowerCase() === 'sept')) ? i + 1 : undefined;
}

/** "Mar 1 2016", "March 1, 2016": the docs' own example of text Sheets turns into a date. */
function parseMonthDate(text: string): Parsed | undefined {
  const m = MONTH_DATE.exec(text);
  const month = m ? monthIndex(m[1] ?? '') : undefined;
  if (!m || month === undefined) return undefined;
  const day = dateSerial(Number(m[3]), month, Number(m[2]));
  return day === undefined ? undefined : { content: day, format: 'M/d/yyyy' };
}

/**
 * Text no user-entered rule can change: it starts with a letter and is neither TRUE nor
 * FALSE nor a month-name date. Spares the parser on bulk writes of names.
 */
export function isPlainText(v: string): boolean {
  const ch = v.charCodeAt(0);
  if (!((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122))) return false;
  if (v.length <= 5 && /^(true|false)$/i.test(v.trim())) return false;
  return !(MONTHS.includes(v.slice(0, 3).toLowerCase()) && /\d/.test(v));
}

function parseDate(text: string): Parsed | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? undefined : US_DATE.exec(text);
  const m = iso ?? us;
  if (!m) return parseMonthDate(text);
  const [y, mo, d] = iso ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[1]), Number(m[2])];
  const day = dateSerial(y, mo, d);
  const time = timeFraction(m[4], m[5], m[6]);
  if (day === undefined || time === undefined) return undefined;
  const datePattern = iso ? 'yyyy-mm-dd' : 'M/d/yyyy';
  const timePattern = m[4] === undefined ? '' : m[6] === undefined ? ' H:mm' : ' H:mm:ss';
  return { content: day + time, format: datePattern + timePattern };
}

/** Parses typed text. `plainText` is set for cells formatted '@', which keep numbers as text. */
export function parseUserText(raw: string, plainText = false): Parsed {
  if (raw === '') return EMPTY;
  if (raw.startsWith("'")) return { content: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) return { content: new Formula(raw) };
  if (plainText) return { content: raw };
  const text = raw.trim();
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { content: upper === 'TRUE' };
  const n = numeric(text);
  if (n !== undefined) return text.includes(',') ? { content: n, format: `#,##0${decimals(text)}` } : { content: n };
  if (text.endsWith('%')) {
    const p = numeric(text.slice(0, -1).trim());
    if (p !== undefined) return { content: p / 100, format: `0${decimals(text)}%` };
  }
  const currency = /^([+-]?)\$(.+)$/.exec(text);
  if (currency) {
    const c = numeric(currency[2] ?? '');
    if (c !== undefined) return { content: currency[1] === '-' ? -c : c, format: '"$"#,##0.00' };
  }
  const date = parseDate(text);
  if (date) return date;
  const t = TIME.exec(text);
  if (t) {
    const frac = timeFraction(t[1], t[2], t[3]);
    if (frac !== undefined) return { content: frac, format: t[3] === undefined ? 'H:mm' : 'H:mm:ss' };
  }
  return { content: raw };
}

/** Parses any value handed to setValue/setValues. */
export function parseUserValue(value: unknown, clock: ZoneClock, plainText = false): Parsed {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return parseUserText(value, plainText);
  if (typeof value === 'number') return { content: value };
  if (typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { content: String(value) };
    return { content: clock.serialFromDate(value), format: DATE_TIME_FORMAT };
  }
  return parseUserText(String(value), plainText);
}
