/**
 * Hostile input for every custom function in the registry: huge, tiny and non-finite
 * numbers, negative zero, numeric text at the edges of a double, dates at the calendar's
 * ends (and past them), ragged and empty ranges, Dates and arrays from another realm, and
 * error texts from other formulas. Whatever comes in, a call gives cells in its documented
 * shape that a sheet can hold (finite numbers, text, TRUE/FALSE, Dates from 1899-12-30 to
 * 9999-12-31), or throws an Error whose message starts with the function's name; never an
 * engine message, and never the "internal error" fallback (that one means a bug). A
 * row-wise call with a range shows a row's problem in that row, and a number or date a
 * sheet cannot hold is refused with a message naming the argument.
 *
 * The functions come from the registry, so a new one is covered when it is added: each
 * parameter's kind is read from its name (KIND_OF_PARAM), the result's shape from the
 * function's family (SHAPE_RULES), and the starting point of the sweeps is its README
 * example. Four ways in: a sweep of every edge value through every argument, every
 * combination of edge numbers in the first three number arguments, long ranges and deep
 * structures, and fast-check generated calls. They run in Node through
 * bindCustomFunctions (half the generated calls with Dates and arrays of another realm)
 * and through the built dist/Code.js loaded as Apps Script loads it, with arguments made
 * in the script's realm as Sheets makes them.
 */
import fc from 'fast-check';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dayFromInstant, dayFromYmd, FIRST_DAY, instantFromSerial, isoFromDay, LAST_DAY } from '../../src/core/dates.ts';
import { GOAL_KINDS } from '../../src/core/vocabulary.ts';
import { bindCustomFunctions, ENTRIES, type CustomFunction, type ParamSpec } from '../../src/functions/index.ts';
import { parseFormula } from '../support/literal-formula.ts';
import { loadScript } from '../support/gas-context.ts';

// ---------------------------------------------------------------------------------------
// What each argument is, and what shape each function returns.

type Kind = 'number' | 'reading' | 'day' | 'kind' | 'key' | 'sentence' | 'per' | 'what' | 'count';

/** Every parameter name in the registry; a new name fails the first test until it is given a kind here. */
const KIND_OF_PARAM: Readonly<Record<string, Kind>> = {
  baseline: 'number',
  target: 'number',
  current: 'reading',
  upper: 'number',
  on_track: 'number',
  at_risk: 'number',
  change: 'number',
  progress: 'number',
  weights: 'number',
  scores: 'number',
  availability: 'number',
  performance: 'number',
  quality: 'number',
  cadence: 'number',
  values: 'number',
  n: 'count',
  start: 'day',
  due: 'day',
  as_of: 'day',
  reading_date: 'day',
  dates: 'day',
  kind: 'kind',
  keys: 'key',
  key: 'key',
  ids: 'key',
  parents: 'key',
  text: 'sentence',
  per: 'per',
  what: 'what',
};

/**
 * The documented shapes (README, "Rules every function follows"):
 * - row-wise: the input's shape (the common shape of the ranged arguments), one cell per
 *   element, or `width` cells per element for functions that return a row (GOAL_PARSE);
 * - aggregate: one cell;
 * - series (a log of dated readings): per key, the key column's shape; unkeyed, the shape
 *   of the arguments given per result (due, target), or one cell; KPI_SERIES: n cells per key;
 * - rollup: one cell, or with ids and parents one value per cell of progress.
 */
type ShapeRule =
  | { readonly family: 'rowwise'; readonly width?: (args: readonly unknown[]) => number | undefined }
  | { readonly family: 'aggregate' }
  | { readonly family: 'series'; readonly width?: (args: readonly unknown[]) => number | undefined }
  | { readonly family: 'rollup' };

const isBlankCell = (v: unknown): boolean => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const single = (v: unknown): unknown => (Array.isArray(v) ? (v[0] as unknown[] | undefined)?.[0] : v);

/** KPI_SERIES's n as documented: blank is 12, else a whole number from 1 to 1000 (undefined: the call must refuse it). */
function seriesWidth(n: unknown): number | undefined {
  const v = single(n);
  if (isBlankCell(v)) return 12;
  const x = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\+?\d+(\.0*)?\s*$/.test(v) ? Number(v) : Number.NaN;
  return Number.isInteger(x) && x >= 1 && x <= 1000 ? x : undefined;
}

const SHAPE_RULES: Readonly<Record<string, ShapeRule>> = {
  GOAL_PARSE: { family: 'rowwise', width: () => 8 },
  KPI_NPS: { family: 'aggregate' },
  GOAL_ROLLUP: { family: 'rollup' },
  KPI_SERIES: { family: 'series', width: (args) => seriesWidth(args[4]) },
};

type Entry = (typeof ENTRIES)[number];
const isSeries = (e: Entry): boolean => e.params.some((p) => p.name === 'dates') && e.params.some((p) => p.name === 'values');
const ruleOf = (e: Entry): ShapeRule => SHAPE_RULES[e.name] ?? (isSeries(e) ? { family: 'series' } : { family: 'rowwise' });

