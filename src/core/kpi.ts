import type { Day } from './dates.ts';
import { fail, ok, type Result } from './result.ts';

export const isNpsScore = (s: number): boolean => Number.isInteger(s) && s >= 0 && s <= 10;

/**
 * NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100; undefined without
 * scores. `where` names each score's cell for a message ("scores column 4").
 */
export function nps(scores: readonly number[], where: (index: number) => string = (i) => `score ${i + 1}`): Result<number | undefined> {
  let promoters = 0;
  let detractors = 0;
  for (const [i, s] of scores.entries()) {
    if (!isNpsScore(s)) return fail('nps-score', { field: where(i), score: s });
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  if (scores.length === 0) return ok(undefined);
  return ok(((promoters - detractors) / scores.length) * 100);
}

export const OEE_FACTORS = ['availability', 'performance', 'quality'] as const;

/** OEE = availability × performance × quality, each a fraction from 0 to 1. */
export function oee(factors: Readonly<Record<(typeof OEE_FACTORS)[number], number>>): Result<number> {
  for (const name of OEE_FACTORS) {
    const v = factors[name];
    if (!(v >= 0 && v <= 1)) return fail('oee-factor', { factor: name, value: v });
  }
  return ok(factors.availability * factors.performance * factors.quality);
}

export interface DatedValue {
  readonly day: Day;
  readonly value: number;
}

/** The reading with the latest date; among readings of the same day the last one entered wins. */
export function latestReading<R extends DatedValue>(readings: readonly R[]): R | undefined {
  let best: R | undefined;
  for (const r of readings) if (!best || r.day >= best.day) best = r;
  return best;
}

/** The last n readings in date order (readings of one day in the order entered). */
export function lastReadings<R extends DatedValue>(readings: readonly R[], n: number): R[] {
  const sorted = readings.map((r, i) => ({ r, i })).sort((a, b) => a.r.day - b.r.day || a.i - b.i);
  return sorted.slice(Math.max(0, sorted.length - n)).map((x) => x.r);
}
