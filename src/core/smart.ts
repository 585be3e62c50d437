/**
 * The SMART check of a goal sentence. Only Specific, Measurable and Time-bound can be
 * read from text; Achievable and Relevant need a person, so they are never passed.
 */
import { dayFromYmd, isoFromDay, type Day } from './dates.ts';
import { describe } from './result.ts';
import { formatPoints, readGoalSentence, type GoalReading, type ParsedGoal } from './sentence.ts';

export type SmartVerdict =
  | { readonly status: 'present'; readonly detail: string }
  | { readonly status: 'missing'; readonly fix: string }
  | { readonly status: 'needs review'; readonly detail: string };

export interface SmartCheck {
  readonly specific: SmartVerdict;
  readonly measurable: SmartVerdict;
  readonly achievable: SmartVerdict;
  readonly relevant: SmartVerdict;
  readonly timeBound: SmartVerdict;
}

// Without a start date only presence is judged, and presence does not depend on the
// start, so any fixed day keeps the check pure.
const ANY_START = dayFromYmd(2026, 1, 1);

export const SMART_FIXES = {
  specific: 'say what changes and which way, such as "increase sales revenue"',
  direction: 'add a direction, such as "increase", "reduce" or "keep … above"',
  metric: 'name the measure, such as "sales revenue"',
  measurable: 'add a number, such as "by 10%" or "to 40"',
  timeBound: 'add a deadline, such as "by 2027-03-31" or "within six months"',
  /** A deadline that falls before the start date the goal was checked from. */
  lateDeadline: (due: string, start: string): string => `the deadline ${due} is before the start ${start}: give a later one`,
} as const;

const REVIEW = {
  achievable: 'compare the target with past results and the resources available',
  relevant: 'check that the goal serves a current strategic priority',
} as const;

const present = (detail: string): SmartVerdict => ({ status: 'present', detail });
const missing = (fix: string): SmartVerdict => ({ status: 'missing', fix });

function specific(goal: ParsedGoal): SmartVerdict {
  const { kind, metric } = goal;
  if (kind !== undefined && metric !== undefined) {
    return present(kind === 'increase' || kind === 'decrease' ? `${kind} ${metric}` : `${metric}: ${kind}`);
  }
  if (kind === undefined && metric === undefined) return missing(SMART_FIXES.specific);
  return missing(kind === undefined ? SMART_FIXES.direction : SMART_FIXES.metric);
}

const formatNumber = (n: number): string => String(Number(n.toPrecision(12)));

const TARGET_WORDS: Readonly<Partial<Record<string, string>>> = { 'at least': 'at least', 'at most': 'at most' };

function targetText(goal: ParsedGoal): string | undefined {
  const { target, upper, baseline, kind } = goal;
  if (target === undefined) return undefined;
  if (upper !== undefined) return `between ${formatNumber(target)} and ${formatNumber(upper)}`;
  if (baseline !== undefined) return `from ${formatNumber(baseline)} to ${formatNumber(target)}`;
  return `${TARGET_WORDS[kind ?? ''] ?? 'to'} ${formatNumber(target)}`;
}

function changeText(goal: ParsedGoal): string | undefined {
  const { change } = goal;
  if (change === undefined) return undefined;
  if (change.type === 'points') return formatPoints(change.amount);
  const percent = formatNumber(change.fraction * 100);
  return `${change.fraction < 0 ? '' : '+'}${percent}%`;
}

function measurable({ goal, refused }: GoalReading): SmartVerdict {
  if (refused !== undefined) return missing(describe(refused));
  const parts = [changeText(goal), targetText(goal)].filter((p): p is string => p !== undefined);
  if (parts.length > 0) return present(parts.join(', '));
  return goal.kind === 'milestone' ? present('done or not') : missing(SMART_FIXES.measurable);
}

function timeBound({ goal, late, outside }: GoalReading, start: Day | undefined): SmartVerdict {
  if (goal.due !== undefined && goal.window !== undefined) return present(goal.window);
  if (outside !== undefined) return missing(describe({ code: 'window-off-calendar', facts: { phrase: outside.phrase } }));
  if (late === undefined) return missing(SMART_FIXES.timeBound);
  // Without a start date there is nothing for the deadline to be late against.
  return start === undefined ? present(late.phrase) : missing(SMART_FIXES.lateDeadline(isoFromDay(late.due), isoFromDay(start)));
}

/** With a start date, a deadline before it is reported as missing; without one only presence is checked. */
export function checkSmart(text: string, start?: Day): SmartCheck {
  const reading = readGoalSentence(text, start ?? ANY_START);
  const { goal } = reading;
  return {
    specific: specific(goal),
    measurable: measurable(reading),
    achievable: { status: 'needs review', detail: REVIEW.achievable },
    relevant: { status: 'needs review', detail: REVIEW.relevant },
    timeBound: timeBound(reading, start),
  };
}

const SUMMARY_ORDER: readonly (readonly [keyof SmartCheck, string])[] = [
  ['specific', 'Specific'],
  ['measurable', 'Measurable'],
  ['timeBound', 'Time-bound'],
  ['achievable', 'Achievable'],
  ['relevant', 'Relevant'],
];

function verdictText(label: string, verdict: SmartVerdict): string {
  if (verdict.status === 'present') return `${label} ✓ (${verdict.detail})`;
  if (verdict.status === 'missing') return `${label} ✗ ${verdict.fix}`;
  return `${label}: needs review`;
}

/** One line for a cell, in the order a reader fixes things. */
export function smartSummary(check: SmartCheck): string {
  return SUMMARY_ORDER.map(([key, label]) => verdictText(label, check[key])).join(' · ');
}
