import { describe, expect, it } from 'vitest';
import { changeText, readChange, targetOf } from '../../sidebar/wizard-change.ts';

describe("the wizard's Change field", () => {
  it('shows a change as a person reads it', () => {
    expect(changeText({ type: 'relative', fraction: -0.2 })).toBe('−20%');
    expect(changeText({ type: 'relative', fraction: 0.15 })).toBe('+15%');
    expect(changeText({ type: 'relative', fraction: 0.07 })).toBe('+7%');
    expect(changeText({ type: 'points', amount: 5 })).toBe('+5 points');
    expect(changeText({ type: 'points', amount: -1 })).toBe('−1 point');
    expect(changeText({ type: 'points', amount: 0.02 })).toBe('+0.02 points');
  });

  it('reads what it shows back, and what a person types', () => {
    for (const c of [{ type: 'relative', fraction: -0.2 }, { type: 'relative', fraction: 0.07 }, { type: 'points', amount: 5 }, { type: 'points', amount: -1 }] as const) {
      expect(readChange(changeText(c))).toEqual(c);
    }
    expect(readChange('-20 %')).toEqual({ type: 'relative', fraction: -0.2 });
    expect(readChange('20%')).toEqual({ type: 'relative', fraction: 0.2 });
    expect(readChange('+5 pts')).toEqual({ type: 'points', amount: 5 });
    expect(readChange('3')).toEqual({ type: 'points', amount: 3 });
    expect(readChange('  ')).toBeNull();
    expect(readChange('a lot')).toEqual({ message: 'Change "a lot" is not a change: give a percentage such as −20% or points such as +5 points' });
    expect('message' in (readChange('1.2.3%') ?? {})).toBe(true);
  });

  it('works out the target with the core rule (relative to |baseline|, points added)', () => {
    expect(targetOf('40', '−20%')).toEqual({ target: 32 });
    expect(targetOf('-10', '+20%')).toEqual({ target: -8 });
    expect(targetOf('30', '+10 points')).toEqual({ target: 40 });
    expect(targetOf('0.68', '+15%')).toEqual({ target: 0.782 });
    expect(targetOf('', '−20%')).toBeNull();
    expect(targetOf('40', '')).toBeNull();
    expect(targetOf('40', 'soon')).toBeNull();
    expect(targetOf('0', '+10%')).toEqual({ message: 'Change +10% is relative and the baseline is 0: give the change in points, such as +5 points' });
    expect(targetOf('40', '+900%')).toEqual({ message: 'Change +900% is 500% or more: give a smaller change, such as −20%' });
  });
});
