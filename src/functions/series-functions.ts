import { NO_DOCS, NO_EXAMPLE } from './docs-flag.ts';
/**
 * Functions over a KPI log of dated readings: forecast, ETA, trend, latest, the last n
 * readings for a sparkline, the outlook and staleness. Each reads the log once, can
 * answer for one key or a column of keys (one result per key, so a goal table needs one
 * formula per column), and ignores readings dated after an optional as_of.
 */
import { isoFromDay } from '../core/dates.ts';
import { eta, fitTrend, outlook, valueAt, type Trend } from '../core/forecast.ts';
import { checkRange, KIND_RULES, meetsAim, resolveKind } from '../core/kinds.ts';
import { lastReadings, latestReading } from '../core/kpi.ts';
import { round12 } from '../core/numbers.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { OUTLOOK, STALE_LABEL } from '../core/vocabulary.ts';
import { toChoice } from './coerce.ts';
import { publicParams, type Entry } from './entry.ts';
import { dayParam, numberParam, P, param } from './params.ts';
import { cellError, type Out } from './rowwise.ts';
import { overKeys, singleArg, type DatedRow } from './series.ts';
import type { ParamSpec } from './spec.ts';

const { dates, values, keys, key, cutOff } = P;

/** A result from one key's trend; a key with too few readings gives a blank, an unkeyed series says why. */
function fromTrend(readings: readonly DatedRow[], keyed: boolean, use: (t: Trend) => Result<Out>): Result<Out | undefined> {
  const t = fitTrend(readings);
  if (!t.ok && keyed && (t.problem.code === 'too-few-readings' || t.problem.code === 'readings-same-day')) return ok(undefined);
  return t.ok ? use(t.value) : t;
}

/** dates, values, then the function's own, then keys, key (and as_of last, added by each entry). */
const signature = (own: readonly ParamSpec[]): ParamSpec[] => publicParams([dates, values, ...own, keys, key]);

const forecastDue = dayParam('due', NO_DOCS ? '' : 'The date to forecast at: one date, or a range paired row by row with a range of keys.', { required: 'give the date to forecast at' });
const etaTarget = numberParam('target', NO_DOCS ? '' : 'The value to reach: one value, or a range paired row by row with a range of keys.', { required: 'give the value to reach' });
const PER = { day: 1, week: 7, month: 30.4375, year: 365.25 } as const;
const per = param(toChoice(Object.keys(PER) as (keyof typeof PER)[]))('per', NO_DOCS ? '' : 'Optional: the unit of time of the slope: "day" (default), "week", "month" (30.4375 days) or "year" (365.25 days).', { optional: true });
const what = param(toChoice(['value', 'date'] as const))('what', NO_DOCS ? '' : 'Optional: "value" (default) for the latest value, or "date" for the date it was read.', { optional: true });
const count = numberParam('n', NO_DOCS ? '' : 'Optional: how many of the latest readings to return per key (default 12, at most 1000).', { optional: true });
const outlookParams = [
  numberParam('target', NO_DOCS ? '' : "The goal's target (one, or a range paired with the keys).", { required: 'give the target' }),
  dayParam('due', NO_DOCS ? '' : "The goal's due date (one, or a range paired with the keys).", { required: 'give the due date' }),
  numberParam('baseline', NO_DOCS ? '' : 'Optional: the starting value; with the target it tells which way the goal goes.', { optional: true }),
  P.kind,
  P.upper,
] as const;
const staleParams = [
  numberParam('cadence', NO_DOCS ? '' : 'Days a KPI may go without a reading (one, or a range paired with the keys); blank means never stale.'),
  dayParam('as_of', NO_DOCS ? '' : 'The as-of date: a KPI is stale when as_of minus its latest reading date exceeds the cadence.', { required: 'point it at the as-of date cell' }),
  dayParam('start', NO_DOCS ? '' : 'Optional: first day of the window; a KPI with no readings is stale once as_of − start exceeds the cadence.', { optional: true }),
] as const;

const MAX_SERIES = 1000;

/** n readings per key: a whole number from 1 to 1000, 12 when blank. */
function seriesLength(n: number | undefined): number {
  if (n === undefined) return 12;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_SERIES) return n;
  throw cellError('KPI_SERIES', { code: 'not-whole-count', facts: { field: 'n', shown: String(n), most: MAX_SERIES } });
}

