import { etaDay, fitLine, valueAt } from '../core/forecast.ts';
import { isNpsScore, latestValue, nps, oee, type DatedValue } from '../core/kpi.ts';
import { rollup } from '../core/rollup.ts';
import { describe, fail, ok, type Result } from '../core/result.ts';
import { ERROR_TEXT_PREFIX, isBlank, toDay, toKey, toNumber, type Coercer } from './coerce.ts';
import { publicParams, type Entry } from './entry.ts';
import { dayParam, numberParam, textParam } from './params.ts';
import { CellError, rowwise, toCell, type Out } from './rowwise.ts';
import { cellsOf, datedSeries, read, sameLength, unwrap } from './series.ts';
import type { FunctionEnv } from './spec.ts';

/**
 * One result per element of a single-value-or-range argument (due dates, targets, keys):
 * a single value gives a single result or throws; a range gives a range of results with
 * short error texts in bad places.
 */
function perElement<T>(fn: string, arg: unknown, name: string, env: FunctionEnv, coerce: Coercer<T>, compute: (v: T) => Result<Out>): unknown {
  const one = (raw: unknown, where: string): { value: Out | undefined } | { message: string } => {
    const c = coerce(raw, where, env);
    if (!c.ok) return { message: c.message };
    if (c.value === undefined) return { value: undefined };
    const r = compute(c.value);
    return r.ok ? { value: r.value } : { message: describe(r.problem) };
  };
  if (!Array.isArray(arg)) {
    const r = one(arg, name);
    if ('message' in r) throw new CellError(`${fn}: ${r.message}`);
    return r.value === undefined ? '' : toCell(r.value, env);
  }
  return (arg as unknown[][]).map((row) =>
    row.map((raw) => {
      const r = one(raw, name);
      if ('message' in r) return `${ERROR_TEXT_PREFIX}${r.message}`;
      return r.value === undefined ? '' : toCell(r.value, env);
    }),
  );
}

const dates = dayParam('dates', 'Dates of the readings (a range); blank rows are skipped.');
const values = numberParam('values', 'Values of the readings (a range the same size as dates).');

const series = (fn: string, d: unknown, v: unknown, env: FunctionEnv) =>
  datedSeries(fn, d, v, env, toNumber).map(({ day, value }) => ({ day, value }));

const forecastParams = [dates, values, dayParam('due', 'The date to forecast at (a cell or a range of dates).')] as const;
const etaParams = [dates, values, numberParam('target', 'The value to reach (a cell or a range of targets).')] as const;
const trendParams = [dates, values] as const;
const rollupParams = [
  numberParam('progress', "Children's progress (a range); blanks are skipped, each is clamped to 0..1."),
  numberParam('weights', 'Optional: weights the same size as progress; blank weights count as 1.', { optional: true }),
] as const;
const latestParams = [
  dates,
  values,
  textParam('keys', 'Optional: a key per reading (for example the KPI name), the same size as dates.', { optional: true }),
  textParam('key', 'Optional: the key to match, or a range of keys to get one latest value per key.', { optional: true }),
] as const;
const npsParams = [numberParam('scores', 'Survey scores, whole numbers from 0 to 10 (a range); blanks are skipped.')] as const;
const oeeParams = [
  numberParam('availability', 'Run time ÷ planned time, as a fraction.', { data: true, required: 'give availability as a fraction' }),
  numberParam('performance', 'Ideal cycle time × total count ÷ run time, as a fraction.', { data: true, required: 'give performance as a fraction' }),
  numberParam('quality', 'Good count ÷ total count, as a fraction.', { data: true, required: 'give quality as a fraction' }),
] as const;