/** Series arguments given once for the whole call (a unit, a count, the as-of cut-off), not per key. */
const isSeriesSingle = (e: Entry, p: ParamSpec, i: number): boolean =>
  p.name === 'per' || p.name === 'what' || p.name === 'n' || (p.name === 'as_of' && i === e.params.length - 1);
const SERIES_LOG = new Set(['dates', 'values', 'keys']);

interface Dims {
  readonly rows: number;
  readonly cols: number;
}
const dimsOf = (arg: unknown): Dims | undefined =>
  Array.isArray(arg) ? { rows: arg.length, cols: Array.isArray(arg[0]) ? (arg[0] as unknown[]).length : 0 } : undefined;
const cellCount = (d: Dims | undefined): number => (d ? d.rows * d.cols : 1);

/** The row lengths a call must return, or 'one' for a single cell; undefined when the shape is not known (the call may only throw). */
type Expected = 'one' | readonly number[] | undefined;

function rowwiseShape(args: readonly unknown[], width: number | undefined): Expected {
  if (width === undefined) return undefined;
  if (!args.some(Array.isArray)) return width === 1 ? 'one' : [width];
  const ranged = args.map(dimsOf).find((d) => cellCount(d) > 1) ?? { rows: 1, cols: 1 };
  return width === 1 ? new Array(ranged.rows).fill(ranged.cols) : new Array(ranged.rows * ranged.cols).fill(width);
}

function expectedShape(e: Entry, args: readonly unknown[]): Expected {
  const rule = ruleOf(e);
  const at = (name: string): unknown => args[e.params.findIndex((p) => p.name === name)];
  switch (rule.family) {
    case 'aggregate':
      return 'one';
    case 'rollup': {
      if (isBlankCell(at('ids')) && isBlankCell(at('parents'))) return 'one';
      const progress = at('progress');
      return Array.isArray(progress) ? progress.map((row) => (Array.isArray(row) ? row.length : 0)) : 'one';
    }
    case 'rowwise':
      return rowwiseShape(args, rule.width ? rule.width(args) : 1);
    case 'series': {
      const width = rule.width ? rule.width(args) : 1;
      const perKey = e.params.flatMap((p, i) => (SERIES_LOG.has(p.name) || p.name === 'key' || isSeriesSingle(e, p, i) ? [] : [args[i]]));
      if (!isBlankCell(at('keys')) || !isBlankCell(at('key'))) return rowwiseShape([at('key'), ...perKey], width);
      if (perKey.length === 0) return width === undefined ? undefined : width === 1 ? 'one' : [width];
      return rowwiseShape(perKey, width);
    }
  }
}

// ---------------------------------------------------------------------------------------
// What a call may give back.

/** Engine wording that must never reach a user, and the fallback that means Goalpost has a bug. */
const FORBIDDEN = [
  'Invalid time value',
  'Invalid Date',
  'Maximum call stack',
  'Cannot read',
  'Cannot convert',
  'is not a function',
  'is not iterable',
  'undefined',
  'NaN',
  'Infinity',
  '[object',
  'could not compute this',
];

/** Text a message quotes is the user's own ("1e400", "Infinity"): only the message's own words are checked. */
const ownWords = (text: string): string => text.replace(/"[^"]*(?:"|…)/g, '""');
const forbiddenIn = (text: string): string | undefined => FORBIDDEN.find((f) => ownWords(text).includes(f));

const tagOf = (v: unknown): string => Object.prototype.toString.call(v);

/** The most characters a Sheets cell holds. */
const CELL_CHARACTERS = 50_000;

function badCell(v: unknown, zone: string): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `the number ${String(v)}`;
  if (typeof v === 'boolean') return undefined;
  if (typeof v === 'string') {
    if (v.length > CELL_CHARACTERS) return `text of ${v.length} characters, more than a cell holds`;
    const f = forbiddenIn(v);
    return f === undefined ? undefined : `text with "${f}": ${v}`;
  }
  if (tagOf(v) === '[object Date]') {
    const ms = (v as Date).getTime();
    if (Number.isNaN(ms)) return 'an invalid Date';
    const day = dayFromInstant(ms, zone);
    return day >= FIRST_DAY && day <= LAST_DAY ? undefined : `a Date outside 1899-12-30..9999-12-31 (${new Date(ms).toISOString()})`;
  }
  return `a cell that is ${v === null ? 'null' : v === undefined ? 'undefined' : tagOf(v)}`;
}

/** What is wrong with a returned value, or undefined when it is a valid result of the expected shape. */
function badResult(out: unknown, expected: Expected, zone: string): string | undefined {
  if (expected === undefined) return 'returned where it should have refused the input';
  if (expected === 'one') return Array.isArray(out) ? `a range (${out.length} rows) where one cell is documented` : badCell(out, zone);
  if (!Array.isArray(out)) return `one cell where ${expected.length} row(s) are documented`;
  if (out.length !== expected.length) return `${out.length} rows where ${expected.length} are documented`;
  for (let r = 0; r < out.length; r++) {
    const row: unknown = out[r];
    if (!Array.isArray(row)) return `row ${r + 1} is not a row but ${tagOf(row)}`;
    if (row.length !== expected[r]) return `row ${r + 1} has ${row.length} cells where ${String(expected[r])} are documented`;
    for (let c = 0; c < row.length; c++) {
      const bad = badCell(row[c], zone);
      if (bad) return `cell (${r + 1}, ${c + 1}) is ${bad}`;
    }
  }
  return undefined;
}

