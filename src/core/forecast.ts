import { LAST_DAY, type Day } from './dates.ts';
import { lastReadings } from './kpi.ts';
import { reaches, round12 } from './numbers.ts';
import { fail, ok, type Result } from './result.ts';
import { OUTLOOK, type OutlookLabel } from './vocabulary.ts';

export interface Reading {
  readonly day: Day;
  readonly value: number;
}

/**
 * A least-squares line through dated readings, and the span it was fitted on. The line is
 * kept as its slope through the means (x̄, ȳ): read as ȳ + b·(x − x̄), it does not lose
 * digits to a + b·x with serials near 46,000.
 */
export interface Trend {
  /** Change per day; exactly 0 for a flat series. */
  readonly slope: number;
  /** x̄: the mean day of the readings. */
  readonly meanDay: number;
  /** ȳ: the mean value of the readings. */
  readonly meanValue: number;
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** The largest |value| read: the scale flatness is judged at. */
  readonly scale: number;
}

/** Least squares: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², through (x̄, ȳ); a flat series (isFlatFit) gets b = 0. */
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
  return ok({ slope: isFlatFit(slope, lastDay - firstDay, scale) ? 0 : slope, meanDay: mx, meanValue: my * unit, firstDay, lastDay, scale });
}

/**
 * Flat: the line moves less over the readings' span than float noise on their values,
 * |slope × span| ≤ 1e-12 × max |value| (0.3, 0.1 + 0.2, 0.3 is flat, not a trend).
 */
const isFlatFit = (slope: number, span: number, scale: number): boolean => Math.abs(slope * span) <= 1e-12 * scale;

/** Whether a fitted line is flat (its slope was set to 0 by isFlatFit). */
export const isFlat = (t: Trend): boolean => t.slope === 0;

/** The line at a day: ȳ + b·(x − x̄); a flat line is ȳ. */
export const valueAt = (t: Trend, day: Day): number => t.meanValue + t.slope * (day - t.meanDay);

/** The first whole day at or past where the line meets the target, float noise rounded away first. */
const crossingDay = (t: Trend, target: number): Day => Math.ceil(round12(t.meanDay + (target - t.meanValue) / t.slope));

/** Where a line is heading: the day it reaches a level, or why it does not. */
export type Heading = { readonly label: typeof OUTLOOK.reaches; readonly day: Day } | { readonly label: typeof OUTLOOK.flat | typeof OUTLOOK.movingAway };

/**
 * The one rule GOAL_ETA and GOAL_OUTLOOK read a trend by, given which way the goal wants
 * to go (+1 up, −1 down): flat, moving away (sloping the other way), or the first whole
 * day the line reaches the level. That day is never before the latest reading or the
 * as-of day: a line already past the level while the latest reading is not reaches it
 * on the latest reading's day (or as_of), since the trend cannot have reached it unseen.
 */
export function heading(t: Trend, level: number, direction: 1 | -1, asOf?: Day): Heading {
  if (isFlat(t)) return { label: OUTLOOK.flat };
  if (t.slope * direction < 0) return { label: OUTLOOK.movingAway };
  return { label: OUTLOOK.reaches, day: Math.max(crossingDay(t, level), t.lastDay, asOf ?? t.lastDay) };
}

/**
 * GOAL_ETA: the day the line `t` fitted to the readings reaches the target, or "Moving away" / "Flat". The log
 * gives no baseline, so the first reading stands for one: the target above it means up
 * (below it, down; at it, the way from the latest reading). When the latest reading is
 * already at or past the target, the answer is the day of the reading from which the
 * readings have stayed there.
 */
export function eta(t: Trend, readings: readonly Reading[], target: number, asOf?: Day): Result<Day | typeof OUTLOOK.flat | typeof OUTLOOK.movingAway> {
  const sorted = lastReadings(readings, readings.length);
  const level = round12(target);
  const way = (r: Reading | undefined) => Math.sign(level - round12(r?.value ?? level));
  const direction = way(sorted[0]) || way(sorted[sorted.length - 1]);
  const met = (r: Reading) => (direction === 0 ? round12(r.value) === level : reaches(r.value * direction, level * direction));
  let i = sorted.length;
  while (i > 0 && met(sorted[i - 1] as Reading)) i--;
  if (i < sorted.length) return ok((sorted[i] as Reading).day);
  const h = heading(t, level, direction as 1 | -1, asOf);
  if (h.label !== OUTLOOK.reaches) return ok(h.label);
  // A nearly flat line crosses thousands of years on: past the last date a sheet can hold.
  return h.day <= LAST_DAY ? ok(h.day) : fail('eta-beyond-calendar', { target });
}

export type Outlook = { readonly label: OutlookLabel; readonly day?: Day };

/**
 * Pace and trend read together: where the line through the readings is heading, given
 * which way the goal wants to go (+1 up, −1 down), by the rule GOAL_ETA uses (heading).
 * The caller blanks achieved goals.
 */
export function outlook(readings: readonly Reading[], target: number, due: Day, direction: 1 | -1, asOf?: Day): Outlook {
  const fit = fitTrend(readings);
  if (!fit.ok) return { label: OUTLOOK.tooFew };
  const h = heading(fit.value, target, direction, asOf);
  if (h.label !== OUTLOOK.reaches) return h;
  return h.day <= due ? h : { label: OUTLOOK.misses };
}
