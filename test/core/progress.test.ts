import { describe, expect, it } from 'vitest';
import { GOAL_KINDS, KIND_RULES, parseKind, resolveKind, type GoalKind } from '../../src/core/kinds.ts';
import { goalProgress, relativeTarget, settleGoal, type GoalInput, type TypedGoal } from '../../src/core/progress.ts';
import { clamp01 } from '../../src/core/rollup.ts';
import { problem, value } from '../support/result.ts';
import { EXAMPLES, RELATIVE_TARGETS } from '../fixtures/examples.ts';

const progress = (g: GoalInput) => value(goalProgress(g)).progress;

describe('goalProgress: the four worked examples', () => {
  it.each(EXAMPLES.map((e) => [e.field, e] as const))('%s: p = (C − B) / (T − B) as worked by hand', (_field, e) => {
    const p = value(goalProgress({ baseline: e.baseline, target: e.target, current: e.current }));
    expect(p.kind).toBe(e.kind);
    expect(p.progress).toBeCloseTo(e.progress, 10);
  });

  it('healthcare wait time is 0.5, not current / target (36 / 32 = 1.125): lower-is-better is baseline-to-target math', () => {
    expect(progress({ baseline: 40, target: 32, current: 36 })).toBe(0.5);
    expect(progress({ baseline: 40, target: 32, current: 36 })).not.toBeCloseTo(36 / 32);
  });
});

describe('goalProgress: increase and decrease', () => {
  it.each<[string, GoalInput, number]>([
    ['increase at baseline is 0', { kind: 'increase', baseline: 500_000, target: 550_000, current: 500_000 }, 0],
    ['increase at target is 1', { kind: 'increase', baseline: 500_000, target: 550_000, current: 550_000 }, 1],
    ['increase 20,000 of 50,000 is 0.4', { kind: 'increase', baseline: 500_000, target: 550_000, current: 520_000 }, 0.4],
    ['increase overachieved is not clamped: 60,000 / 50,000 = 1.2', { kind: 'increase', baseline: 500_000, target: 550_000, current: 560_000 }, 1.2],
    ['increase gone backwards is negative: −10,000 / 50,000 = −0.2', { kind: 'increase', baseline: 500_000, target: 550_000, current: 490_000 }, -0.2],
    ['increase from a negative baseline: NPS −10 → −8, now −9 gives 1 / 2 = 0.5', { kind: 'increase', baseline: -10, target: -8, current: -9 }, 0.5],
    ['decrease at baseline is 0', { kind: 'decrease', baseline: 40, target: 32, current: 40 }, 0],
    ['decrease at target is 1', { kind: 'decrease', baseline: 40, target: 32, current: 32 }, 1],
    ['decrease 40 → 32, now 36: −4 / −8 = 0.5', { kind: 'decrease', baseline: 40, target: 32, current: 36 }, 0.5],
    ['decrease overachieved: 40 → 32, now 30: −10 / −8 = 1.25', { kind: 'decrease', baseline: 40, target: 32, current: 30 }, 1.25],
    ['decrease gone the wrong way: 40 → 32, now 44: 4 / −8 = −0.5', { kind: 'decrease', baseline: 40, target: 32, current: 44 }, -0.5],
    ['blank kind reads increase from B < T', { baseline: 10, target: 20, current: 15 }, 0.5],
    ['blank kind reads decrease from B > T: 20 → 10, now 12: −8 / −10 = 0.8', { baseline: 20, target: 10, current: 12 }, 0.8],
  ])('%s', (_name, goal, expected) => {
    expect(progress(goal)).toBeCloseTo(expected, 12);
  });

  it('reports the kind it read from baseline and target', () => {
    expect(value(goalProgress({ baseline: 10, target: 20, current: 15 })).kind).toBe('increase');
    expect(value(goalProgress({ baseline: 20, target: 10, current: 15 })).kind).toBe('decrease');
  });
});

