import { LAST_DAY, type Day } from './dates.ts';
import { round12 } from './numbers.ts';
import { fail, ok, type Result } from './result.ts';
import { OUTLOOK, type OutlookLabel } from './vocabulary.ts';

export interface Reading {
  readonly day: Day;
  readonly value: number;
}

/** A least-squares line through dated readings, and the span it was fitted on. */
export interface Trend {
  /** Change per day. */
  readonly slope: number;
  readonly intercept: number;
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** The largest |value| read: the scale flatness is judged at. */
  readonly scale: number;
}

/** Least squares: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², a = ȳ − b·x̄. */
export function fitTrend(readings: readonly Reading[]): Result<Trend> {
  if (readings.length < 2) return fail('too-few-readings', { count: readings.length });
  let sx = 0;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  let scale = 0;
  for (const r of readings) {
    sx += r.day;
    if (r.day < firstDay) firstDay = r.day;
    if (r.day > lastDay) lastDay = r.day;
    if (Math.abs(r.value) > scale) scale = Math.abs(r.value);
  }
  // Values are summed in units of a power of two near the largest, so readings of ±1e300
  // cannot overflow the sums (a few hundred of them would); scaling by a power of two is
  // exact, so every other fit comes out bit for bit as before.
  const unit = scale > 0 ? 2 ** Math.ceil(Math.log2(scale)) : 1;
  let sy = 0;
  for (const r of readings) sy += r.value / unit;
  const mx = sx / readings.length;
  const my = sy / readings.length;
  let sxy = 0;
  let sxx = 0;
  for (const r of readings) {
    sxy += (r.day - mx) * (r.value / unit - my);
    sxx += (r.day - mx) ** 2;
  }
  if (sxx === 0) return fail('readings-same-day');
  const slope = (sxy / sxx) * unit;
  return ok({ slope, intercept: my * unit - slope * mx, firstDay, lastDay, scale });
}

/**
 * Flat: the line moves less over the readings' span than float noise on their values,
 * |slope × span| ≤ 1e-12 × max |value| (0.3, 0.1 + 0.2, 0.3 is flat, not a trend).
 */
export const isFlat = (t: Trend): boolean => Math.abs(t.slope * (t.lastDay - t.firstDay)) <= 1e-12 * t.scale;

export const valueAt = (t: Trend, day: Day): number => t.intercept + t.slope * day;

/** The first whole day at or past where the line meets the target, float noise rounded away first. */
const crossingDay = (t: Trend, target: number): Day => Math.ceil(round12((target - t.intercept) / t.slope));

/**
 * The first whole day on which the fitted line reaches the target. The day is never
 * before the latest reading: a line that crossed the target earlier is moving away from
 * it, and that is said in words.
 */
export function etaDay(t: Trend, target: number): Result<Day> {
  if (isFlat(t) || t.slope === 0) return fail('flat-trend', { target });
  const day = crossingDay(t, target);
  if (day < t.lastDay) return fail('trend-moving-away', { target, crossed: day, latest: t.lastDay });
  // A nearly flat line crosses thousands of years on: past the last date a sheet can hold.
  return day <= LAST_DAY ? ok(day) : fail('eta-beyond-calendar', { target });
}

export type Outlook = { readonly label: OutlookLabel; readonly day?: Day };

/**
 * Pace and trend read together: where the line through the readings is heading, given
 * which way the goal wants to go (+1 up, −1 down). The caller blanks achieved goals.
 * A reach is never dated before the latest reading or the as-of day (`asOf`).
 */
export function outlook(readings: readonly Reading[], target: number, due: Day, direction: 1 | -1, asOf?: Day): Outlook {
  const fit = fitTrend(readings);
  if (!fit.ok) return { label: OUTLOOK.tooFew };
  const t = fit.value;
  if (isFlat(t)) return { label: OUTLOOK.flat };
  if (t.slope * direction < 0) return { label: OUTLOOK.movingAway };
  const crossing = crossingDay(t, target);
  // The line may already be past the target while the latest reading is not: soon, then.
  const day = Math.max(crossing, t.lastDay, asOf ?? t.lastDay);
  return day <= due ? { label: OUTLOOK.reaches, day } : { label: OUTLOOK.misses };
}
