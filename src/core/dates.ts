/**
 * Calendar days as Sheets serial numbers (whole days since 1899-12-30), the one unit of
 * time in the core. Conversions to and from Date need the spreadsheet's time zone,
 * because Sheets hands a date cell to a custom function as midnight in that zone.
 */

export type Day = number;

/** The calendar a sheet holds: 1899-12-30 (serial 0) to 9999-12-31. */
export const FIRST_DAY: Day = 0;
export const LAST_DAY: Day = 2_958_465;
export const inCalendar = (day: number): boolean => day >= FIRST_DAY && day <= LAST_DAY;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const EPOCH_SERIAL = 25_569;

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function dayFromYmd(year: number, month: number, day: number): Day {
  // Date.UTC reads years 0–99 as 1900–1999: shift them by one 400-year Gregorian cycle
  // (146,097 days, so every weekday and leap day lines up) and back.
  if (year >= 0 && year < 100) return dayFromYmd(year + 400, month, day) - 146_097;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + EPOCH_SERIAL;
}

export function ymdFromDay(serial: Day): Ymd {
  const d = new Date((Math.floor(serial) - EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, keeping the day of month where it exists (Jan 31 + 1 month = Feb 28). */
export function addMonths(serial: Day, months: number): Day {
  const { year, month, day } = ymdFromDay(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses yyyy-mm-dd; undefined when the text is not a real calendar day. */
export function parseIsoDay(text: string): Day | undefined {
  const m = ISO_DAY.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromYmd(year, month, day);
}

export function isoFromDay(serial: Day): string {
  const { year, month, day } = ymdFromDay(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { y: parts.year ?? 0, mo: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, mi: parts.minute ?? 0, s: parts.second ?? 0 };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** Whether the runtime knows the zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day an instant falls on in the zone, as a serial with the time of day as a fraction. */
export function serialFromInstant(ms: number, timeZone: string): number {
  return (ms + zoneOffset(ms, timeZone)) / MS_PER_DAY + EPOCH_SERIAL;
}

const dayMemo = new Map<string, Map<number, Day>>();
const MEMO_LIMIT = 50_000;

/**
 * The calendar day an instant falls on in the zone. Memoised: a goal table's date columns
 * repeat the same few dates, and asking Intl for a zone's offset is the slow part.
 */
export function dayFromInstant(ms: number, timeZone: string): Day {
  let memo = dayMemo.get(timeZone);
  if (!memo) dayMemo.set(timeZone, (memo = new Map()));
  let day = memo.get(ms);
  if (day === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    day = Math.floor(serialFromInstant(ms, timeZone));
    memo.set(ms, day);
  }
  return day;
}

/** The instant of a serial's wall-clock time in the zone (midnight for whole days). */
export function instantFromSerial(serial: number, timeZone: string): number {
  const wall = (serial - EPOCH_SERIAL) * MS_PER_DAY;
  const first = wall - zoneOffset(wall, timeZone);
  // A second pass settles the offset when the first guess crossed a DST change.
  const second = wall - zoneOffset(first, timeZone);
  // Where DST skips the wall time (Santiago, Havana, the Azores move clocks at midnight),
  // neither guess reads it back; the later one is the first instant after the gap, still that day.
  const settled = Math.abs(second + zoneOffset(second, timeZone) - wall) < 1000;
  return Math.round(settled ? second : Math.max(first, second));
}
