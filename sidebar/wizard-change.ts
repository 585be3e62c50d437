/**
 * The wizard's Change field: the change a sentence states ("by 20%", "+5 points") as text a
 * person reads and corrects ("−20%", "+5 points"), and the target it gives from a baseline,
 * worked out by the core's own targetFromChange (the rule GOAL_TARGET and parseGoal use).
 */
import { targetFromChange, type GoalChange } from '../src/core/progress.ts';
import { readNumber } from './read-number.ts';

const signed = (x: number): string => `${x < 0 ? '−' : '+'}${Math.abs(x)}`;

/** A change as the field shows it: "−20%" (relative) or "+5 points" (in the KPI's unit). */
export function changeText(c: GoalChange): string {
  if (c.type === 'relative') return `${signed(Number((c.fraction * 100).toPrecision(12)))}%`;
  return `${signed(c.amount)} ${Math.abs(c.amount) === 1 ? 'point' : 'points'}`;
}

/** The change typed: "−20%", "-20 %", "+5 points", "5 pts", "+5" (points); null when blank; a message when unreadable. */
export function readChange(text: string): GoalChange | null | { readonly message: string } {
  const t = text.trim().replace(/^−/, '-');
  if (t === '') return null;
  const m = /^([+-]?[\d.]+(?:e[+-]?\d+)?)\s*(%|points?|pts?)?$/i.exec(t);
  const n = m ? readNumber('', m[1] as string) : null;
  if (!m || !n?.ok) return { message: `Change "${text.trim()}" is not a change: give a percentage such as −20% or points such as +5 points` };
  return m[2] === '%' ? { type: 'relative', fraction: Number((n.value / 100).toPrecision(12)) } : { type: 'points', amount: n.value };
}

/** The target a baseline and a change give, or why they give none (null: nothing to work out). */
export function targetOf(baselineText: string, changeField: string): { readonly target: number } | { readonly message: string } | null {
  const change = readChange(changeField);
  const baseline = readNumber('Baseline', baselineText);
  if (change === null || 'message' in change || !baseline.ok) return null;
  const t = targetFromChange(baseline.value, change);
  if (t.ok) return { target: t.value };
  return {
    message: t.problem.code === 'relative-zero-baseline'
      ? `Change ${changeText(change)} is relative and the baseline is 0: give the change in points, such as +5 points`
      : `Change ${changeText(change)} is 500% or more: give a smaller change, such as −20%`,
  };
}