function badThrow(name: string, e: unknown, isError: (e: unknown) => boolean): string | undefined {
  if (!isError(e)) return `threw a non-Error: ${String(e)}`;
  const message = (e as Error).message;
  if (!message.startsWith(`${name}: `)) return `threw a message not naming the function: ${message}`;
  const f = forbiddenIn(message);
  return f === undefined ? undefined : `threw a message with "${f}": ${message}`;
}

/** A place to run the custom functions: Node through the registry, or the built bundle in a script realm. */
interface Runtime {
  readonly label: string;
  call(zone: string, name: string, args: readonly unknown[]): unknown;
  isError(e: unknown): boolean;
}

/** What a row-wise range call may refuse as a whole: ranges of unequal size, or too many arguments. Anything else belongs in its row. */
const WHOLE_CALL = /give ranges of the same size|remove the extra ones/;

/** undefined when the call behaved; else what went wrong. */
function misbehaviour(rt: Runtime, zone: string, e: Entry, args: readonly unknown[]): string | undefined {
  let out: unknown;
  try {
    out = rt.call(zone, e.name, args);
  } catch (err) {
    const bad = badThrow(e.name, err, rt.isError);
    if (bad) return bad;
    // One bad row never fails a range: a row-wise call with a range shows the problem in that row.
    const rangeCall = ruleOf(e).family === 'rowwise' && args.some(Array.isArray);
    return rangeCall && !WHOLE_CALL.test((err as Error).message) ? `a range call threw for one row's problem: ${(err as Error).message}` : undefined;
  }
  return badResult(out, expectedShape(e, args), zone);
}

