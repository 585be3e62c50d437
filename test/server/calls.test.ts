/**
 * Service calls per request, which are what a request costs on Apps Script: a check-in, a
 * correction and a target revision cost the same number of calls at 10 goals over a
 * 100-row log as at 1,000 goals over a 10,000-row log and a 10,000-row change log.
 */
import { describe, expect, it } from 'vitest';
import { measuredRequests, sizedTable } from '../support/sized-table.ts';

/** Each request's calls by method, on a table of the given size, in order (the correction corrects the check-in). */
function callsFor(goals: number, readings: number, changes: number): Record<string, Record<string, number>> {
  const t = sizedTable(goals, readings, changes);
  return Object.fromEntries(Object.entries(measuredRequests(t, readings)).map(([name, run]) => {
    t.s.counter.reset();
    run();
    return [name, t.s.counter.counts()];
  }));
}

const total = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((x, y) => x + y, 0);

describe('service calls per request', () => {
  it('are the same at 10 goals and a 100-row log as at 1,000 goals, a 10,000-row log and a 10,000-row change log', () => {
    const small = callsFor(10, 100, 100);
    const large = callsFor(1000, 10_000, 10_000);
    expect(large).toEqual(small);
    // The figures the README quotes (the spreadsheet has five sheets: Sheet1, settings, goals, log, changes).
    expect([total(small.checkIn), total(small.correction), total(small.revision), total(small.listGoals)]).toEqual([44, 54, 51, 27]);
  }, 60_000);
});
