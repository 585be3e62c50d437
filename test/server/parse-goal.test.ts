/** parseGoal: goal-math.md's sentences, read into the wizard's fields with the SMART check. */
import { describe, expect, it } from 'vitest';
import { api, value } from './helpers.ts';

describe('parseGoal', () => {
  it('healthcare: "Reduce patient wait times by 20% within six months" from 2026-01-01 with baseline 40 → 32 by 2026-06-30', () => {
    const r = value(api().call('parseGoal', { text: 'Reduce patient wait times by 20% within six months', start: '2026-01-01', baseline: 40 }));
    expect(r.fields).toEqual({
      kind: 'decrease', change: { type: 'relative', fraction: -0.2 }, baseline: 40, target: 32, upper: null,
      metric: 'patient wait times', start: '2026-01-01', due: '2026-06-30', window: 'within six months',
    });
    expect(r.smart.timeBound).toEqual({ status: 'present', detail: 'within six months' });
    expect(r.smart.achievable.status).toBe('needs review');
    expect(r.summary).toBe('Specific ✓ (decrease patient wait times) · Measurable ✓ (-20%) · Time-bound ✓ (within six months) · Achievable: needs review · Relevant: needs review');
  });

  it('retail from today (2026-11-29): "the next quarter" is Q1 2027; +10% on 500,000 is 550,000', () => {
    const r = value(api().call('parseGoal', { text: 'Increase sales revenue by 10% in the next quarter', baseline: 500_000 }));
    expect([r.fields.kind, r.fields.target, r.fields.start, r.fields.due]).toEqual(['increase', 550000, '2027-01-01', '2027-03-31']);
  });

  it('a points change on a fraction: "+5 points" of conversion 0.12 gives 0.17', () => {
    const r = value(api().call('parseGoal', { text: 'Increase conversion rate by 5 percentage points by 2027-03-31', start: '2026-11-29', baseline: 0.12 }));
    expect([r.fields.change, r.fields.target, r.fields.due]).toEqual([{ type: 'points', amount: 0.05 }, 0.17, '2027-03-31']);
  });

  it('a baseline typed in the sentence is the one used: "from 42 to 33.6"', () => {
    const r = value(api().call('parseGoal', { text: 'Cut average response time from 42 to 33.6 by 2027-06-30', start: '2026-11-29', baseline: 50 }));
    expect([r.fields.baseline, r.fields.target]).toEqual([42, 33.6]);
  });

  it('leaves what it cannot read null, and says what SMART misses', () => {
    const r = value(api().call('parseGoal', { text: 'Make customers happier', start: '2026-11-29' }));
    expect(r.fields).toEqual({ kind: null, change: null, baseline: null, target: null, upper: null, metric: null, start: '2026-11-29', due: null, window: null });
    expect(r.smart.measurable.status).toBe('missing');
    expect(r.smart.timeBound.status).toBe('missing');
  });

  it('without a baseline a relative change gives no target', () => {
    expect(value(api().call('parseGoal', { text: 'Reduce patient wait times by 20% within six months', start: '2026-01-01' })).fields.target).toBeNull();
  });

  it('a baseline of 0 has no relative change: the failure names baseline', () => {
    const r = api().call('parseGoal', { text: 'Reduce complaints by 20% within six months', baseline: 0 });
    expect(r).toEqual({ ok: false, error: { code: 'relative-zero-baseline', field: 'baseline', message: 'baseline is 0, which has no relative change: give the change in points instead (target = baseline + points)' } });
  });
});
