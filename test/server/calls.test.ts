/**
 * Service calls per request, which are what a request costs on Apps Script: a check-in, a
 * correction and a target revision cost the same number of calls at 10 goals over a
 * 100-row log as at 1,000 goals over a 10,000-row log and a 10,000-row change log.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { sizedHandMade } from '../support/hand-made.ts';
import { measuredRequests, sizedTable, type SizedTable } from '../support/sized-table.ts';
import { api, value } from './helpers.ts';

/** Each request's calls by method, on a table of the given size, in order (the correction corrects the check-in). */
function callsFor(goals: number, readings: number, changes: number): Record<string, Record<string, number>> {
  const t = sizedTable(goals, readings, changes);
  return Object.fromEntries(Object.entries(measuredRequests(t, readings)).map(([name, run]) => {
    t.s.counter.reset();
    run();
    return [name, t.s.counter.counts()];
  }));
}

/** The goal methods, in an order that leaves each one's goal in place for the next (K7 is archived last). */
function goalRequests(t: SizedTable): Record<string, () => unknown> {
  const K = (n: number) => ({ tableId: 'T1', goalId: `K${n}` });
  return {
    previewGoal: () => value(t.call('previewGoal', { baseline: 100, target: 200, current: 150, start: '2026-10-01', due: '2026-12-31' })),
    parseGoal: () => value(t.call('parseGoal', { text: 'Reduce patient wait times by 20% within six months', baseline: 40 })),
    createGoal: () => value(t.call('createGoal', { tableId: 'T1', goal: 'New', baseline: 100, target: 200, start: '2026-10-01', due: '2026-12-31', current: 120 })),
    updateGoal: () => value(t.call('updateGoal', { ...K(5), fields: { owner: 'Bo', due: '2026-12-30', unit: '%' } })),
    selectGoal: () => value(t.call('selectGoal', K(5))),
    archiveGoal: () => value(t.call('archiveGoal', { ...K(7), reason: 'done' })),
    createTable: () => value(t.call('createTable', { template: 'Blank' })),
  };
}

function goalCallsFor(goals: number, readings: number, changes: number): Record<string, Record<string, number>> {
  const t = sizedTable(goals, readings, changes);
  return Object.fromEntries(Object.entries(goalRequests(t)).map(([name, run]) => {
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
    expect([total(small.checkIn), total(small.correction), total(small.revision), total(small.listGoals)]).toEqual([44, 54, 51, 29]);
  }, 60_000);

  it('the goal methods too', () => {
    const small = goalCallsFor(10, 100, 100);
    const large = goalCallsFor(1000, 10_000, 10_000);
    expect(large).toEqual(small);
    // The figures the README quotes.
    expect(Object.fromEntries(Object.entries(small).map(([k, v]) => [k, total(v)]))).toEqual({ previewGoal: 9, parseGoal: 0, createGoal: 144, updateGoal: 68, selectGoal: 30, archiveGoal: 72, createTable: 401 });
  }, 120_000);
});

describe('service calls to adopt a sheet', () => {
  /** Proposing, then applying, on a hand-made sheet of `rows` goals. */
  function adoptionCalls(rows: number): Record<string, Record<string, number>> {
    const a = api(createLocalServices({ timeZone: 'Etc/UTC', functions: 'none' }));
    sizedHandMade(a.app, rows);
    const measure = (apply: boolean) => {
      a.s.counter.reset();
      value(a.call('adoptSheet', { sheetName: 'Hand made', apply }));
      return a.s.counter.counts();
    };
    return { propose: measure(false), apply: measure(true) };
  }

  it('are the same at 10 goals as at 2,000', () => {
    const small = adoptionCalls(10);
    expect(adoptionCalls(2000)).toEqual(small);
    // The figures the README quotes.
    expect([total(small.propose), total(small.apply)]).toEqual([16, 311]);
  }, 60_000);
});