/** Arguments as a failure shows them: Dates by instant and realm, -0 and NaN visible, long values cut. */
function showArgs(args: readonly unknown[]): string {
  const one = (v: unknown): string => {
    if (Array.isArray(v)) {
      const inner = v.slice(0, 6).map(one);
      return `[${inner.join(',')}${v.length > 6 ? `,…${v.length} rows` : ''}]`;
    }
    if (tagOf(v) === '[object Date]') {
      const ms = (v as Date).getTime();
      return `Date(${Number.isNaN(ms) ? 'NaN' : ms}${v instanceof Date ? '' : ', other realm'})`;
    }
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…(${v.length})` : v);
    return String(v);
  };
  return `(${args.map(one).join(', ')})`;
}

// ---------------------------------------------------------------------------------------
// The runtimes.

const ZONES = ['Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago'] as const;
type Zone = (typeof ZONES)[number];

const nodeFns = new Map<string, Record<string, CustomFunction>>(ZONES.map((z) => [z, bindCustomFunctions({ timeZone: () => z })]));

const NODE: Runtime = {
  label: 'Node',
  call: (zone, name, args) => (nodeFns.get(zone)?.[name] as CustomFunction)(...args),
  isError: (e) => e instanceof Error,
};

/** Another realm (a vm context): its Dates and arrays fail instanceof here, as Sheets' do in the script. */
const OTHER = vm.createContext({});
const OtherDate = vm.runInContext('Date', OTHER) as DateConstructor;
const CLONE_SOURCE = `(function clone(v) {
  if (Array.isArray(v)) { var out = []; for (var i = 0; i < v.length; i++) out.push(clone(v[i])); return out; }
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
  return v;
})`;
const toOtherRealm = vm.runInContext(CLONE_SOURCE, OTHER) as (v: unknown) => unknown;

/** Argument lists to hand the bundle as they are, in this realm rather than the script's. */
const FOREIGN = new WeakSet<readonly unknown[]>();

/** The built bundle, one script per zone (the script keeps the zone it first reads, as in Apps Script). */
function bundleRuntime(): Runtime {
  const scripts = new Map(
    ZONES.map((zone) => {
      const gas = loadScript();
      gas.provide({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => zone }) } });
      const fns = new Map(ENTRIES.map((e) => [e.name, gas.run<CustomFunction>(e.name)]));
      return [zone, { fns, clone: gas.run<(v: unknown) => unknown>(CLONE_SOURCE), ScriptError: gas.run<ErrorConstructor>('Error') }] as const;
    }),
  );
  const errors = [...scripts.values()].map((s) => s.ScriptError);
  return {
    label: 'bundle',
    // Sheets hands the script Dates and arrays made in the script's own realm; the generated
    // calls also pass some made here, another realm from the script's side.
    call: (zone, name, args) => {
      const s = scripts.get(zone as Zone);
      if (!s) throw new Error(`no script for ${zone}`);
      const fn = s.fns.get(name) as CustomFunction;
      return FOREIGN.has(args) ? fn(...args) : fn(...args.map(s.clone));
    },
    isError: (e) => errors.some((E) => e instanceof E),
  };
}

// ---------------------------------------------------------------------------------------
// Hostile values.

const midnight = (day: number, zone: string): number => instantFromSerial(day, zone);
const D2026 = dayFromYmd(2026, 1, 1);
const BIG_DIGITS = '9'.repeat(400);
const TINY_DIGITS = `0.${'0'.repeat(400)}1`;

/** Numbers at and past every edge Goalpost draws (1e±300) and a double has. */
const EDGE_NUMBERS: readonly unknown[] = [
  0, -0, 1, -1, 0.1 + 0.2, 0.5, 2, 5, -5, 12, 1000, 1001,
  1e300, -1e300, 1e-300, -1e-300, 1e301, -1e301, 1e-301, 9.99e299,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, Number.EPSILON, 2 ** 53, 2 ** 53 + 2,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
  FIRST_DAY - 1, LAST_DAY, LAST_DAY + 1, LAST_DAY + 0.5, -0.5, 1e15, -1e15,
];

/** Numeric text: beyond a double, tiny, signed zero, and the shapes people type that are not plain numbers. */
const NUMERIC_TEXT: readonly string[] = [
  '1e400', '-1e400', '5e-324', '-5e-324', '1e-300', '1e300', '1e301', '1e-301', '-0', '+0', '0', ' 12 ', '.5', '5.', '+3', '\u22123',
  '1,200', '$5', '12%', 'NaN', 'Infinity', '-Infinity', '0x10', '1e', '1_000', '\u0661\u0662', BIG_DIGITS, `-${BIG_DIGITS}`, TINY_DIGITS,
  '1e308', '1.8e308', '2958465', '2958466', '-1',
];

const BLANKS: readonly unknown[] = ['', ' ', '\t\n', null, undefined];

/** What another formula leaves in a cell: a Goalpost error text, or a Sheets error value as text. */
const FORMULA_ERRORS: readonly string[] = [
  'Error: target is blank: a goal needs a target',
  'Error: ',
  '#N/A',
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#NUM!',
  '#ERROR!',
];

const ISO_EDGES: readonly string[] = ['1899-12-30', '1899-12-29', '9999-12-31', '10000-01-01', '0000-01-01', '0001-02-29', '2026-02-29', '2024-02-29', '2026-13-01', ' 2026-03-31 '];

/** Dates at, inside and past the calendar's ends, as Dates (this realm and another), serials and ISO text. */
function edgeDates(zone: string): unknown[] {
  const days = [FIRST_DAY, FIRST_DAY + 1, LAST_DAY - 1, LAST_DAY, FIRST_DAY - 1, LAST_DAY + 1, D2026];
  return [
    ...days.map((d) => new Date(midnight(d, zone))),
    ...days.map((d) => new OtherDate(midnight(d, zone))),
    new Date(midnight(LAST_DAY, zone) + 86_399_999),
    new Date(midnight(FIRST_DAY, zone) - 1),
    new Date(Number.NaN),
    new OtherDate(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(0),
    ...ISO_EDGES,
  ];
}

const FORBIDDEN_INPUT = /NaN|Infinity|undefined|\[object|Cannot|Invalid|Maximum/;
const safeText = fc.string({ maxLength: 24, unit: 'grapheme' }).filter((s) => !FORBIDDEN_INPUT.test(s));

/** Goal sentences with numbers and windows at the edges. */
const SENTENCE_EDGES: readonly string[] = [
  `Increase revenue by ${BIG_DIGITS}%`,
  `Increase revenue by ${BIG_DIGITS} points`,
  `Grow signups by ${BIG_DIGITS} percentage points`,
  `Hit ${BIG_DIGITS} signups by 2027`,
  `Reach a revenue of $${BIG_DIGITS} billion`,
  `Reduce cost from ${BIG_DIGITS} to 1 within six months`,
  `Keep uptime between -${BIG_DIGITS} and ${BIG_DIGITS}`,
  `Stay above ${BIG_DIGITS}% uptime`,
  `Increase revenue by ${TINY_DIGITS}%`,
  `Increase revenue to ${TINY_DIGITS}`,
  'Increase revenue by 10% within 999999 years',
  'Increase revenue by 10% within 99999999999999999999 days',
  'Increase revenue by 10% within 9999999999 months',
  'Increase revenue by 10% by 9999-12-31',
  'Increase revenue by 10% by 10000-01-01',
  'Increase revenue by 10% by 0001-01-01',
  'Increase revenue by 10% before 1899-12-31',
  'Increase revenue by 10% before 1899-12-30',
  'Increase revenue by 10% before 1900',
  'Increase revenue by 10% in the next quarter',
  'Increase revenue by 10% in H2 2099',
  'Increase revenue by 10% by March 31',
  'Increase revenue by 10% by the end of next year',
  'Increase revenue by 10% within 0 days',
  'Reduce patient wait times by 20% within six months',
  'Q3 goal - double revenue in Q3',
  'Goal: launch the app',
  `${'Goal: '.repeat(200)}increase revenue by 10%`,
  `Increase ${'revenue '.repeat(300)}by 10%`,
  `${'1 '.repeat(500)}`,
  `${'by '.repeat(500)}`,
];

const VERBS = ['Increase', 'Reduce', 'Improve', 'Keep', 'Stay above', 'Hit', 'Launch', 'Double', 'Halve', 'Grow', 'Maintain', 'Reach', 'Get to', 'Achieve', ''];
const METRICS = ['revenue', 'NPS', 'wait time', 'defect rate', 'churn', 'Customer Satisfaction', ''];
const CHANGES = ['by 10%', 'by 5 points', 'by 2 pp', 'to 40', 'from 42 to 33.6', 'between 4 and 6', 'by half', 'above 95%', 'by -0%', 'by 0%', 'by 2000', 'by 1,5%', ''];
const WINDOWS = ['in the next quarter', 'within six months', 'by 2027-03-31', 'by Q3 2027', 'in 2099', 'within 999999 years', 'by 9999-12-31', 'before 1900', 'by the end of the year', ''];

const sentence = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SENTENCE_EDGES) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom('', 'Goal: ', 'Retail - '), fc.constantFrom(...VERBS), fc.constantFrom(...METRICS), fc.constantFrom(...CHANGES), fc.constantFrom(...WINDOWS), safeText)
      .map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: safeText },
);

/** Any hostile value at all, whatever the argument is. */
const hostile = (zone: string) =>
  fc.oneof(
    fc.constantFrom(...EDGE_NUMBERS, ...NUMERIC_TEXT, ...BLANKS, ...FORMULA_ERRORS, true, false, {}),
    fc.constantFrom(...edgeDates(zone)),
    fc.double(),
    fc.integer(),
    safeText,
  );

/** A day as a cell can hold it: a Date at midnight (here or another realm), with a time of day, a serial, or ISO text. */
const dayValue = (zone: string, days: fc.Arbitrary<number>) =>
  fc.tuple(days, fc.constantFrom('midnight', 'other', 'late', 'serial', 'fraction', 'iso')).map(([d, how]): unknown => {
    switch (how) {
      case 'midnight':
        return new Date(midnight(d, zone));
      case 'other':
        return new OtherDate(midnight(d, zone));
      case 'late':
        return new Date(midnight(d, zone) + 86_399_000);
      case 'serial':
        return d;
      case 'fraction':
        return d + 0.75;
      default:
        return isoFromDay(d);
    }
  });

const anyDay = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: D2026 - 60, max: D2026 + 400 }) },
  { weight: 1, arbitrary: fc.constantFrom(FIRST_DAY, FIRST_DAY + 1, LAST_DAY - 1, LAST_DAY, FIRST_DAY - 1, LAST_DAY + 1) },
  { weight: 1, arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }) },
);

const plainNumber = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 2, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
);

const KEYS = ['a', 'b', ' A ', 'g1', 'g2', 'g3', 1, ''];

/** A plausible value for the argument, so calls get past coercion into the math. */
function plausible(kind: Kind, zone: string, name: string): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'number':
      if (name === 'progress' || name === 'availability' || name === 'performance' || name === 'quality') return fc.oneof(plainNumber, fc.double({ min: -0.5, max: 1.5, noNaN: true }));
      if (name === 'scores') return fc.integer({ min: -1, max: 11 });
      if (name === 'on_track' || name === 'at_risk') return fc.constantFrom(0.9, 0.7, 0.6, 1, 2, 90, 0, -0, '');
      return plainNumber;
    case 'reading':
      return fc.oneof(plainNumber, fc.boolean());
    case 'day':
      return dayValue(zone, anyDay);
    case 'kind':
      return fc.constantFrom(...GOAL_KINDS, 'At_Most', 'WITHIN-RANGE', ' milestone ', 'lower', '', '');
    case 'key':
      return name === 'parents' ? fc.constantFrom('', '', 'g1', 'g2', 'g3', 'g9') : fc.constantFrom(...KEYS);
    case 'sentence':
      return sentence;
    case 'per':
      return fc.constantFrom('day', 'week', 'Month', 'year', '', 'fortnight');
    case 'what':
      return fc.constantFrom('value', 'date', 'DATE', '', 'when');
    case 'count':
      return fc.constantFrom(1, 3, 12, 1000, 1001, 0, -1, 0.5, '3', '1e400', '', 5e-324);
  }
}

const kindOf = (p: ParamSpec): Kind => {
  const k = KIND_OF_PARAM[p.name];
  if (!k) throw new Error(`parameter ${p.name} has no kind in KIND_OF_PARAM`);
  return k;
};

/** Numbers at Goalpost's own edges, drawn together so that their differences, ratios and sums meet (a baseline and target 1e-7 apart, a current of -1e300). */
const EXTREME_NUMBERS: readonly unknown[] = [0, -0, 1, -1, 1e300, -1e300, 1e-300, -1e-300, 1e-7, -1e-7, 5e-324, '1e300', '-1e-300'];

const valueFor = (p: ParamSpec, zone: string, extreme: boolean): fc.Arbitrary<unknown> => {
  const kind = kindOf(p);
  if (extreme && (kind === 'number' || kind === 'reading')) return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) }, { weight: 1, arbitrary: plausible(kind, zone, p.name) });
  return fc.oneof({ weight: 5, arbitrary: plausible(kind, zone, p.name) }, { weight: 1, arbitrary: hostile(zone) });
};

const grid = (v: fc.Arbitrary<unknown>, rows: number, cols: number) => fc.array(fc.array(v, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Ranges Sheets would not make but a caller might: ragged, empty, rows of nothing. */
const oddRange = (v: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.constantFrom([], [[]], [[], []], [[''], ['']], [['', ''], ['', '']]),
    fc.array(fc.array(v, { maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  );

/** One value, a 1×1 range, a range of the call's shape, or an odd one. */
const cellOrRange = (v: fc.Arbitrary<unknown>, rows: number, cols: number) =>
  fc.oneof({ weight: 4, arbitrary: v }, { weight: 1, arbitrary: v.map((x) => [[x]]) }, { weight: 4, arbitrary: grid(v, rows, cols) }, { weight: 1, arbitrary: oddRange(v) });

/** A column of a log: n readings (sometimes laid out as a row, a blank, one value or an odd range). */
const logColumn = (v: fc.Arbitrary<unknown>, n: number) =>
  fc.oneof({ weight: 8, arbitrary: grid(v, n, 1) }, { weight: 1, arbitrary: grid(v, 1, n) }, { weight: 1, arbitrary: v }, { weight: 1, arbitrary: oddRange(v) });

/** Arguments for one call of the entry: shapes chosen once, then each argument by its role. */
function argsFor(e: Entry, zone: string): fc.Arbitrary<unknown[]> {
  const rule = ruleOf(e);
  return fc
    .record({
      rows: fc.integer({ min: 1, max: 4 }),
      cols: fc.integer({ min: 1, max: 2 }),
      log: fc.integer({ min: 0, max: 8 }),
      keys: fc.integer({ min: 1, max: 3 }),
      omit: fc.nat({ max: e.params.length }),
      extreme: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    })
    .chain(({ rows, cols, log, keys, omit, extreme }) => {
      const arbs = e.params.map((p, i): fc.Arbitrary<unknown> => {
        const v = valueFor(p, zone, extreme);
        if (rule.family === 'aggregate' || rule.family === 'rollup') return logColumn(v, log);
        if (rule.family === 'series') {
          if (SERIES_LOG.has(p.name)) return logColumn(p.name === 'dates' ? fc.oneof({ weight: 6, arbitrary: dayValue(zone, fc.integer({ min: D2026, max: D2026 + 60 })) }, { weight: 1, arbitrary: v }) : v, log);
          if (isSeriesSingle(e, p, i)) return fc.oneof({ weight: 8, arbitrary: v }, { weight: 1, arbitrary: grid(v, 2, 1) });
          return cellOrRange(v, keys, 1);
        }
        return cellOrRange(v, rows, cols);
      });
      // Sheets passes only the arguments typed: trailing optional ones may be missing.
      return fc.tuple(...arbs).map((args) => (omit > 0 && e.params.slice(e.params.length - omit).every((p) => p.optional) ? args.slice(0, e.params.length - omit) : args));
    });
}

// ---------------------------------------------------------------------------------------
// A systematic sweep: each example call from the registry, with each hostile value put in
// each argument, once as a single value and once in one row of a range call.

function sweepValues(zone: string): unknown[] {
  return [...EDGE_NUMBERS, ...NUMERIC_TEXT, ...BLANKS, ...FORMULA_ERRORS, ...edgeDates(zone), ...SENTENCE_EDGES, true, false, {}, [], [[]], [[1, 2], [3]]];
}

function exampleArgs(e: Entry, zone: string): unknown[] {
  const call = parseFormula(e.example.formula, zone);
  return [...call.args, ...new Array(Math.max(0, e.params.length - call.args.length)).fill('')];
}

/** A range call of the example: every ranged (or single) argument as a 3-row column with the example's value in each row. */
function asColumn(v: unknown): unknown {
  return Array.isArray(v) ? v : [[v], [v], [v]];
}

/** The problems found, one example of each kind per function (the same fault in every argument is one problem). */
function sweep(rt: Runtime, zone: string, entries: readonly Entry[]): string[] {
  const problems = new Map<string, string>();
  const values = sweepValues(zone);
  for (const e of entries) {
    const base = exampleArgs(e, zone);
    for (const args of [[], [...base, 1]]) {
      const bad = misbehaviour(rt, zone, e, args);
      if (bad) problems.set(`${e.name}: ${args.length} arguments`, `${rt.label} ${zone} ${e.name}${showArgs(args)}: ${bad}`);
    }
    for (let i = 0; i < e.params.length; i++) {
      for (const v of values) {
        const calls: unknown[][] = [];
        const one = [...base];
        one[i] = v;
        calls.push(one);
        // The same value in the middle row of a column call (row-wise functions only: a log's length is its own).
        if (ruleOf(e).family === 'rowwise' && !Array.isArray(v)) {
          const col = base.map((b, j) => (j === i ? [[b], [v], [b]] : Array.isArray(b) ? b : asColumn(b)));
          calls.push(col);
        }
        for (const args of calls) {
          const bad = misbehaviour(rt, zone, e, args);
          const kind = `${e.name}: ${bad?.replace(/cell \(\d+, \d+\) is |^threw a message with /, '').replace(/[\d.e+-]+/g, '#')}`;
          if (bad && !problems.has(kind)) problems.set(kind, `${rt.label} ${zone} ${e.name}${showArgs(args)}: ${bad}`);
        }
      }
    }
  }
  return [...problems.values()];
}

/** Values that must be refused, with a message naming the argument, wherever a number or a date is read. */
const REFUSED_NUMBERS: readonly unknown[] = ['1e400', '-1e400', '5e-324', '-5e-324', 5e-324, 1e301, -Number.MAX_VALUE, BIG_DIGITS, Number.NaN, Number.POSITIVE_INFINITY];
const refusedDates = (zone: string): unknown[] => [
  new Date(midnight(LAST_DAY + 1, zone)),
  new OtherDate(midnight(FIRST_DAY - 1, zone)),
  new Date(Number.NaN),
  LAST_DAY + 1,
  -1,
  '10000-01-01',
  '1899-12-29',
];

/** A call of single values (and the example's ranges) given one of them must throw a message that names the argument it was given in. */
function refusals(rt: Runtime, zone: string, entries: readonly Entry[]): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const base = exampleArgs(e, zone);
    e.params.forEach((p, i) => {
      const kind = kindOf(p);
      const values = kind === 'number' || kind === 'reading' || kind === 'count' ? REFUSED_NUMBERS : kind === 'day' ? refusedDates(zone) : [];
      for (const v of values) {
        const args = [...base];
        // In a range, the first cell (its row's key is the one the example asks for).
        args[i] = Array.isArray(base[i]) ? (base[i] as unknown[][]).map((row, r) => (r === 0 ? [v, ...row.slice(1)] : row)) : v;
        try {
          const out = rt.call(zone, e.name, args);
          problems.push(`${e.name}${showArgs(args)}: gave ${showArgs([out])} instead of refusing ${p.name}`);
        } catch (err) {
          const message = rt.isError(err) ? (err as Error).message : String(err);
          if (!message.startsWith(`${e.name}: ${p.name}`)) problems.push(`${e.name}${showArgs(args)}: the message does not start with the argument ${p.name}: ${message}`);
        }
      }
    });
  }
  return problems;
}

/** Numbers at Goalpost's edges, every combination of them in a function's first three number arguments (a target 1e-7 from a baseline of 0 with a current of -1e300). */
const EXTREME_COMBINED = [0, -0, 1, -1, 1e300, -1e300, 1e-300, 1e-7, 5e-324];

function extremeSweep(rt: Runtime, zone: string, entries: readonly Entry[]): string[] {
  const problems = new Map<string, string>();
  for (const e of entries) {
    const base = exampleArgs(e, zone);
    const slots = e.params.flatMap((p, i) => ((kindOf(p) === 'number' || kindOf(p) === 'reading') && !Array.isArray(base[i]) ? [i] : [])).slice(0, 3);
    const combos = slots.reduce<number[][]>((acc) => acc.flatMap((c) => EXTREME_COMBINED.map((x) => [...c, x])), [[]]);
    for (const combo of combos) {
      const args = [...base];
      slots.forEach((slot, k) => (args[slot] = combo[k]));
      const bad = misbehaviour(rt, zone, e, args);
      const kind = `${e.name}: ${bad?.replace(/[\d.e+-]+/g, '#')}`;
      if (bad && !problems.has(kind)) problems.set(kind, `${rt.label} ${zone} ${e.name}${showArgs(args)}: ${bad}`);
    }
  }
  return [...problems.values()];
}

/** The example call with every range (and, for row-wise functions, every argument) as a column of `rows` rows, repeating the example's rows. */
function longCall(e: Entry, zone: string, rows: number): unknown[] {
  const base = exampleArgs(e, zone);
  const family = ruleOf(e).family;
  const lengthen = (v: unknown): unknown => {
    const cells = Array.isArray(v) ? (v as unknown[][]).flat() : [v];
    return Array.from({ length: rows }, (_, r) => [cells[r % cells.length]]);
  };
  return base.map((v, i) => {
    const p = e.params[i] as ParamSpec;
    if (family === 'rowwise') return lengthen(v);
    if (family === 'series') return Array.isArray(v) || (p.name === 'keys' && !isBlankCell(v)) ? lengthen(v) : v;
    return Array.isArray(v) ? lengthen(v) : v;
  });
}

const column = (n: number, f: (i: number) => unknown): unknown[][] => Array.from({ length: n }, (_, i) => [f(i)]);

/** A series function's example over a log of 1,000 readings at ±1e300, a million days apart (sums of them overflow a double). */
function extremeLog(e: Entry, zone: string): unknown[] {
  const base = exampleArgs(e, zone);
  const at = (name: string) => e.params.findIndex((p) => p.name === name);
  const n = 1000;
  const args = [...base];
  args[at('dates')] = column(n, (i) => new Date(midnight(i % 2 ? D2026 + 1_000_000 : D2026, zone)));
  args[at('values')] = column(n, (i) => (i % 2 ? -9e299 : 1e300));
  const key = single(base[at('key')]);
  if (!isBlankCell(base[at('keys')])) args[at('keys')] = column(n, () => key);
  return args;
}

/** Structures only some functions read: a hierarchy thousands of levels deep, a cycle through every row, a key per reading. */
const STRUCTURES: Readonly<Record<string, (zone: string) => (readonly [string, unknown[]])[]>> = {
  GOAL_ROLLUP: () => {
    // Deeper than the call stack goes (a recursive rollup overflowed at about 5,000 levels).
    const n = 12_000;
    const ids = column(n, (i) => `g${i}`);
    return [
      ['a chain of parents 12,000 deep', [column(n, () => 0.5), '', ids, column(n, (i) => (i === 0 ? '' : `g${i - 1}`))]],
      ['a chain listed leaf first', [column(n, () => 0.5), '', ids, column(n, (i) => (i === n - 1 ? '' : `g${i + 1}`))]],
      ['a cycle through every row', [column(n, () => 0.5), column(n, () => 2), ids, column(n, (i) => `g${(i + 1) % n}`)]],
      ['one parent of 12,000 children', [column(n, (i) => i / n), '', ids, column(n, (i) => (i === 0 ? '' : 'g0'))]],
    ];
  },
  KPI_SERIES: (zone) => {
    const n = 500;
    const dates = column(n, (i) => new Date(midnight(D2026 + (i % 400), zone)));
    return [
      ['500 keys of one reading each, 1000 cells per key', [dates, column(n, (i) => i), column(n, (i) => `k${i}`), column(n, (i) => `k${i}`), 1000]],
      ['one key of 500 readings, n = 1', [dates, column(n, (i) => i), column(n, () => 'k'), column(3, () => 'k'), 1]],
    ];
  },
};

// ---------------------------------------------------------------------------------------

describe('hostile input: the registry is covered', () => {
  it('every parameter of every function has a kind, and every example call behaves', () => {
    for (const e of ENTRIES) for (const p of e.params) expect(KIND_OF_PARAM[p.name], `${e.name}(${p.name})`).toBeDefined();
    for (const e of ENTRIES) expect(misbehaviour(NODE, 'Asia/Tokyo', e, exampleArgs(e, 'Asia/Tokyo')), e.name).toBeUndefined();
  });
});

describe('hostile input in Node (bindCustomFunctions)', () => {
  it('every function, every argument, every edge value: valid cells in the documented shape or a named error', () => {
    const problems = ZONES.slice(0, 2).flatMap((zone) => sweep(NODE, zone, ENTRIES));
    expect(problems).toEqual([]);
  });

  it('numbers beyond a double or below 1e-300, and dates off the calendar, are refused naming the argument', () => {
    expect(refusals(NODE, 'Asia/Tokyo', ENTRIES)).toEqual([]);
  });

  it('every function, its number arguments at the edges in every combination: valid cells or a named error', () => {
    expect(extremeSweep(NODE, 'Asia/Tokyo', ENTRIES)).toEqual([]);
  });

  it('every function over 5,000-row ranges (no stack or spread limits), and the structures some functions read', () => {
    const problems: string[] = [];
    for (const e of ENTRIES) {
      const calls: (readonly [string, unknown[]])[] = [['5,000 rows', longCall(e, 'Asia/Tokyo', 5_000)], ...(STRUCTURES[e.name]?.('Asia/Tokyo') ?? [])];
      if (isSeries(e)) calls.push(['1,000 readings of ±1e300 a million days apart', extremeLog(e, 'Asia/Tokyo')]);
      for (const [what, args] of calls) {
        const bad = misbehaviour(NODE, 'Asia/Tokyo', e, args);
        if (bad) problems.push(`${e.name}, ${what}: ${bad}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(ENTRIES.map((e) => [e.name, e] as const))('%s: generated hostile calls', (_name, e) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), argsFor(e, zone), fc.boolean())),
        ([zone, args, crossRealm]) => {
          // Half the calls get every Date and array from another realm.
          const given = crossRealm ? (args.map(toOtherRealm) as unknown[]) : args;
          const bad = misbehaviour(NODE, zone, e, given);
          if (bad) throw new Error(`${e.name}${showArgs(given)}: ${bad}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('hostile input through the built bundle (Dates and arrays of the script realm)', () => {
  const bundle = bundleRuntime();

  it('the sweep, the refusals and the edge combinations, in the spreadsheet zone', () => {
    expect(sweep(bundle, 'Asia/Tokyo', ENTRIES)).toEqual([]);
    expect(refusals(bundle, 'Asia/Tokyo', ENTRIES)).toEqual([]);
    expect(extremeSweep(bundle, 'Asia/Tokyo', ENTRIES)).toEqual([]);
  });

  it.each(ENTRIES.map((e) => [e.name, e] as const))('%s: generated hostile calls', (_name, e) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), argsFor(e, zone), fc.boolean())),
        ([zone, args, foreign]) => {
          if (foreign) FOREIGN.add(args);
          const bad = misbehaviour(bundle, zone, e, args);
          if (bad) throw new Error(`${e.name}${showArgs(args)}: ${bad}`);
        },
      ),
      { numRuns: 40 },
    );
  });
});
