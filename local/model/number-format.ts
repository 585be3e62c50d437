/**
 * Number-format patterns: whether one shows a date, and the text Sheets displays for a
 * value under it (en_US). Covers the patterns Goalpost writes (0, 0.0, #,##0, 0%, 0.0%,
 * "$"#,##0.00, yyyy-mm-dd, M/d/yyyy, mmm d, h:mm, @), the automatic format, and what
 * Format menus write: [$€] currency and locale codes, [Red] colours (formatColor: the
 * page draws them), negative and zero sections, thousands scaling, scientific notation,
 * fractions (numeric-format.ts).
 */
import { formatNumber, sectionFor } from './numeric-format.ts';

/** What getNumberFormat() returns for a cell with the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';
/** The format Sheets gives a cell written with a JS Date. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const DATE_FORMAT = 'M/d/yyyy';

export { formatNumber };

const dateCache = new Map<string, boolean>();

/** Strips quoted literals, escapes and [colour] sections, keeping elapsed-time [h]. */
function bare(pattern: string): string {
  return pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]\])[^\]]*\]/gi, '');
}

const plainCache = new Map<string, string>();

/**
 * A pattern with its bracket codes resolved: a currency code [$€-407] becomes its quoted
 * symbol, colours and conditions ([Red], [Color10], [>100]) go; elapsed time ([h]) stays.
 */
export function plainPattern(pattern: string): string {
  let plain = plainCache.get(pattern);
  if (plain === undefined) {
    plain = pattern.replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, (_m, symbol: string) => (symbol ? `"${symbol}"` : '')).replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
    plainCache.set(pattern, plain);
  }
  return plain;
}

export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern || pattern === AUTOMATIC_FORMAT || pattern === '@') return false;
  let known = dateCache.get(pattern);
  if (known === undefined) {
    const b = bare(pattern.split(';')[0] ?? '');
    known = /[ydhs]/i.test(b) || (/m/i.test(b) && !/[0#?]/.test(b));
    dateCache.set(pattern, known);
  }
  return known;
}

export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-9) {
    const [mant, exp] = value.toExponential(2).split('e');
    const e = Number(exp);
    return `${mant}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  let text = value.toPrecision(10);
  if (text.includes('e')) text = String(Number(text));
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface WallClock {
  y: number; mo: number; d: number; h: number; mi: number; s: number; wd: number;
}

function wallClock(serial: number): WallClock {
  const ms = Math.round((serial - 25_569) * 86_400_000 / 1000) * 1000;
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(),
    h: t.getUTCHours(), mi: t.getUTCMinutes(), s: t.getUTCSeconds(), wd: t.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DATE_TOKEN = /"[^"]*"|\\.|\[h+\]|am\/pm|a\/p|y+|m+|d+|h+|s+|./gi;

export function formatDate(serial: number, pattern: string): string {
  const w = wallClock(serial);
  const tokens = pattern.match(DATE_TOKEN) ?? [];
  const ampm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = '';
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((t) => /^[a-z[]/i.test(t))?.toLowerCase().replace('[', '') ?? '';
    const next = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t))?.toLowerCase() ?? '';
    const minuteContext = prev.startsWith('h') || next.startsWith('s');
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (/^\[h+\]$/i.test(tok)) out += String(Math.floor(serial * 24));
    else if (lower === 'am/pm') out += w.h < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += w.h < 12 ? 'A' : 'P';
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad(w.y % 100) : String(w.y);
    else if (lower.startsWith('m') && lower.length <= 2 && minuteContext) out += lower.length === 2 ? pad(w.mi) : String(w.mi);
    else if (lower.startsWith('m')) {
      const name = MONTHS[w.mo - 1] ?? '';
      out += lower.length === 1 ? String(w.mo) : lower.length === 2 ? pad(w.mo) : lower.length === 3 ? name.slice(0, 3) : lower.length === 5 ? name.slice(0, 1) : name;
    } else if (lower.startsWith('d')) {
      const name = DAYS[w.wd] ?? '';
      out += lower.length === 1 ? String(w.d) : lower.length === 2 ? pad(w.d) : lower.length === 3 ? name.slice(0, 3) : name;
    } else if (lower.startsWith('h')) {
      const h = ampm ? ((w.h + 11) % 12) + 1 : w.h;
      out += lower.length >= 2 ? pad(h) : String(h);
    } else if (lower.startsWith('s')) out += lower.length >= 2 ? pad(w.s) : String(w.s);
    else out += tok;
  });
  return out;
}

/** The text a cell shows. `dateHint` is set when the automatic format should show a date. */
export function displayValue(value: string | number | boolean, pattern: string | undefined, dateHint = false): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!pattern || pattern === AUTOMATIC_FORMAT || pattern.toLowerCase() === 'general') {
    return dateHint ? formatDate(value, value % 1 === 0 ? DATE_FORMAT : DATE_TIME_FORMAT) : formatGeneral(value);
  }
  if (pattern === '@') return formatGeneral(value);
  const plain = plainPattern(pattern);
  if (isDateFormat(pattern)) return formatDate(value, plain.split(';')[0] ?? plain);
  return formatNumber(value, plain);
}

/** The colours a format section may name, as Sheets draws them; [Color1]..[Color8] are the same eight. */
const SECTION_COLORS: Readonly<Record<string, string>> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#00ff00', blue: '#0000ff', yellow: '#ffff00', magenta: '#ff00ff', cyan: '#00ffff',
  color1: '#000000', color2: '#ffffff', color3: '#ff0000', color4: '#00ff00', color5: '#0000ff', color6: '#ffff00', color7: '#ff00ff', color8: '#00ffff',
};

/** The colour a number's section of a pattern names ([Red], [Blue], [Color3]...), if any. */
export function formatColor(value: number, pattern: string | undefined): string | undefined {
  if (!pattern || !pattern.includes('[')) return undefined;
  const { section } = sectionFor(value, pattern);
  for (const m of section.replace(/"[^"]*"/g, '').matchAll(/\[([A-Za-z]+\d*)\]/g)) {
    const c = SECTION_COLORS[(m[1] ?? '').toLowerCase()];
    if (c) return c;
  }
  return undefined;
}
