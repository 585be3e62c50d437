/**
 * Reads a goal typed as a sentence ("Increase sales revenue by 10% in the next quarter")
 * into fields the user confirms. Deterministic and conservative: a part it cannot read
 * stays undefined rather than being guessed, because the user is shown what was read.
 */
import type { Day } from './dates.ts';
import { takeWindow, type WindowReading } from './sentence-windows.ts';
import type { GoalKind } from './kinds.ts';
import { isComputable, round12 } from './numbers.ts';
import { isChangeTooLarge, type GoalChange } from './progress.ts';
import type { Problem } from './result.ts';

export type { GoalKind } from './kinds.ts';

export type { GoalChange } from './progress.ts';

export interface ParsedGoal {
  readonly kind?: GoalKind;
  readonly change?: GoalChange;
  readonly baseline?: number;
  readonly target?: number;
  /** High end of a within-range goal; target is the low end. */
  readonly upper?: number;
  readonly metric?: string;
  readonly start?: Day;
  /** Last day of the window. */
  readonly due?: Day;
  /** The phrase that gave the window, as typed. */
  readonly window?: string;
}

/** 'reach': a level to get to ("hit 1000 signups"); without a number, something to get done. */
type VerbReading = GoalKind | 'improve' | 'maintain' | 'reach';
const VERBS = new Map<string, VerbReading>([
  ...['increase', 'grow', 'raise', 'boost', 'lift', 'double', 'triple'].map((v) => [v, 'increase'] as const),
  ...['reduce', 'cut', 'decrease', 'lower', 'shrink', 'drop', 'halve'].map((v) => [v, 'decrease'] as const),
  ...['improve', 'enhance', 'optimise', 'optimize'].map((v) => [v, 'improve'] as const),
  ...['keep', 'maintain', 'stay', 'hold'].map((v) => [v, 'maintain'] as const),
  ...['launch', 'ship', 'complete', 'finish'].map((v) => [v, 'milestone'] as const),
  ...['reach', 'hit', 'achieve', 'attain', 'get to'].map((v) => [v, 'reach'] as const),
]);

/** Verbs that say how much as well as which way: a relative change of the baseline (goal-math.md). */
const VERB_CHANGES: Readonly<Partial<Record<string, number>>> = { double: 1, triple: 2, halve: -0.5 };

// Inflected forms that usually start a noun phrase ("shipping costs", "holding costs"), not a goal.
const NOT_VERBS = new Set(['shipping', 'holding', 'cuts', 'drops', 'lifts', 'hits']);