export const SERIES_ENTRIES: readonly Entry[] = [
  {
    name: 'GOAL_FORECAST',
    summary: NO_DOCS ? '' : 'Forecast at the due date: the least-squares line through the dated readings, read at due; per key with keys.',
    params: [...signature([forecastDue]), cutOff],
    returns: NO_DOCS ? '' : 'The fitted value at due (one per due date or key given); blank for a key with fewer than two readings.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_FORECAST({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000}, DATE(2026,3,31))',
      expected: 537600,
      working: 'readings rise 400 a day from 502,000 on Jan 1; Mar 31 is 89 days on: 502,000 + 400 × 89 = 537,600',
    },
    bind: (env) => (d, v, due, k, kk, asOf) =>
      overKeys({ name: 'GOAL_FORECAST', what: 'forecast', params: [forecastDue] as const, compute: (r, [day], keyed) => fromTrend(r, keyed, (t) => ok(valueAt(t, day as number))) }, env, { dates: d, values: v, keys: k, key: kk, asOf }, [due]),
  },
  {
    name: 'GOAL_ETA',
    summary: NO_DOCS ? '' : `The date the least-squares line through the dated readings reaches the target; "${OUTLOOK.movingAway}" or "${OUTLOOK.flat}" when it never will.`,
    params: [...signature([etaTarget]), cutOff],
    returns: NO_DOCS ? '' : `A date on or after the latest reading and as_of (one per target or key given); for a target already reached, the date of the reading from which the readings stayed there; "${OUTLOOK.movingAway}" (the way to the target is read from the first reading) or "${OUTLOOK.flat}" as text; blank for a key with fewer than two readings.`,
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_ETA({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000}, 550000)',
      expected: '2026-05-01',
      working: '(550,000 − 502,000) / 400 a day = 120 days after Jan 1 = May 1',
    },
    bind: (env) => (d, v, target, k, kk, asOf) => {
      const cut = singleArg('GOAL_ETA', cutOff, asOf, env);
      return overKeys({ name: 'GOAL_ETA', what: 'date', params: [etaTarget] as const, compute: (r, [level], keyed) => fromTrend(r, keyed, (t) => {
        const when = eta(t, r, level as number, cut);
        return when.ok && typeof when.value === 'number' ? ok({ day: when.value }) : when;
      }) }, env, { dates: d, values: v, keys: k, key: kk, asOf }, [target]);
    },
  },
  {
    name: 'KPI_TREND',
    summary: NO_DOCS ? '' : 'Trend of dated readings: the least-squares slope, per day (or per week, month or year); per key with keys.',
    params: [...publicParams([dates, values, keys, key, per]), cutOff],
    returns: NO_DOCS ? '' : 'Units per day (or per the unit given); blank for a key with fewer than two readings.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=KPI_TREND({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000})',
      expected: 400,
      working: '6,000 more every 15 days = 400 a day',
    },
    bind: (env) => (d, v, k, kk, unit, asOf) => {
      const perDays = PER[singleArg('KPI_TREND', per, unit, env) ?? 'day'];
      return overKeys({ name: 'KPI_TREND', what: 'trend', params: [] as const, compute: (r, _v, keyed) => fromTrend(r, keyed, (t) => ok(t.slope * perDays)) }, env, { dates: d, values: v, keys: k, key: kk, asOf }, []);
    },
  },
  {
    name: 'KPI_LATEST',
    summary: NO_DOCS ? '' : 'The latest reading (its value, or its date), optionally only rows whose key matches; a range of keys gives one result per key.',
    params: [...publicParams([dates, values, keys, key, what]), cutOff],
    returns: NO_DOCS ? '' : 'The latest value or date (one per key given); blank when nothing matches.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=KPI_LATEST({DATE(2026,1,1);DATE(2026,2,1);DATE(2026,1,15)}, {40;36;38}, {"wait";"wait";"nps"}, "wait")',
      expected: 36,
      working: 'the "wait" rows are Jan 1 (40) and Feb 1 (36); Feb 1 is later',
    },
    bind: (env) => (d, v, k, kk, w, asOf) => {
      const date = singleArg('KPI_LATEST', what, w, env) === 'date';
      return overKeys({ name: 'KPI_LATEST', what: date ? 'date' : 'value', params: [] as const, compute: (r) => {
        const latest = latestReading(r);
        return ok(latest === undefined ? undefined : date ? { day: latest.day } : latest.value);
      } }, env, { dates: d, values: v, keys: k, key: kk, asOf }, []);
    },
  },
  {
    name: 'KPI_SERIES',
    summary: NO_DOCS ? '' : 'For each key, its last n readings in date order as one row: one call fills a block that a SPARKLINE per row can draw.',
    params: [...publicParams([dates, values, { ...keys, optional: false }, { ...key, optional: false }, count]), cutOff],
    returns: NO_DOCS ? '' : 'One row of n cells per key (oldest first, blanks after the readings a key has).',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=KPI_SERIES({DATE(2026,1,1);DATE(2026,2,1);DATE(2026,1,15);DATE(2026,3,1)}, {40;36;38;34}, {"wait";"wait";"wait";"nps"}, "wait", 4)',
      expected: [[40, 38, 36, '']],
      working: 'the "wait" readings in date order: Jan 1 40, Jan 15 38, Feb 1 36; the fourth cell stays blank',
    },
    bind: (env) => (d, v, k, kk, n, asOf) => {
      const width = seriesLength(singleArg('KPI_SERIES', count, n, env));
      return overKeys({ name: 'KPI_SERIES', width, params: [] as const, compute: (r) => ok(lastReadings(r, width).map((x) => x.value)) },
        env, { dates: d, values: v, keys: k, key: kk, asOf }, []);
    },
  },
  {
    name: 'GOAL_OUTLOOK',
    summary: NO_DOCS ? '' : 'Pace and trend read together: per goal, "Reaches by <date>", "Misses by due", "Moving away", "Flat" or "Too few readings" (blank once achieved, and for milestones).',
    params: [...publicParams([dates, values, { ...keys, optional: false }, { ...key, optional: false }, ...outlookParams]), cutOff],
    returns: NO_DOCS ? '' : 'Text per key.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_OUTLOOK({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000}, {"R";"R";"R";"R"}, "R", 550000, DATE(2026,3,31), 500000)',
      expected: 'Misses by due',
      working: 'rising 400 a day, the line reaches 550,000 on May 1, after the Mar 31 due date',
    },
    bind: (env) => (d, v, k, kk, target, due, baseline, kind, upper, asOf) => {
      // A reach is never dated before the as-of day: the trend cannot have reached it unseen.
      const cut = singleArg('GOAL_OUTLOOK', cutOff, asOf, env);
      return overKeys({ name: 'GOAL_OUTLOOK', params: outlookParams, compute: (r, [t, day, b, given, u]) => {
        const resolved = resolveKind(given, b, t as number);
        if (!resolved.ok) return resolved;
        if (resolved.value === 'milestone') return ok(undefined);
        // A range without its high end (or upside down) is refused as GOAL_STATUS refuses it.
        const ends = resolved.value === 'within range' ? checkRange({ target: t as number, upper: u }) : ok(0);
        if (!ends.ok) return ends;
        const latest = latestReading(r);
        if (latest === undefined) return ok(OUTLOOK.tooFew);
        const g = { baseline: b, target: round12(t as number), upper: u, current: round12(latest.value) };
        if (meetsAim(resolved.value, g)) return ok(undefined);
        const { level, side } = KIND_RULES[resolved.value].aim(g);
        const o = outlook(r, level, day as number, side, cut);
        return ok(o.day === undefined ? o.label : `${o.label} ${isoFromDay(o.day)}`);
      } }, env, { dates: d, values: v, keys: k, key: kk, asOf }, [target, due, baseline, kind, upper]);
    },
  },
  {
    name: 'KPI_STALE',
    summary: NO_DOCS ? '' : `"${STALE_LABEL}" when a KPI's latest reading is older than its cadence in days (or, with no readings, once as_of − start exceeds it); else blank.`,
    params: publicParams([dates, values, { ...keys, optional: false }, { ...key, optional: false }, ...staleParams]),
    returns: NO_DOCS ? '' : `"${STALE_LABEL}" or blank, per key.`,
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=KPI_STALE({DATE(2026,1,1);DATE(2026,2,1)}, {40;36}, {"wait";"wait"}, "wait", 30, DATE(2026,3,10))',
      expected: STALE_LABEL,
      working: 'latest reading Feb 1; Mar 10 is 37 days later, more than the 30-day cadence',
    },
    bind: (env) => (d, v, k, kk, cadence, asOf, start) =>
      overKeys({ name: 'KPI_STALE', params: staleParams, compute: (r, [days, now, from]) => {
        if (days === undefined) return ok(undefined);
        if (!(days > 0)) return fail('not-positive', { field: 'cadence', shown: String(days), fix: 'give the days allowed between readings, such as 7 or 30' });
        const latest = latestReading(r);
        const since = latest !== undefined ? latest.day : from;
        return ok(since === undefined || (now as number) - since > days ? STALE_LABEL : '');
      } }, env, { dates: d, values: v, keys: k, key: kk, asOf }, [cadence, asOf, start]),
  },
];