describe('goalProgress: at least and at most (maintained, with the partial scores documented in kinds.ts)', () => {
  it.each<[string, GoalInput, number]>([
    ['at least 100, now 120: holds → 1 (never above 1)', { kind: 'at least', target: 100, current: 120 }, 1],
    ['at least 100, now exactly 100: holds → 1', { kind: 'at least', target: 100, current: 100 }, 1],
    ['at least 100, now 80, no baseline: C / T = 0.8', { kind: 'at least', target: 100, current: 80 }, 0.8],
    ['at least 100 from baseline 60, now 80: the way from baseline (80 − 60) / (100 − 60) = 0.5', { kind: 'at least', baseline: 60, target: 100, current: 80 }, 0.5],
    ['at least 100 from baseline 60, now 50: (50 − 60) / 40 = −0.25 floored to 0', { kind: 'at least', baseline: 60, target: 100, current: 50 }, 0],
    ['at least 100 from baseline 110 (already on the right side), now 80: C / T = 0.8', { kind: 'at least', baseline: 110, target: 100, current: 80 }, 0.8],
    ['at least 100, now −5: the ratio has no meaning → 0', { kind: 'at least', target: 100, current: -5 }, 0],
    ['at least 0, now −5: a target of 0 has no ratio → 0', { kind: 'at least', target: 0, current: -5 }, 0],
    ['at least −10, now −20: a negative target has no ratio → 0', { kind: 'at least', target: -10, current: -20 }, 0],
    ['at most 30, now 25: holds → 1', { kind: 'at most', target: 30, current: 25 }, 1],
    ['at most 30, now exactly 30: holds → 1', { kind: 'at most', target: 30, current: 30 }, 1],
    ['at most 30, now 40, no baseline: T / C = 0.75', { kind: 'at most', target: 30, current: 40 }, 0.75],
    ['at most 30 from baseline 50, now 40: (40 − 50) / (30 − 50) = 0.5', { kind: 'at most', baseline: 50, target: 30, current: 40 }, 0.5],
    ['at most 30 from baseline 50, now 55: 5 / −20 = −0.25 floored to 0', { kind: 'at most', baseline: 50, target: 30, current: 55 }, 0],
    ['at most 30 from baseline 20 (already on the right side), now 40: T / C = 0.75', { kind: 'at most', baseline: 20, target: 30, current: 40 }, 0.75],
    ['at most 0, now 5: a target of 0 has no ratio → 0', { kind: 'at most', target: 0, current: 5 }, 0],
  ])('%s', (_name, goal, expected) => {
    expect(progress(goal)).toBeCloseTo(expected, 12);
  });

  it('needs no baseline and accepts a target equal to the baseline', () => {
    expect(progress({ kind: 'at least', baseline: 100, target: 100, current: 90 })).toBeCloseTo(0.9);
    expect(progress({ kind: 'at most', baseline: 30, target: 30, current: 30 })).toBe(1);
  });
});

describe('goalProgress: within range', () => {
  it.each<[string, GoalInput, number]>([
    ['[10, 20], now 15: inside → 1', { kind: 'within range', target: 10, upper: 20, current: 15 }, 1],
    ['[10, 20], now 10: the low end is inside → 1', { kind: 'within range', target: 10, upper: 20, current: 10 }, 1],
    ['[10, 20], now 20: the high end is inside → 1', { kind: 'within range', target: 10, upper: 20, current: 20 }, 1],
    ['[10, 20], now 8: 2 below of width 10 → 1 − 0.2 = 0.8', { kind: 'within range', target: 10, upper: 20, current: 8 }, 0.8],
    ['[10, 20], now 25: 5 above of width 10 → 0.5', { kind: 'within range', target: 10, upper: 20, current: 25 }, 0.5],
    ['[10, 20], now 35: 15 above is more than the width → floored to 0', { kind: 'within range', target: 10, upper: 20, current: 35 }, 0],
    ['[10, 10], now 10: a zero-width band holds exactly → 1', { kind: 'within range', target: 10, upper: 10, current: 10 }, 1],
    ['[10, 10], now 11: a zero-width band scores 0 outside', { kind: 'within range', target: 10, upper: 10, current: 11 }, 0],
  ])('%s', (_name, goal, expected) => {
    expect(progress(goal)).toBeCloseTo(expected, 12);
  });
});