/** The words a verb form may have come from: "increasing" → "increase", "grows" → "grow", "cutting" → "cut". */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, add] of [['ing', ''], ['ing', 'e'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e']] as const) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    forms.push(stem + add);
    if (add === '' && /([^aeiouls])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  return forms;
}

interface LeadingVerb {
  readonly reading: VerbReading;
  /** The verb's base form ("doubling" → "double"). */
  readonly verb: string;
  readonly length: number;
}

/** The leading verb in any of its forms, and how much text it takes. */
function leadingVerb(body: string): LeadingVerb | undefined {
  const phrase = /^(?:get|gets|getting|got) to\b/i.exec(body);
  if (phrase) return { reading: 'reach', verb: 'get to', length: phrase[0].length };
  // A hyphen joins the word to the next ("double-digit growth"): not a verb.
  const typed = /^[a-z]+(?![\w-])/i.exec(body)?.[0] ?? '';
  const word = typed.toLowerCase();
  if (NOT_VERBS.has(word)) return undefined;
  for (const form of baseForms(word)) {
    const reading = VERBS.get(form);
    if (reading !== undefined) return { reading, verb: form, length: word.length };
  }
  return undefined;
}

const LOWER_IS_BETTER =
  /\b(?:wait(?:ing)?(?: times?)?|defects?|defect rates?|churn|costs?|response times?|cycle times?|complaints?|errors?|downtime|latency|turnaround|lead times?|bounce rates?)\b/i;

const COMPARATORS = new Map<string, GoalKind>([
  ...['at or above', 'at least', 'no less than', 'above', 'over', '>=', '≥', '>'].map((c) => [c, 'at least'] as const),
  ...['at or below', 'at most', 'no more than', 'below', 'under', '<=', '≤', '<'].map((c) => [c, 'at most'] as const),
]);
const COMPARATOR = `(${[...COMPARATORS.keys()].join('|')})`;

// A number must not run on into digits, so "1,5%" is left unread rather than read as 1; "1.5e3" is 1500.
const NUM = String.raw`([-+]?[$€£¥]?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?(?:(?:k|m|mn|bn|b)\b| ?(?:thousand|million|billion)\b)?(?![.,]?\d) ?%?)`;
const AT = String.raw`(?:^|\s)`;
// "+10%" on its own is a change; an unsigned bare number is not read.
const SIGNED = String.raw`(?=[-+][$€£¥]?\d)`;
// Case-insensitive throughout: the text keeps the case typed so the metric does ("NPS").
const CLAUSES = {
  fromTo: new RegExp(`${AT}from ${NUM}(?: [a-z]+)? to ${NUM}`, 'i'),
  to: new RegExp(`${AT}to ${NUM}`, 'i'),
  by: new RegExp(String.raw`${AT}(?:by |${SIGNED})${NUM}( ?(?:percentage points?|points?|pts?|pp)\b)?`, 'i'),
  // "Reduce defects by half", "cut costs in half": −50% (signed by the verb, like any change).
  half: new RegExp(String.raw`${AT}(?:by|in) half\b`, 'i'),
  between: new RegExp(`${AT}between ${NUM} and ${NUM}`, 'i'),
  // "by over 10%" is a vague change, not a target of 10%.
  comparator: new RegExp(`(?<!\\bby)${AT}${COMPARATOR} ?${NUM}`, 'i'),
  barePercent: new RegExp(String.raw`${AT}((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)? ?%)(?![\w%])( ?(?:percentage points?|points?|pts?|pp)\b)?`, 'i'),
  // "by" always ends the metric; "to"/"from"/"at" only before a number, so "time to hire" stays whole.
  start: new RegExp(String.raw`${AT}(?:by(?= |$)|in half\b|(?:to|from|between|at|${COMPARATOR.slice(1, -1)}) ?(?=[-+$€£¥]?\d)|${SIGNED})`, 'i'),
};

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

interface Amount {
  readonly value: number;
  readonly percent: boolean;
}

/** A number as typed ("$1.5m", "1.5e3", "20%"), whatever its size. */
function typedAmount(raw: string | undefined): Amount | undefined {
  const m = /^([-+]?)[$€£¥]?([-+]?)([\d,]+(?:\.\d+)?(?:e[-+]?\d+)?) ?([a-z]+)? ?(%)?$/i.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const sign = m[1] === '-' || m[2] === '-' ? -1 : 1;
  return { value: sign * Number((m[3] ?? '').replace(/,/g, '')) * (m[4] ? (MULTIPLIERS[m[4].toLowerCase()] ?? 1) : 1), percent: m[5] === '%' };
}

function amount(raw: string | undefined): Amount | undefined {
  const a = typedAmount(raw);
  // A number past what Goalpost computes with is not read; the sentence is refused (refusal), naming it.
  return a === undefined || !isComputable(a.value) ? undefined : { value: tidy(a.value), percent: a.percent };
}

const ANY_NUMBER = new RegExp(NUM, 'gi');
const quoted = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;

/**
 * Why a sentence's numbers cannot be used, if they cannot: a number Goalpost does not
 * compute with (1e400, 5e-324, 400 digits: isComputable, as for any cell), or a relative
 * change GOAL_TARGET refuses (500% or more). Read, either would be another number.
 */
function refusal(body: string, change: GoalChange | undefined): Problem | undefined {
  for (const m of body.matchAll(ANY_NUMBER)) {
    const a = typedAmount(m[1]);
    if (a !== undefined && !isComputable(a.value)) return { code: 'number-out-of-range', facts: { field: "the sentence's number", shown: quoted((m[1] ?? '').trim()) } };
  }
  if (change?.type === 'relative' && isChangeTooLarge(change.fraction)) {
    return { code: 'change-too-large', facts: { shown: `${change.fraction < 0 ? '' : '+'}${round12(change.fraction * 100)}%` } };
  }
  return undefined;
}

const tidy = (n: number): number => Number(n.toPrecision(12));
const absolute = (a: Amount | undefined): number | undefined => (a === undefined ? undefined : tidy(a.percent ? a.value / 100 : a.value));

const FILLER = /^(?:(?:we|i|the team) (?:will|want to|need to|aim to|plan to|must|should|shall) |(?:our |the |my )?(?:goal|aim|objective) is to |to |let's |let us )/i;
const LEADING_ARTICLE = /^(?:the|our|my|your|a|an) /i;
const UNIT_WORDS = /^(?:(?:minutes?|mins?|hours?|hrs?|days?|seconds?|secs?|ms|points?|of) )+/i;

/** Spelling and spacing made regular; the case is kept, because the metric is shown as typed. */
function normalise(text: string): string {
  return text
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .replace(/\bper ?cent\b|\bpct\b/gi, '%')
    .replace(/[,;:](?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutFiller(text: string): string {
  let body = text;
  for (let before = ''; before !== body; ) [before, body] = [body, body.replace(FILLER, '')];
  return body;
}

const startsWithVerb = (text: string): boolean => leadingVerb(withoutFiller(normalise(text))) !== undefined;

// "Retail:", "Goal:", "Q3 goal -": a few words, then a colon or a spaced dash.
const LABEL = /^((?:[^\s:]+ ){0,5}[^\s:]+?)(?:\s*:\s*|\s+-\s+)(?=\S)/;

/**
 * A leading label names the goal and is not part of it ("Retail: Goal: increase …"). Labels
 * are taken off only when the goal follows with its verb and no label is itself one, so
 * "Increase NPS: from 20 to 35" keeps its verb and metric.
 */
function withoutLabels(text: string): string {
  let rest = text;
  for (let m = LABEL.exec(rest); m !== null && !startsWithVerb(m[1] ?? ''); m = LABEL.exec(rest)) rest = rest.slice(m[0].length);
  return rest !== text && startsWithVerb(rest) ? rest : text;
}

function readKind(verb: VerbReading | undefined, metric: string | undefined, baseline: number | undefined, target: number | undefined, comparator: GoalKind | undefined, range: boolean): GoalKind | undefined {
  // "Improve" and "enhance" say better, not up: a lower-is-better measure gets better going down.
  if (verb === 'improve') {
    if (baseline !== undefined && target !== undefined && target !== baseline) return target < baseline ? 'decrease' : 'increase';
    return metric !== undefined && LOWER_IS_BETTER.test(metric) ? 'decrease' : 'increase';
  }
  if (verb === 'maintain') return range ? 'within range' : comparator;
  if (verb === 'reach') return target === undefined ? 'milestone' : metric !== undefined && LOWER_IS_BETTER.test(metric) ? 'decrease' : 'increase';
  return verb;
}

function readChange(m: RegExpExecArray | null, kind: GoalKind | undefined): GoalChange | undefined {
  const a = amount(m?.[1]);
  if (!m || a === undefined) return undefined;
  const points = m[2] !== undefined;
  // Percentage points move a percentage stored as a fraction: 2 points of churn is 0.02.
  const percentagePoints = /^ ?(?:percentage points?|pp)$/i.test(m[2] ?? '') || (points && a.percent);
  const written = percentagePoints || (a.percent && !points) ? a.value / 100 : a.value;
  const signed = tidy(kind === 'increase' ? Math.abs(written) : kind === 'decrease' ? -Math.abs(written) : written);
  return points || !a.percent ? { type: 'points', amount: signed } : { type: 'relative', fraction: signed };
}

export function parseGoalSentence(text: string, start: Day): ParsedGoal {
  return readGoalSentence(text, start).goal;
}

export interface GoalReading {
  readonly goal: ParsedGoal;
  /** A deadline that ends before the start ("by Q1 2026" from 2026-05-10): the goal has no window, this says why. */
  readonly late?: WindowReading['late'];
  /** A window with a day no sheet holds ("within 999999 years"): the goal has no window, this says why. */
  readonly outside?: WindowReading['outside'];
  /** A number the goal cannot be computed with, or a change too large to be meant: the reading is refused, this says why. */
  readonly refused?: Problem;
}

export function readGoalSentence(text: string, start: Day): GoalReading {
  const cleaned = text.replace(/[\u2212\u2012\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim().replace(/[\s.!?;:,]+$/, '');
  // The label goes first: "H1 2027: grow revenue" names the goal, it does not date it.
  const { rest, span, phrase, late, outside } = takeWindow(withoutLabels(cleaned), start);
  let body = withoutFiller(normalise(rest));
  const leading = leadingVerb(body);
  if (leading !== undefined) body = body.slice(leading.length).trim();
  const read = leading?.reading === 'reach' ? readLevel(body) : readClauses(body, leading);
  const fields: Partial<Record<keyof ParsedGoal, unknown>> = { ...read, start: span?.start, due: span?.due, window: span ? phrase : undefined };
  const goal = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as ParsedGoal;
  const refused = refusal(body, goal.change);
  return { goal, ...(late && { late }), ...(outside && { outside }), ...(refused && { refused }) };
}

type GoalFields = Omit<ParsedGoal, 'start' | 'due' | 'window'>;

const cleanMetric = (text: string): string | undefined => {
  const metric = text.trim().replace(UNIT_WORDS, '').replace(LEADING_ARTICLE, '').trim();
  return metric === '' ? undefined : metric;
};

const LEVEL_FIRST = new RegExp(String.raw`^${NUM}(?: (.*))?$`, 'i');
const LEVEL_OF = new RegExp(String.raw`^(.+?) of ${NUM}(?: (.*))?$`, 'i');

/**
 * "Hit 1000 signups", "Get to 40 NPS", "Reach a revenue of $1m": a level to reach, read
 * as an increase to an absolute target (a decrease for a lower-is-better measure). The
 * sentence gives no baseline; the user fills it in. Without a number it is a milestone.
 */
function readLevel(body: string): GoalFields {
  const first = LEVEL_FIRST.exec(body);
  const of = first ? null : LEVEL_OF.exec(body);
  const level = first?.[1] ?? of?.[2];
  const target = absolute(amount(level));
  const named = first ? (first[2] ?? '') : of ? (of[1] ?? '') : body;
  const metric = cleanMetric(named.slice(0, CLAUSES.start.exec(named)?.index ?? named.length));
  // A level typed but not read (too large) does not make the goal a milestone.
  const kind = level !== undefined && target === undefined ? undefined : readKind('reach', metric, undefined, target, undefined, false);
  return { kind, target, metric };
}

function readClauses(body: string, leading: LeadingVerb | undefined): GoalFields {
  const verb = leading?.reading;
  const fromTo = CLAUSES.fromTo.exec(body);
  const between = CLAUSES.between.exec(body);
  const comparator = CLAUSES.comparator.exec(body);
  const to = fromTo ? null : CLAUSES.to.exec(body);
  const baseline = absolute(amount(fromTo?.[1]));
  const ends = [absolute(amount(between?.[1])), absolute(amount(between?.[2]))];
  const [low, high] = ends[0] !== undefined && ends[1] !== undefined ? [Math.min(ends[0], ends[1]), Math.max(ends[0], ends[1])] : [];
  const target =
    absolute(amount(fromTo?.[2])) ?? absolute(amount(to?.[1])) ?? absolute(amount(comparator?.[2])) ?? low;

  // Numbers already read as targets are blanked so "from -10 to -8" is not also a "-10" change.
  const unread = [fromTo, between, comparator, to].reduce((b, m) => (m ? b.replace(m[0], ' ') : b), body);
  const clauseAt = CLAUSES.start.exec(body)?.index ?? body.length;
  // "Reduce wait times 20% within six months": an unsigned percentage right after the
  // measure of a change verb is the change (a bare number is not: "revenue 2027" says nothing).
  const bare = verb === 'increase' || verb === 'decrease' || verb === 'improve' ? CLAUSES.barePercent.exec(body) : null;
  const bareChange = bare !== null && bare.index < clauseAt && body.slice(0, bare.index).trim() !== '' ? bare : null;
  const metricEnd = bareChange?.index ?? clauseAt;
  const before = verb === undefined ? '' : body.slice(0, metricEnd).trim().replace(LEADING_ARTICLE, '').trim();
  // "Stay above 95% uptime": a held level may name its measure after the number.
  const after = verb === 'maintain' && (comparator || between) ? unread.replace(/\s+/g, ' ').trim().replace(UNIT_WORDS, '').replace(LEADING_ARTICLE, '').trim() : '';
  const metricText = before !== '' ? before : after;
  const metric = metricText === '' ? undefined : metricText;
  const kind = readKind(verb, metric, baseline, target, COMPARATORS.get(comparator?.[1]?.toLowerCase() ?? ''), high !== undefined);
  // A number typed beats one implied: "by half" and "double" only when no other change is given.
  const implied = CLAUSES.half.test(unread) ? -0.5 : VERB_CHANGES[leading?.verb ?? ''];
  const change = readChange(bareChange ?? CLAUSES.by.exec(unread), kind) ?? impliedChange(implied, kind);
  return { kind, change, baseline, target, upper: high, metric };
}

function impliedChange(fraction: number | undefined, kind: GoalKind | undefined): GoalChange | undefined {
  if (fraction === undefined) return undefined;
  return { type: 'relative', fraction: kind === 'increase' ? Math.abs(fraction) : kind === 'decrease' ? -Math.abs(fraction) : fraction };
}

export type ParsedGoalRow = [kind: string, change: number | string, target: number | string, metric: string, start: Day | '', due: Day | '', baseline: number | string, upper: number | string];

/**
 * The one-row reading GOAL_PARSE returns; '' where the sentence does not say. change is the
 * signed fraction for a relative change (0.1), or text such as "+5 points" for a points
 * change. start/due are Day serials (the caller turns them into Dates). baseline and upper
 * come last so the first six columns keep the places they had.
 */
export function parsedGoalRow(goal: ParsedGoal): ParsedGoalRow {
  return [goal.kind ?? '', changeCell(goal.change), goal.target ?? '', goal.metric ?? '', goal.start ?? '', goal.due ?? '', goal.baseline ?? '', goal.upper ?? ''];
}

function changeCell(change: GoalChange | undefined): number | string {
  if (change === undefined) return '';
  if (change.type === 'relative') return change.fraction;
  return formatPoints(change.amount);
}

export function formatPoints(amount: number): string {
  return `${amount < 0 ? '-' : '+'}${Math.abs(amount)} ${Math.abs(amount) === 1 ? 'point' : 'points'}`;
}
