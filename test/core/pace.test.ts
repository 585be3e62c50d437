import { describe, expect, it } from 'vitest';
import { expectedProgress, requiredRate } from '../../src/core/pace.ts';
import { describe as describeProblem } from '../../src/core/result.ts';
import { value } from '../support/result.ts';
import { day, EXAMPLES, RETAIL, RETAIL_REQUIRED_RATE } from '../fixtures/examples.ts';

const E = (start: string, due: string, asOf: string) => value(expectedProgress({ start: day(start), due: day(due) }, day(asOf)));

describe('expectedProgress: E = clamp((asOf − start) / (due − start), 0, 1)', () => {
  it.each(EXAMPLES.map((e) => [e.field, e] as const))('%s: elapsed / window days as worked by hand', (_f, e) => {
    expect(day(e.due) - day(e.start)).toBe(e.windowDays);
    expect(day(e.asOf) - day(e.start)).toBe(e.elapsedDays);
    expect(E(e.start, e.due, e.asOf)).toBeCloseTo(e.expected, 12);
  });

  it.each<[string, string, string, string, number]>([
    ['retail quarter, as of Feb 15: 45 / 89 = 0.506', '2026-01-01', '2026-03-31', '2026-02-15', 45 / 89],
    ['healthcare six months, as of Apr 1: 90 / 181 = 0.497', '2026-01-01', '2026-07-01', '2026-04-01', 90 / 181],
    ['on the start day: 0', '2026-01-01', '2026-03-31', '2026-01-01', 0],
    ['before start: clamped to 0', '2026-01-01', '2026-03-31', '2025-11-01', 0],
    ['on the due day: 1 (due is the last day of the window)', '2026-01-01', '2026-03-31', '2026-03-31', 1],
    ['after due: clamped to 1', '2026-01-01', '2026-03-31', '2026-06-01', 1],
    ['a leap year counts Feb 29: 2028-02-01 → 2028-03-02 is 30 days, day 29 on Mar 1', '2028-02-01', '2028-03-02', '2028-03-01', 29 / 30],
    ['a one-day window (start = due), on that day: 1', '2026-01-01', '2026-01-01', '2026-01-01', 1],
    ['a one-day window (start = due), the day before: 0', '2026-01-01', '2026-01-01', '2025-12-31', 0],
  ])('%s', (_name, start, due, asOf, expected) => {
    expect(E(start, due, asOf)).toBeCloseTo(expected, 12);
  });

  it('refuses a due date before the start and says due is the last day of the window', () => {
    const r = expectedProgress({ start: day('2026-03-31'), due: day('2026-01-01') }, day('2026-02-01'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('due-before-start');
    expect(describeProblem(r.problem)).toBe('due 2026-01-01 is before start 2026-03-31: the due date is the last day of the window, so give one on or after start');
  });
});

describe('requiredRate: (T − C) / (due − asOf) per day', () => {
  it('retail: (550,000 − 520,000) / 44 days (Feb 15 → Mar 31) = 681.8 a day', () => {
    const rate = requiredRate(RETAIL.current, RETAIL.target, day(RETAIL.due), day(RETAIL.asOf)) as number;
    expect(rate).toBeCloseTo(RETAIL_REQUIRED_RATE, 10);
    expect(rate).toBeCloseTo(681.818, 3);
  });

  it('healthcare: (32 − 36) / 90 days (Apr 1 → Jun 30) = −0.044 a day: negative for a decrease', () => {
    expect(requiredRate(36, 32, day('2026-06-30'), day('2026-04-01'))).toBeCloseTo(-4 / 90, 12);
  });

  it('is 0 once the target is reached and points back when overshot', () => {
    expect(requiredRate(550_000, 550_000, day('2026-03-31'), day('2026-02-15'))).toBe(0);
    expect(requiredRate(560_000, 550_000, day('2026-03-31'), day('2026-03-21'))).toBe(-1000);
  });

  it('the day before due leaves one day: the whole gap', () => {
    expect(requiredRate(520_000, 550_000, day('2026-03-31'), day('2026-03-30'))).toBe(30_000);
  });

  it.each([
    ['on the due day', '2026-03-31'],
    ['after the due day', '2026-04-02'],
  ])('has no rate %s (no days are left; the function says so in words)', (_n, asOf) => {
    expect(requiredRate(520_000, 550_000, day('2026-03-31'), day(asOf))).toBeUndefined();
  });
});
