import type { Day } from './dates.ts';
import { fail, ok, type Result } from './result.ts';

export const isNpsScore = (s: number): boolean => Number.isInteger(s) && s >= 0 && s <= 10;

/** NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100; undefined without scores. */
export function nps(scores: readonly number[]): Result<number | undefined> {
  let promoters = 0;
  let detractors = 0;
  for (const [i, s] of scores.entries()) {
    if (!isNpsScore(s)) return fail('nps-score', { position: i + 1, score: s });
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

/** The value with the latest date; among readings of the same day the last one entered wins. */
export function latestValue(readings: readonly DatedValue[]): number | undefined {
  let best: DatedValue | undefined;
  for (const r of readings) if (!best || r.day >= best.day) best = r;
  return best?.value;
}