describe('goalProgress: milestone', () => {
  it.each<[string, GoalInput, number]>([
    ['done (1 of 1) → 1', { kind: 'milestone', target: 1, current: 1 }, 1],
    ['not done (0 of 1) → 0', { kind: 'milestone', target: 1, current: 0 }, 0],
    ['2 of 5 steps → 0.4', { kind: 'milestone', target: 5, current: 2 }, 0.4],
    ['6 of 5 steps → 1.2 (not clamped)', { kind: 'milestone', target: 5, current: 6 }, 1.2],
  ])('%s', (_name, goal, expected) => {
    expect(progress(goal)).toBeCloseTo(expected, 12);
  });
});

describe('settleGoal: a done flag makes a milestone done-or-not, whatever its target', () => {
  it.each<[string, TypedGoal, { target: number; current: number | undefined }]>([
    ['blank target, TRUE → 1 of 1', { kind: 'milestone', current: true }, { target: 1, current: 1 }],
    ['target 5, TRUE → 1 of 1 (done, not 1 of 5 steps)', { kind: 'milestone', target: 5, current: true }, { target: 1, current: 1 }],
    ['target 5, FALSE → 0 of 1', { kind: 'milestone', target: 5, current: false }, { target: 1, current: 0 }],
    ['target 5, the number 2 → 2 of 5 steps', { kind: 'milestone', target: 5, current: 2 }, { target: 5, current: 2 }],
    ['blank target, no reading → 1 of 1 still to do', { kind: 'milestone' }, { target: 1, current: undefined }],
  ])('%s', (_n, goal, expected) => {
    const g = value(settleGoal(goal));
    expect({ target: g.target, current: g.current }).toEqual(expected);
  });
});

