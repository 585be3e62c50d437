/**
 * Sheets' USER_ENTERED parsing (en_US), applied by setValue/setValues: a leading "=" makes
 * a formula, numeric text becomes a number (with the format it implies), dates become date
 * serials, TRUE/FALSE become booleans, and a leading apostrophe keeps the rest as literal
 * text. [DOC] apps-script-platform.md §4 "Writing strings": "1/2" → date, "00123" → 123,
 * "TRUE" → boolean, "Mar 1 2016" → date.
 *
 * Bulk writes parse every string, so the first character picks the few rules that can
 * apply before any regular expression runs: plain integers and ISO dates, the text
 * Goalpost writes most, are read without one.
 */
import { dayFromYmd } from '../../src/core/dates.ts';
import { isDate } from '../engine/hf-values.ts';
import { Formula, type Content } from './cell.ts';
import { DATE_TIME_FORMAT } from './number-format.ts';
import type { ZoneClock } from './zone-clock.ts';

export interface Parsed {
  readonly content: Content | undefined;
  /** The number format the input implies, applied only where the cell's format is automatic. */
  readonly format?: string;
}

/** The current year in the spreadsheet's zone: the year of a date typed without one. */
export type CurrentYear = () => number;

const EMPTY: Parsed = { content: undefined };
const TRUE: Parsed = { content: true };
const FALSE: Parsed = { content: false };
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "Mar 1 2016", "March 1, 2016", "Mar 5" (this year), "Mar 5, 24". */
const MONTH_DATE = /^([A-Za-z]{3,9})\.? +(\d{1,2})(?:,? +(\d{4}|\d{2}))?$/;
/** Year first: "2026-01-15", "2026/01/15", with an optional time. */
const YMD_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Month first: "1/15/2026", "1/2/24", "1/2" (this year), with an optional time. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const US_FORMAT = 'M/d/yyyy';
export const ISO_FORMAT = 'yyyy-mm-dd';

const isDigit = (ch: number) => ch >= 48 && ch <= 57;
const isLetter = (ch: number) => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);

function utcYear(): number {
  return new Date().getUTCFullYear();
}

