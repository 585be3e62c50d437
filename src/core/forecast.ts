import type { Day } from './dates.ts';
import { fail, ok, type Result } from './result.ts';

export interface Reading {
  readonly day: Day;
  readonly value: number;
}

export interface Line {
  /** Change per day. */
  readonly slope: number;
  readonly intercept: number;
}

/** Least squares: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², a = ȳ − b·x̄. */
export function fitLine(readings: readonly Reading[]): Result<Line> {
  if (readings.length < 2) return fail('too-few-readings', { count: readings.length });
  let sx = 0;
  let sy = 0;
  for (const r of readings) {
    sx += r.day;
    sy += r.value;
  }
  const mx = sx / readings.length;
  const my = sy / readings.length;
  let sxy = 0;
  let sxx = 0;
  for (const r of readings) {
    sxy += (r.day - mx) * (r.value - my);
    sxx += (r.day - mx) ** 2;
  }
  if (sxx === 0) return fail('readings-same-day');
  const slope = sxy / sxx;
  return ok({ slope, intercept: my - slope * mx });
}

/** 9999-12-31, the last date Sheets shows. */
const LAST_DAY: Day = 2_958_465;

export const valueAt = (line: Line, day: Day): number => line.intercept + line.slope * day;

/**
 * The first whole day on which the fitted line reaches the target. A line reaches every
 * value once, so the day may lie before the readings: the line was at the target then,
 * which means the goal is already met or the trend runs away from it (the function does
 * not know the goal's direction; status and forecast tell which).
 */
export function etaDay(line: Line, target: number): Result<Day> {
  if (line.slope === 0) return fail('flat-trend', { target });
  const crossing = (target - line.intercept) / line.slope;
  // Round away float noise before taking the first day at or past the crossing.
  const day = Math.ceil(Math.round(crossing * 1e9) / 1e9);
  // A nearly flat line crosses thousands of years on: past the last date a sheet can hold.
  return day <= LAST_DAY ? ok(day) : fail('eta-beyond-calendar', { target });
}
