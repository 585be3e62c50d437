/**
 * The window of a goal sentence: the phrase that says when ("in the next quarter",
 * "within six months", "by 2027-03-31") read into a start and a last day. The due date is
 * the window's last day and both days count (goal-math.md, "Time"). Deterministic: a
 * phrase that names no real day, or a day no sheet can hold, is consumed but gives no window.
 */
import { addMonths, type Day, dayFromYmd, daysInMonth, inCalendar, parseIsoDay, ymdFromDay } from './dates.ts';

export interface Span {
  readonly start: Day;
  readonly due: Day;
}

const PERIOD_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12 };
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = String.raw`(\d+|an?|${COUNT_WORDS.join('|')})`;
const UNIT = String.raw`(day|week|month|quarter|year)s?`;
const PERIOD = String.raw`(month|quarter|year)`;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,? (\d{4}))?`;

function count(word: string | undefined): number {
  if (word === undefined) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return word === 'a' || word === 'an' ? 1 : COUNT_WORDS.indexOf(word) + 1;
}

function periodStart(day: Day, period: string): Day {
  const { year, month } = ymdFromDay(day);
  const size = PERIOD_MONTHS[period] ?? 12;
  return dayFromYmd(year, month - ((month - 1) % size), 1);
}

function periodSpan(first: Day, period: string): Span {
  return { start: first, due: addMonths(first, PERIOD_MONTHS[period] ?? 12) - 1 };
}

/**
 * "Next quarter", "the next year": the first calendar period that starts on or after the
 * start. A goal set on 2026-01-01 for "the next quarter" means Q1 2026, the quarter it
 * opens; set on 2026-02-10 it means Q2, the first whole quarter ahead.
 */
function nextPeriod(start: Day, period: string): Span {
  const current = periodStart(start, period);
  return periodSpan(current === start ? start : addMonths(current, PERIOD_MONTHS[period] ?? 12), period);
}

/**
 * A rolling window ("within six months", "in the coming 90 days") runs from the start and
 * ends the day before the anniversary, so it holds exactly n units: 2026-01-01 + six
 * months → 2026-06-30, 90 days → start + 89. A month-end start keeps the clamped
 * anniversary of addMonths (Jan 31 + 1 month is Feb 28, so the window ends Feb 27).
 * "Within 0 days" names no window.
 */
function rolling(start: Day, n: number, unit: string): Span | undefined {
  if (n < 1) return undefined;
  const days = UNIT_DAYS[unit];
  return { start, due: (days !== undefined ? start + n * days : addMonths(start, n * (PERIOD_MONTHS[unit] ?? 12))) - 1 };
}

/** A date whose year was left out is the first such date on or after the start. */
function dated(start: Day, year: string | undefined, month: number, day: (y: number) => number): Span | undefined {
  const pick = (y: number): Day | undefined =>
    day(y) >= 1 && day(y) <= daysInMonth(y, month) ? dayFromYmd(y, month, day(y)) : undefined;
  if (year !== undefined) {
    const due = pick(Number(year));
    return due === undefined ? undefined : { start, due };
  }
  const thisYear = ymdFromDay(start).year;
  const first = pick(thisYear);
  const due = first !== undefined && first >= start ? first : pick(thisYear + 1);
  return due === undefined ? undefined : { start, due };
}

const monthOf = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3)) + 1;

type Group = string | undefined;
interface WindowRule {
  readonly pattern: RegExp;
  /** undefined: the phrase is a window but not a real date (it is still consumed). */
  readonly read: (g: readonly Group[], start: Day) => Span | undefined;
}

const rule = (source: string, read: WindowRule['read']): WindowRule => ({
  pattern: new RegExp(String.raw`(?<![\w-])${source}(?![\w-])`, 'i'),
  read: (g, start) => read(g.map((s) => s?.toLowerCase()), start),
});

/**
 * A whole calendar period `months` long beginning in `firstMonth`: of the given year, or,
 * when the year is left out, the first one beginning on or after the start ("in Q3" typed
 * in August is next year's Q3, never the quarter already under way).
 */
function whole(start: Day, year: Group, firstMonth: number, months: number): Span {
  const begin = (y: number): Day => dayFromYmd(y, firstMonth, 1);
  const thisYear = ymdFromDay(start).year;
  const y = year !== undefined ? Number(year) : begin(thisYear) >= start ? thisYear : thisYear + 1;
  return { start: begin(y), due: addMonths(begin(y), months) - 1 };
}

/** "before" a day means done by the day before it: "before 2027-03-31" is due 2027-03-30. */
const before = (start: Day, day: Day | undefined): Span | undefined => (day === undefined ? undefined : { start, due: day - 1 });

const monthEnd = (s: Day, year: Group, month: number): Span | undefined => dated(s, year, month, (y) => daysInMonth(y, month));
const OF_YEAR = String.raw`(?:,? (?:of )?(\d{4}))?`;
const A_YEAR = String.raw`((?:19|20)\d\d)`;
const QUARTER = String.raw`q([1-4])`;
const HALF = String.raw`h([12])`;

// A change that looks like a year ("by 2000 points", "by 2025%", "by 2,000") is not one.
const NOT_A_YEAR = String.raw`(?![.,]?\d|\s?(?:%|per ?cent|pct|percentage points?|points?|pts?|pp|k|mn?|bn?|thousand|million|billion)(?![a-z]))`;

/** First rule that matches wins: durations and "end of" come before the calendar "next"/"this" readings they contain. */
const WINDOW_RULES: readonly WindowRule[] = [
  // Rolling: a count of units, or "within / over the next <unit>".
  rule(`(?:within|in|over|during) (?:the )?(?:next |coming |following )?${COUNT} ${UNIT}`, (g, s) => rolling(s, count(g[1]), g[2] ?? '')),
  rule(`(?:within|over) the (?:next|coming|following) ${UNIT}`, (g, s) => rolling(s, 1, g[1] ?? '')),
  rule(`by (?:the )?end of (the |this |next )?${PERIOD}`, (g, s) => {
    const p = g[2] ?? '';
    return { start: s, due: (g[1] === 'next ' ? nextPeriod(s, p) : periodSpan(periodStart(s, p), p)).due };
  }),
  rule(`by (?:the )?${PERIOD}[- ]end`, (g, s) => ({ start: s, due: periodSpan(periodStart(s, g[1] ?? ''), g[1] ?? '').due })),
  // Calendar: "in the next quarter", "the next year"; "in the coming quarter" reads the same.
  rule(`(?:(?:in|during) )?(?:the )?(?:next|coming|following) ${PERIOD}`, (g, s) => nextPeriod(s, g[1] ?? '')),
  rule(`(?:(?:in|during|for) )?this ${PERIOD}`, (g, s) => ({ start: s, due: periodSpan(periodStart(s, g[1] ?? ''), g[1] ?? '').due })),
  // A year of five digits ("by 10000-01-01") is past the calendar: read, so the reading says so.
  rule(String.raw`by (\d{4,}-\d{2}-\d{2})`, (g, s) => {
    const due = (g[1] ?? '').length > 10 ? Number.POSITIVE_INFINITY : parseIsoDay(g[1] ?? '');
    return due === undefined ? undefined : { start: s, due };
  }),
  rule(`by ${MONTH} ${ORDINAL}${YEAR}`, (g, s) => dated(s, g[3], monthOf(g[1] ?? ''), () => Number(g[2]))),
  rule(`by (?:the )?${ORDINAL} (?:of )?${MONTH}${YEAR}`, (g, s) => dated(s, g[3], monthOf(g[2] ?? ''), () => Number(g[1]))),
  // "by March 2027", "by the end of March 2027": the month's last day.
  rule(`by (?:(?:the )?end of )?${MONTH}${YEAR}`, (g, s) => monthEnd(s, g[2], monthOf(g[1] ?? ''))),
  rule(`by (?:the )?(?:end of )?${QUARTER}${OF_YEAR}`, (g, s) => monthEnd(s, g[2], Number(g[1]) * 3)),
  rule(`by (?:the )?(?:end of )?${HALF}${OF_YEAR}`, (g, s) => monthEnd(s, g[2], Number(g[1]) * 6)),
  rule(`(?:in|during) ${QUARTER}${OF_YEAR}`, (g, s) => whole(s, g[2], Number(g[1]) * 3 - 2, 3)),
  rule(`(?:in|during) ${MONTH},? (\\d{4})`, (g, s) => whole(s, g[2], monthOf(g[1] ?? ''), 1)),
  rule(`(?:in|during) ${A_YEAR}`, (g, s) => whole(s, g[1], 1, 12)),
  rule(String.raw`by (?:the )?end of (\d{4})`, (g, s) => ({ start: s, due: dayFromYmd(Number(g[1]), 12, 31) })),
  // "by 2027" is by the year's last day, 2027-12-31.
  rule(`by ${A_YEAR}${NOT_A_YEAR}`, (g, s) => ({ start: s, due: dayFromYmd(Number(g[1]), 12, 31) })),
  // A year past 9999 ending the sentence ("in 10000", "by 12000") is a window off the calendar, not a count.
  rule(String.raw`(?:in|during|by) (?:the )?(?:end of )?(\d{5,})$`, (g, s) => ({ start: s, due: Number.POSITIVE_INFINITY })),
  rule(String.raw`before (\d{4}-\d{2}-\d{2})`, (g, s) => before(s, parseIsoDay(g[1] ?? ''))),
  // Without a year, the day named is the first one after the start.
  rule(`before ${MONTH} ${ORDINAL}${YEAR}`, (g, s) => before(s, dated(s + 1, g[3], monthOf(g[1] ?? ''), () => Number(g[2]))?.due)),
  rule(`before (?:the )?${ORDINAL} (?:of )?${MONTH}${YEAR}`, (g, s) => before(s, dated(s + 1, g[3], monthOf(g[2] ?? ''), () => Number(g[1]))?.due)),
  rule(`before ${MONTH},? (\\d{4})`, (g, s) => before(s, whole(s, g[2], monthOf(g[1] ?? ''), 1).start)),
  rule(`before ${QUARTER},? (?:of )?(\\d{4})`, (g, s) => before(s, whole(s, g[2], Number(g[1]) * 3 - 2, 3).start)),
  rule(`before ${HALF},? (?:of )?(\\d{4})`, (g, s) => before(s, whole(s, g[2], Number(g[1]) * 6 - 5, 6).start)),
  rule(`before ${A_YEAR}`, (g, s) => before(s, dayFromYmd(Number(g[1]), 1, 1))),
  // After "before H2 2027", which contains a bare "H2 2027".
  rule(`(?:(?:in|during) (?:the )?${HALF}${OF_YEAR}|${HALF},? (\\d{4}))`, (g, s) => whole(s, g[2] ?? g[4], g[1] !== undefined ? Number(g[1]) * 6 - 5 : Number(g[3]) * 6 - 5, 6)),
];

export interface WindowReading {
  /** The text with the window phrase taken out. */
  readonly rest: string;
  readonly span?: Span;
  readonly phrase?: string;
  /** A window that would end before the start: not returned as a window, kept so the SMART check can say why. */
  readonly late?: { readonly due: Day; readonly phrase: string };
  /** A window with a day no sheet holds ("within 999999 years"): no window, kept so the SMART check can say why. */
  readonly outside?: { readonly phrase: string };
}

// Refusing here, not at the edge, keeps an unrepresentable day (or NaN from a year past what
// Date holds) from ever reaching a cell or a Date ("Invalid time value").
const onCalendar = (day: Day): boolean => Number.isInteger(day) && inCalendar(day);

export function takeWindow(text: string, start: Day): WindowReading {
  for (const { pattern, read } of WINDOW_RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
    const span = read(Array.from(m), start);
    if (span === undefined) return { rest };
    if (!onCalendar(span.start) || !onCalendar(span.due)) return { rest, outside: { phrase: m[0] } };
    return span.due < start ? { rest, late: { due: span.due, phrase: m[0] } } : { rest, span, phrase: m[0] };
  }
  return { rest: text };
}