describe('goalProgress: failures name the field and the fix', () => {
  it.each<[string, GoalInput, string, RegExp]>([
    ['increase with target = baseline', { kind: 'increase', baseline: 100, target: 100, current: 90 }, 'target-equals-baseline', /target equals baseline \(100\).*use kind "at least" or "at most"/],
    ['blank kind with target = baseline', { baseline: 100, target: 100, current: 90 }, 'target-equals-baseline', /target equals baseline/],
    ['increase without a baseline', { kind: 'increase', target: 100, current: 90 }, 'missing-baseline', /^baseline is blank: .*starting value/],
    ['blank kind without a baseline', { target: 100, current: 90 }, 'missing-baseline', /baseline is blank.*give a kind such as "at least"/],
    ['decrease without a baseline', { kind: 'decrease', target: 32, current: 36 }, 'missing-baseline', /baseline is blank/],
    ['increase whose target is below the baseline', { kind: 'increase', baseline: 40, target: 32, current: 36 }, 'increase-target-below', /kind is "increase" but target 32 is below baseline 40: use "decrease", or leave kind blank/],
    ['decrease whose target is above the baseline', { kind: 'decrease', baseline: 10, target: 20, current: 15 }, 'decrease-target-above', /kind is "decrease" but target 20 is above baseline 10: use "increase"/],
    ['within range without upper', { kind: 'within range', target: 10, current: 15 }, 'missing-upper', /upper is blank: a "within range" goal needs the high end in upper/],
    ['within range with upper below target', { kind: 'within range', target: 20, upper: 10, current: 15 }, 'upper-below-target', /upper 10 is below target 20: target is the low end/],
    ['milestone with target 0', { kind: 'milestone', target: 0, current: 1 }, 'milestone-target', /target 0 is not a count: a milestone's target is 1 \(done\) or the number of steps/],
    ['milestone with current below 0', { kind: 'milestone', target: 1, current: -1 }, 'milestone-current', /current -1 is below 0: a milestone's current is TRUE\/FALSE, 1\/0/],
  ])('%s', (_name, goal, code, text) => {
    const m = problem(goalProgress(goal));
    expect(m.code).toBe(code);
    expect(m.text).toMatch(text);
  });
});

describe('KIND_RULES', () => {
  it.each<[GoalKind, string]>([
    ['increase', 'paced'],
    ['decrease', 'paced'],
    ['at least', 'held'],
    ['at most', 'held'],
    ['within range', 'held'],
    ['milestone', 'milestone'],
  ])('%s is tracked as %s', (kind, tracking) => {
    expect(KIND_RULES[kind].tracking).toBe(tracking);
  });

  it('has a rule for every kind', () => {
    expect(Object.keys(KIND_RULES).sort()).toEqual([...GOAL_KINDS].sort());
  });
});

describe('parseKind', () => {
  it.each<[string, GoalKind | undefined]>([
    ['increase', 'increase'],
    ['Decrease', 'decrease'],
    ['At least', 'at least'],
    ['at_most', 'at most'],
    ['within-range', 'within range'],
    ['  WITHIN   RANGE ', 'within range'],
    ['Milestone', 'milestone'],
    ['', undefined],
    ['   ', undefined],
  ])('reads "%s" as %s', (text, kind) => {
    expect(value(parseKind(text))).toBe(kind);
  });

  it.each(['more', 'atleast', 'increasing'])('rejects "%s" with the list of kinds', (text) => {
    const m = problem(parseKind(text));
    expect(m.code).toBe('unknown-kind');
    expect(m.text).toBe(`kind "${text}" is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)`);
  });
});

describe('resolveKind', () => {
  it('keeps a given kind without looking at the numbers', () => {
    expect(value(resolveKind('at least', undefined, 5))).toBe('at least');
  });
  it('reads increase from B < T and decrease from B > T', () => {
    expect(value(resolveKind(undefined, 1, 2))).toBe('increase');
    expect(value(resolveKind(undefined, 2, 1))).toBe('decrease');
  });
  it('cannot read a direction without a baseline or with T = B', () => {
    expect(problem(resolveKind(undefined, undefined, 2)).code).toBe('missing-baseline');
    expect(problem(resolveKind(undefined, 2, 2)).code).toBe('target-equals-baseline');
  });
});

describe('relativeTarget: T = B + |B| × change', () => {
  it.each(RELATIVE_TARGETS.map((t) => [t.working, t] as const))('%s', (_w, t) => {
    expect(value(relativeTarget(t.baseline, t.change))).toBeCloseTo(t.target, 9);
  });

  it('refuses a baseline of 0 and says to give the change in points', () => {
    const m = problem(relativeTarget(0, 0.1));
    expect(m.code).toBe('relative-zero-baseline');
    expect(m.text).toMatch(/^baseline is 0, which has no relative change: give the change in points instead/);
  });
});

describe('clamp01 (where progress is combined)', () => {
  it.each([
    [-0.3, 0],
    [0, 0],
    [0.46, 0.46],
    [1, 1],
    [1.25, 1],
  ])('clamps %s to %s', (x, y) => {
    expect(clamp01(x)).toBe(y);
  });
});

describe('targetFromChange: relative targets and changes in points', () => {
  it.each([
    ['+10% on 500,000 → 550,000', 500_000, { type: 'relative', fraction: 0.1 }, 550_000],
    ['−20% on a 40-minute wait → 32', 40, { type: 'relative', fraction: -0.2 }, 32],
    ['+20% on an NPS of −10 → −8 (applied to |baseline|)', -10, { type: 'relative', fraction: 0.2 }, -8],
    ['+5 points on an NPS of 30 → 35', 30, { type: 'points', amount: 5 }, 35],
    ['+5 points on a conversion rate of 0.12 stored as a fraction (+0.05) → 0.17', 0.12, { type: 'points', amount: 0.05 }, 0.17],
  ] as const)('%s', async (_name, baseline, change, target) => {
    const { targetFromChange } = await import('../../src/core/progress.ts');
    const r = targetFromChange(baseline, change);
    expect(r.ok && r.value).toBeCloseTo(target, 12);
  });

  it('a baseline of 0 has no relative change: say it in points', async () => {
    const { targetFromChange } = await import('../../src/core/progress.ts');
    expect(targetFromChange(0, { type: 'relative', fraction: 0.1 }).ok).toBe(false);
    expect(targetFromChange(0, { type: 'points', amount: 3 })).toEqual({ ok: true, value: 3 });
  });
});