/** Sheets' two-digit years: 00–29 are 20xx, 30–99 are 19xx. */
export function fullYear(digits: string): number {
  const y = Number(digits);
  if (digits.length !== 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function numeric(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic, not a Date: this runs once per date cell of a bulk write. */
function daysInMonth(y: number, mo: number): number {
  if (mo !== 2) return MONTH_DAYS[mo - 1] as number;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

function dateSerial(y: number, mo: number, d: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayFromYmd(y, mo, d);
}

function monthIndex(name: string): number | undefined {
  const lower = name.toLowerCase();
  const i = MONTHS.indexOf(lower.slice(0, 3));
  return i >= 0 && (lower.length === 3 || FULL_MONTHS[i] === lower || lower === 'sept') ? i + 1 : undefined;
}

function withTime(day: number | undefined, datePattern: string, h?: string, mi?: string, s?: string): Parsed | undefined {
  const time = timeFraction(h, mi, s);
  if (day === undefined || time === undefined) return undefined;
  const timePattern = h === undefined ? '' : s === undefined ? ' H:mm' : ' H:mm:ss';
  return { content: day + time, format: datePattern + timePattern };
}

/**
 * "2026-01-15" read without a regular expression or an allocation: the date text Goalpost
 * writes. NaN for anything else.
 */
export function quickIsoDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const ch = text.charCodeAt(i);
    if (!isDigit(ch)) return NaN;
    y = y * 10 + ch - 48;
  }
  const [m1, m2, d1, d2] = [text.charCodeAt(5), text.charCodeAt(6), text.charCodeAt(8), text.charCodeAt(9)];
  if (!isDigit(m1) || !isDigit(m2) || !isDigit(d1) || !isDigit(d2)) return NaN;
  return dateSerial(y, (m1 - 48) * 10 + m2 - 48, (d1 - 48) * 10 + d2 - 48) ?? NaN;
}

/**
 * Plain decimal text ("1200", "-45.5", ".5") read without a regular expression or an
 * allocation; it implies no number format. NaN for anything else (parseUserText decides).
 */
export function quickNumber(text: string): number {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (isDigit(ch)) digits++;
    else if (ch === 46 && !dot) dot = true;
    else return NaN;
  }
  return digits > 0 ? Number(text) : NaN;
}

/** Text starting with a digit: a number, a percentage, a date or a time of day. */
function parseDigitFirst(text: string, currentYear: CurrentYear): Parsed | undefined {
  let i = 1;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return { content: Number(text) };
  const stop = text.charCodeAt(i);
  if (stop === 45 /* - */ || stop === 47 /* / */) {
    const iso = quickIsoDay(text);
    if (iso === iso) return { content: iso, format: ISO_FORMAT };
    const ymd = YMD_DATE.exec(text);
    if (ymd) return withTime(dateSerial(Number(ymd[1]), Number(ymd[3]), Number(ymd[4])), ymd[2] === '-' ? ISO_FORMAT : US_FORMAT, ymd[5], ymd[6], ymd[7]);
    const us = US_DATE.exec(text);
    if (us) {
      const year = us[3] === undefined ? currentYear() : fullYear(us[3]);
      return withTime(dateSerial(year, Number(us[1]), Number(us[2])), US_FORMAT, us[4], us[5], us[6]);
    }
    return undefined;
  }
  if (stop === 58 /* : */) {
    const t = TIME.exec(text);
    const frac = t ? timeFraction(t[1], t[2], t[3]) : undefined;
    return t && frac !== undefined ? { content: frac, format: t[3] === undefined ? 'H:mm' : 'H:mm:ss' } : undefined;
  }
  return parseNumeric(text);
}

/** Numbers with separators, decimals or exponents, percentages and dollar amounts. */
function parseNumeric(text: string): Parsed | undefined {
  const n = numeric(text);
  if (n !== undefined) {
    // Typed with an exponent (1e6), Sheets gives the cell its Scientific format.
    if (/e/i.test(text)) return { content: n, format: '0.00E+00' };
    return text.includes(',') ? { content: n, format: `#,##0${decimals(text)}` } : { content: n };
  }
  if (text.endsWith('%')) {
    const p = numeric(text.slice(0, -1).trim());
    if (p !== undefined) return { content: p / 100, format: `0${decimals(text)}%` };
  }
  const currency = /^([+-]?)\$(.+)$/.exec(text);
  if (currency) {
    const c = numeric(currency[2] ?? '');
    if (c !== undefined) return { content: currency[1] === '-' ? -c : c, format: '"$"#,##0.00' };
  }
  return undefined;
}

/** Text starting with a letter: TRUE, FALSE, or a month-name date. */
function parseWord(text: string, currentYear: CurrentYear): Parsed | undefined {
  if (text.length <= 5) {
    const upper = text.toUpperCase();
    if (upper === 'TRUE') return TRUE;
    if (upper === 'FALSE') return FALSE;
  }
  const m = MONTH_DATE.exec(text);
  const month = m ? monthIndex(m[1] ?? '') : undefined;
  if (!m || month === undefined) return undefined;
  const year = m[3] === undefined ? currentYear() : fullYear(m[3]);
  const day = dateSerial(year, month, Number(m[2]));
  return day === undefined ? undefined : { content: day, format: US_FORMAT };
}

/**
 * Text no user-entered rule can change: it starts with a letter and is neither TRUE nor
 * FALSE nor a month-name date. Spares the parser on bulk writes of names.
 */
export function isPlainText(v: string): boolean {
  const ch = v.charCodeAt(0);
  if (!isLetter(ch)) return false;
  const lower = ch | 32;
  if ((lower === 116 /* t */ || lower === 102 /* f */) && /^(true|false)\s*$/i.test(v)) return false;
  return !(MONTH_KEYS.has(monthKey(v)) && /\d/.test(v));
}

/** The first three letters, lower-cased, as one number: no string is made. */
function monthKey(v: string): number {
  return ((v.charCodeAt(0) | 32) << 16) | ((v.charCodeAt(1) | 32) << 8) | (v.charCodeAt(2) | 32);
}
const MONTH_KEYS = new Set(MONTHS.map(monthKey));

/**
 * Parses typed text. `plainText` is set for cells formatted '@', which keep numbers as
 * text; `currentYear` dates text typed without a year ("1/2", "Mar 5").
 */
export function parseUserText(raw: string, plainText = false, currentYear: CurrentYear = utcYear): Parsed {
  const length = raw.length;
  if (length === 0) return EMPTY;
  const first = raw.charCodeAt(0);
  if (first === 39 /* ' */) return { content: raw.slice(1) };
  if (first === 61 /* = */ && length > 1) return { content: new Formula(raw) };
  if (plainText) return { content: raw };
  const text = first <= 32 || raw.charCodeAt(length - 1) <= 32 ? raw.trim() : raw;
  const ch = text.charCodeAt(0);
  let parsed: Parsed | undefined;
  if (isDigit(ch)) parsed = parseDigitFirst(text, currentYear);
  else if (isLetter(ch)) parsed = parseWord(text, currentYear);
  else if (ch === 43 /* + */ || ch === 45 /* - */ || ch === 46 /* . */ || ch === 36 /* $ */) parsed = parseNumeric(text);
  return parsed ?? { content: raw };
}

/** Parses any value handed to setValue/setValues. */
export function parseUserValue(value: unknown, clock: ZoneClock, plainText = false, currentYear: CurrentYear = utcYear): Parsed {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return parseUserText(value, plainText, currentYear);
  if (typeof value === 'number') return { content: value };
  if (typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { content: String(value) };
    return { content: clock.serialFromDate(value), format: DATE_TIME_FORMAT };
  }
  return parseUserText(String(value), plainText, currentYear);
}
