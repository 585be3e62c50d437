import { describe, expect, it } from 'vitest';
import { isNpsScore, latestReading, nps, oee, OEE_FACTORS, type DatedValue } from '../../src/core/kpi.ts';
import { problem, value } from '../support/result.ts';
import { day, NPS_EXAMPLE, NPS_SCORES, OEE_EXAMPLE } from '../fixtures/examples.ts';

describe('nps: % promoters (9–10) − % detractors (0–6)', () => {
  it.each<[string, readonly number[], number]>([
    ['the worked survey 10,9,8,7,6,3,10,9,2,10: 5 promoters (50%) − 3 detractors (30%) = 20', NPS_SCORES, NPS_EXAMPLE],
    ['all promoters: 100', [9, 10, 10], 100],
    ['all detractors: −100', [0, 6, 3], -100],
    ['all passives (7, 8): 0', [7, 8, 7, 8], 0],
    ['9 is a promoter and 6 a detractor: (1 − 1) / 2 = 0', [9, 6], 0],
    ['one promoter of three: 33.33', [10, 7, 8], 100 / 3],
  ])('%s', (_n, scores, expected) => {
    expect(value(nps(scores))).toBeCloseTo(expected, 10);
  });

  it('has no score without responses', () => {
    expect(value(nps([]))).toBeUndefined();
  });

  it.each<[number, number[], number]>([
    [11, [10, 11], 2],
    [-1, [-1], 1],
    [7.5, [9, 9, 7.5], 3],
  ])('refuses a score of %s and names its position', (score, scores, position) => {
    expect(problem(nps(scores))).toEqual({ code: 'nps-score', text: `score ${position} is ${score}: NPS scores are whole numbers from 0 to 10` });
  });

  it('isNpsScore accepts whole numbers 0..10 only', () => {
    expect([0, 5, 10].every(isNpsScore)).toBe(true);
    expect([-1, 11, 9.5, Number.NaN].some(isNpsScore)).toBe(false);
  });
});

describe('oee: availability × performance × quality', () => {
  it('the worked example: 0.875 × 0.952 × 0.95 = 0.79135', () => {
    expect(value(oee(OEE_EXAMPLE))).toBeCloseTo(0.79135, 12);
  });

  it('a perfect line is 1 and a stopped line is 0', () => {
    expect(value(oee({ availability: 1, performance: 1, quality: 1 }))).toBe(1);
    expect(value(oee({ availability: 0, performance: 0.9, quality: 0.9 }))).toBe(0);
  });

  it.each<[(typeof OEE_FACTORS)[number], number]>([
    ['availability', 87.5],
    ['performance', -0.1],
    ['quality', 1.01],
    ['quality', Number.NaN],
  ])('refuses %s %s and shows a percentage as a fraction', (factor, v) => {
    const factors = { availability: 0.9, performance: 0.9, quality: 0.9, [factor]: v };
    expect(problem(oee(factors))).toEqual({ code: 'oee-factor', text: `${factor} ${v} is not a fraction between 0 and 1 (87.5% is 0.875)` });
  });
});

describe('latestReading', () => {
  const r = (iso: string, v: number): DatedValue => ({ day: day(iso), value: v });

  it('picks the reading with the latest date, whatever the row order: Feb 1 (36) after Jan 1 and Jan 15', () => {
    expect(latestReading([r('2026-01-01', 40), r('2026-02-01', 36), r('2026-01-15', 38)])?.value).toBe(36);
  });

  it('among readings of the same day, the last one entered wins', () => {
    expect(latestReading([r('2026-02-01', 36), r('2026-02-01', 35), r('2026-01-01', 40)])?.value).toBe(35);
  });

  it('has no value without readings', () => {
    expect(latestReading([])).toBeUndefined();
  });
});
