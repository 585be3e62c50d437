/**
 * The wizard's preview, worked by hand from goal-math.md. The spreadsheet's as-of date is
 * 2026-11-29 (the day the Retail table was made); without a settings sheet it is today.
 */
import { describe, expect, it } from 'vitest';
import { api, value, withTable } from './helpers.ts';

describe('previewGoal', () => {
  it('healthcare: wait time 40 → 32, 36 read on 2026-04-01 of a 180-day window is On track (p 0.5, E 0.5)', () => {
    const a = withTable();
    value(a.call('saveSettings', { asOf: '2026-04-01', pinned: true }));
    const r = value(a.call('previewGoal', { baseline: 40, target: 32, current: 36, start: '2026-01-01', due: '2026-06-30' }));
    expect(r).toEqual({
      kind: 'decrease', progress: 0.5, expected: 0.5, status: 'On track', judgedOn: '2026-04-01', missing: [],
      explanation: 'On track: progress 50.0% against expected 50.0% (90 of 180 days from start to due, 2026-01-01 to 2026-06-30); pace 1.00 is at least on_track 0.9 [baseline 40, current 36, target 32, decrease; as of 2026-04-01]',
    });
  });

  it('retail: 520,000 of 500,000 → 550,000 on 2026-11-29 in Q4 is Off track (p 0.4, E 59/91 = 0.648, pace 0.62)', () => {
    const r = value(withTable().call('previewGoal', { baseline: 500_000, target: 550_000, current: 520_000, start: '2026-10-01', due: '2026-12-31' }));
    expect([r.kind, r.progress, r.status, r.judgedOn]).toEqual(['increase', 0.4, 'Off track', '2026-11-29']);
    expect(r.expected).toBeCloseTo(59 / 91, 12);
  });

  it('judges pace on the reading date: read 2026-11-15 (45 of 91 days) the same reading is At risk (0.4 / 0.495 = 0.81)', () => {
    const r = value(withTable().call('previewGoal', { baseline: 500_000, target: 550_000, current: 520_000, start: '2026-10-01', due: '2026-12-31', readingDate: '2026-11-15' }));
    expect([r.status, r.judgedOn]).toEqual(['At risk', '2026-11-15']);
    expect(r.expected).toBeCloseTo(45 / 91, 12);
  });

  it('reads the bands from the settings: on_track 0.6 makes pace 0.62 On track', () => {
    const a = withTable();
    value(a.call('saveSettings', { onTrack: 0.6, atRisk: 0.5 }));
    expect(value(a.call('previewGoal', { baseline: 500_000, target: 550_000, current: 520_000, start: '2026-10-01', due: '2026-12-31' })).status).toBe('On track');
  });

  it('without a settings sheet, judges as of today with the default bands', () => {
    const r = value(api().call('previewGoal', { kind: 'at most', target: 30, current: 25, start: '2026-01-01', due: '2026-12-31' }));
    expect([r.status, r.judgedOn]).toEqual(['On track', '2026-11-29']);
  });

  it('without a current value the status is No data, as the table shows it', () => {
    const r = value(withTable().call('previewGoal', { baseline: 40, target: 32, start: '2026-01-01', due: '2026-06-30' }));
    expect([r.status, r.progress, r.expected, r.missing]).toEqual(['No data', null, 1, []]);
  });

  it.each([
    [{ kind: 'increase', baseline: 10 }, ['target', 'start', 'due']],
    [{ target: 32, start: '2026-01-01', due: '2026-06-30' }, ['baseline']],
    [{ kind: 'within range', target: 4, start: '2026-01-01' }, ['upper', 'due']],
    [{ kind: 'milestone', current: true }, ['start', 'due']],
    [{ kind: 'at least', target: 95, current: 96, start: '2026-01-01' }, ['due']],
  ])('names what is still missing: %j → %j, with no status', (fields, missing) => {
    const r = value(withTable().call('previewGoal', fields));
    expect([r.status, r.missing]).toEqual([null, missing]);
    expect(r.explanation).toBe(`Give ${missing.join(', ')} to see a status.`);
  });

  it('works out what it can while fields are missing: progress from a reading, expected from a window', () => {
    const a = withTable();
    expect(value(a.call('previewGoal', { kind: 'at least', target: 95, current: 96, start: '2026-01-01' })).progress).toBe(1);
    expect(value(a.call('previewGoal', { kind: 'increase', start: '2026-10-01', due: '2026-12-31' })).expected).toBeCloseTo(59 / 91, 12);
  });

  it.each([
    [{ kind: 'increase', baseline: 40, target: 40 }, 'target-equals-baseline', 'target'],
    [{ kind: 'increase', baseline: 40, target: 30 }, 'increase-target-below', 'target'],
    [{ kind: 'within range', target: 6, upper: 4, start: '2026-01-01', due: '2026-12-31' }, 'upper-below-target', 'upper'],
    [{ target: 32, start: '2026-06-30', due: '2026-01-01' }, 'due-before-start', 'due'],
    [{ baseline: 10, target: 20, current: true, start: '2026-01-01', due: '2026-12-31' }, 'flag-not-milestone', 'current'],
    [{ baseline: 10, target: 20, current: 12, start: '2026-01-01', due: '2026-12-31', readingDate: '2026-11-30' }, 'reading-after-as-of', 'readingDate'],
  ])('a wrong field is the core failure, named: %j', (fields, code, field) => {
    const r = withTable().call('previewGoal', fields);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.field]).toEqual([code, field]);
  });

  it('writes nothing', () => {
    const a = withTable();
    const before = a.s.saveJson();
    value(a.call('previewGoal', { baseline: 40, target: 32, current: 36, start: '2026-01-01', due: '2026-06-30' }));
    expect(a.s.saveJson()).toBe(before);
  });
});