export const KPI_ENTRIES: readonly Entry[] = [
  {
    name: 'GOAL_FORECAST',
    summary: 'Forecast at the due date: the least-squares line through the dated readings, read at due.',
    params: publicParams(forecastParams),
    returns: 'The fitted value at due (one per due date given).',
    example: {
      formula: '=GOAL_FORECAST({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000}, DATE(2026,3,31))',
      expected: 537600,
      working: 'readings rise 400 a day from 502,000 on Jan 1; Mar 31 is day 89: 502,000 + 400 × 89 = 537,600',
    },
    bind: (env) => (d, v, due) => {
      const line = unwrap('GOAL_FORECAST', fitLine(series('GOAL_FORECAST', d, v, env)));
      return perElement('GOAL_FORECAST', due, 'due', env, toDay, (day) => ok(valueAt(line, day)));
    },
  },
  {
    name: 'GOAL_ETA',
    summary: 'The date the least-squares line through the dated readings reaches the target.',
    params: publicParams(etaParams),
    returns: 'A date (one per target given).',
    example: {
      formula: '=GOAL_ETA({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000}, 550000)',
      expected: '2026-05-01',
      working: '(550,000 − 502,000) / 400 a day = 120 days after Jan 1 = May 1',
    },
    bind: (env) => (d, v, target) => {
      const readings = series('GOAL_ETA', d, v, env);
      const line = unwrap('GOAL_ETA', fitLine(readings));
      // A loop, not Math.max(...days): spreading a long log overflows the call stack.
      return perElement('GOAL_ETA', target, 'target', env, toNumber, (t) => {
        const eta = etaDay(line, t);
        return eta.ok ? ok({ day: eta.value }) : eta;
      });
    },
  },
  {
    name: 'GOAL_ROLLUP',
    summary: 'Parent progress: the weighted mean of the children’s progress, each clamped to 0..1, blanks skipped.',
    params: publicParams(rollupParams),
    returns: 'A fraction from 0 to 1; blank when no child has data.',
    example: {
      formula: '=GOAL_ROLLUP({0.4;0.5;1.2;-0.3}, {2;1;1;1})',
      expected: 0.46,
      working: '(2 × 0.4 + 0.5 + 1 + 0) / 5 = 0.46 (1.2 counts as 1, −0.3 as 0)',
    },
    bind: (env) => (progress, weights) => {
      const fn = 'GOAL_ROLLUP';
      const p = cellsOf(progress, 'progress');
      const w = isBlank(weights) ? undefined : cellsOf(weights, 'weights');
      if (w) sameLength(fn, { name: 'progress', cells: p }, { name: 'weights', cells: w });
      const children = p.flatMap((cell, i) => {
        const value = read(fn, cell, toNumber, env);
        const weightCell = w?.[i];
        const weight = weightCell ? read(fn, weightCell, toNumber, env) : undefined;
        if (weight !== undefined && weight < 0) throw new CellError(`${fn}: ${weightCell?.where} is ${weight}: weights are 0 or more`);
        return value === undefined ? [] : [{ progress: value, weight: weight ?? 1 }];
      });
      const r = unwrap(fn, rollup(children));
      return r === undefined ? '' : r.progress;
    },
  },
  {
    name: 'KPI_LATEST',
    summary: 'The value with the latest date, optionally only rows whose key matches; a range of keys gives one result per key.',
    params: publicParams(latestParams),
    returns: 'The latest value (one per key given); blank when nothing matches.',
    example: {
      formula: '=KPI_LATEST({DATE(2026,1,1);DATE(2026,2,1);DATE(2026,1,15)}, {40;36;38}, {"wait";"wait";"nps"}, "wait")',
      expected: 36,
      working: 'the "wait" rows are Jan 1 (40) and Feb 1 (36); Feb 1 is later',
    },
    bind: (env) => (d, v, keys, key) => {
      const fn = 'KPI_LATEST';
      if (isBlank(keys) && isBlank(key)) return latestValue(datedSeries(fn, d, v, env, toNumber)) ?? '';
      if (isBlank(keys)) throw new CellError(`${fn}: key is given but keys is blank: give the range of keys beside the dates`);
      const k = cellsOf(keys, 'keys');
      sameLength(fn, { name: 'dates', cells: cellsOf(d, 'dates') }, { name: 'keys', cells: k });
      if (isBlank(key)) throw new CellError(`${fn}: keys is given but key is blank: give the key to match, or a range of keys`);
      const keyAt = (index: number) => read(fn, k[index] ?? { raw: '', where: 'keys' }, toKey, env);
      // A bad reading spoils only its own key's result, so one typo in the log does not blank every KPI.
      const spoiled = new Map<string | undefined, string>();
      const rows = datedSeries(fn, d, v, env, toNumber, (index, message) => {
        const rowKey = keyAt(index);
        if (!spoiled.has(rowKey)) spoiled.set(rowKey, message);
      });
      // One pass over the log, so a column of keys costs keys + readings, not keys × readings.
      const latest = new Map<string | undefined, DatedValue>();
      for (const r of rows) {
        const rowKey = keyAt(r.index);
        const best = latest.get(rowKey);
        if (!best || r.day >= best.day) latest.set(rowKey, r);
      }
      return perElement(fn, key, 'key', env, toKey, (want) => {
        const problem = spoiled.get(want);
        return problem === undefined ? ok(latest.get(want)?.value ?? '') : fail('bad-reading', { detail: problem });
      });
    },
  },
  {
    name: 'KPI_TREND',
    summary: 'Trend of dated readings: the least-squares slope, in units per day.',
    params: publicParams(trendParams),
    returns: 'Units per day.',
    example: {
      formula: '=KPI_TREND({DATE(2026,1,1);DATE(2026,1,16);DATE(2026,1,31);DATE(2026,2,15)}, {502000;508000;514000;520000})',
      expected: 400,
      working: '6,000 more every 15 days = 400 a day',
    },
    bind: (env) => (d, v) => unwrap('KPI_TREND', fitLine(series('KPI_TREND', d, v, env))).slope,
  },
  {
    name: 'KPI_NPS',
    summary: 'Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6), from −100 to 100.',
    params: publicParams(npsParams),
    returns: 'A score from −100 to 100; blank without scores.',
    example: { formula: '=KPI_NPS({10,9,8,7,6,3,10,9,2,10})', expected: 20, working: '5 promoters (50%) − 3 detractors (30%) = 20' },
    bind: (env) => (scores) => {
      const values = cellsOf(scores, 'scores').flatMap((c) => {
        const s = read('KPI_NPS', c, toNumber, env);
        if (s !== undefined && !isNpsScore(s)) throw new CellError(`KPI_NPS: ${c.where} is ${s}: NPS scores are whole numbers from 0 to 10`);
        return s === undefined ? [] : [s];
      });
      return unwrap('KPI_NPS', nps(values)) ?? '';
    },
  },
  {
    name: 'KPI_OEE',
    summary: 'Overall equipment effectiveness: availability × performance × quality.',
    params: publicParams(oeeParams),
    returns: 'A fraction from 0 to 1.',
    example: { formula: '=KPI_OEE(0.875, 0.952, 0.95)', expected: 0.79135, working: '0.875 × 0.952 × 0.95 = 0.79135' },
    bind: rowwise({
      name: 'KPI_OEE',
      params: oeeParams,
      compute: ([availability, performance, quality]) =>
        oee({ availability: availability as number, performance: performance as number, quality: quality as number }),
    }),
  },
];
