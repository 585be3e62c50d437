import { NO_DOCS, NO_EXAMPLE } from './docs-flag.ts';
import { explainStatus } from '../core/explain.ts';
import { isoFromDay } from '../core/dates.ts';
import { expectedProgress, judgedOn, requiredRate } from '../core/pace.ts';
import { goalProgress, relativeTarget, settleGoal } from '../core/progress.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { DEFAULT_BANDS, goalStatus, STATUS_LABELS, type Bands, type StatusInput, type StatusReading } from '../core/status.ts';
import { publicParams, type Entry } from './entry.ts';
import { numberParam, P } from './params.ts';
import { rowwise, type Values } from './rowwise.ts';

// A row with no reading is No data whatever its window (status precedence), so the
// window's dates are checked here rather than required of every row. Nor do they make a
// row: one with baseline, target and current blank is blank, in a range or alone.
const windowStart = { ...P.start, required: undefined, data: false };
const windowDue = { ...P.due, required: undefined, data: false };
const statusParams = [P.baseline, P.target, P.current, windowStart, windowDue, P.asOf, P.kind, P.upper, P.onTrack, P.atRisk, P.readingDate] as const;

let lastBands: Bands = DEFAULT_BANDS;

/**
 * Bands as given, defaults filled. A lone on_track below the default at_risk lowers
 * at_risk with it rather than failing over a value nobody typed. Bands are usually given
 * once per call, so the last pair is reused instead of built for every row.
 */
function bandsFor(onTrack: number | undefined, atRisk: number | undefined): Bands {
  const on = onTrack ?? DEFAULT_BANDS.onTrack;
  const risk = atRisk ?? Math.min(DEFAULT_BANDS.atRisk, on);
  if (lastBands.onTrack !== on || lastBands.atRisk !== risk) lastBands = { onTrack: on, atRisk: risk };
  return lastBands;
}

function statusInput(v: Values<typeof statusParams>): Result<StatusInput> {
  const [baseline, target, current, start, due, asOf, kind, upper, onTrack, atRisk, readingDay] = v;
  if (current !== undefined && start === undefined) return fail('missing-date', { field: 'start', which: 'first' });
  if (current !== undefined && due === undefined) return fail('missing-date', { field: 'due', which: 'last' });
  let settledTarget = target;
  let settledCurrent = current;
  // Only a blank target or a done flag needs settling; most rows skip the extra objects.
  if (target === undefined || typeof current === 'boolean') {
    const goal = settleGoal({ kind, baseline, target, upper, current });
    if (!goal.ok) return goal;
    settledTarget = goal.value.target;
    settledCurrent = goal.value.current;
  }
  // Spelled out rather than spread: a spread here made 100k-row status calls ten times slower.
  return ok({
    kind,
    baseline,
    target: settledTarget as number,
    upper,
    current: settledCurrent as number | undefined,
    // Without a reading the window does not matter: an unset one stands as the as-of day.
    start: start ?? due ?? (asOf as number),
    due: due ?? start ?? (asOf as number),
    asOf: asOf as number,
    bands: bandsFor(onTrack, atRisk),
    readingDay,
  });
}

/** A row's status, then what the function shows of it. */
function statusThen(v: Values<typeof statusParams>, show: (input: StatusInput, reading: StatusReading) => string): Result<string> {
  const input = statusInput(v);
  if (!input.ok) return input;
  const r = goalStatus(input.value);
  return r.ok ? ok(show(input.value, r.value)) : r;
}

const progressParams = [P.baseline, P.target, P.current, P.kind, P.upper] as const;
const targetParams = [
  numberParam('baseline', NO_DOCS ? '' : 'Starting value.', { data: true, required: 'a relative target needs the starting value' }),
  numberParam('change', NO_DOCS ? '' : 'Relative change as a fraction: 10% is 0.1, −20% is −0.2.', { data: true, required: 'give the change, such as 0.1 for +10%' }),
] as const;
const expectedParams = [P.start, P.due, P.asOf, P.readingDate] as const;
const rateParams = [
  P.current,
  { ...P.target, required: 'a goal needs a target' },
  // A due date alone does not make a row (as for GOAL_STATUS): current and target do.
  { ...P.due, data: false },
  P.asOf,
  numberParam('baseline', NO_DOCS ? '' : 'Optional: the starting value; it tells the goal’s direction, so a target already reached needs 0.', { optional: true }),
] as const;

/** GOAL_REQUIRED_RATE from the due date on: no days are left, which is said, not computed. */
const dueReached = (due: number): string => `Due date reached (${isoFromDay(due)}): no days left`;

export const GOAL_ENTRIES: readonly Entry[] = [
  {
    name: 'GOAL_PROGRESS',
    summary: NO_DOCS ? '' : 'Progress from baseline to target (0 at baseline, 1 at target; above 1 is overachieved), right for lower-is-better goals too.',
    params: publicParams(progressParams),
    returns: NO_DOCS ? '' : 'Progress as a fraction (format as %); blank when current is blank.',
    example: NO_DOCS ? NO_EXAMPLE : { formula: '=GOAL_PROGRESS(40, 32, 36)', expected: 0.5, working: 'wait time 40 → 32 min, now 36: (36 − 40) / (32 − 40) = 0.5' },
    bind: rowwise({
      name: 'GOAL_PROGRESS',
      params: progressParams,
      compute: ([baseline, target, current, kind, upper]) => {
        const goal = settleGoal({ kind, baseline, target, upper, current });
        if (!goal.ok) return goal;
        const g = goal.value;
        if (g.current === undefined) return ok('');
        const p = goalProgress({ kind: g.kind, baseline: g.baseline, target: g.target, upper: g.upper, current: g.current });
        return p.ok ? ok(p.value.progress) : p;
      },
    }),
  },
  {
    name: 'GOAL_TARGET',
    summary: NO_DOCS ? '' : 'Target from a baseline and a relative change applied to |baseline| (+20% on an NPS of −10 gives −8).',
    params: publicParams(targetParams),
    returns: NO_DOCS ? '' : 'The target value.',
    example: NO_DOCS ? NO_EXAMPLE : { formula: '=GOAL_TARGET(500000, 0.1)', expected: 550000, working: '500,000 + |500,000| × 0.1 = 550,000' },
    bind: rowwise({ name: 'GOAL_TARGET', params: targetParams, compute: ([b, change]) => relativeTarget(b as number, change as number) }),
  },
  {
    name: 'GOAL_EXPECTED',
    summary: NO_DOCS ? '' : 'Expected progress on a linear pace: the share of the window from start to due that has passed by as_of (or by reading_date, when earlier).',
    params: publicParams(expectedParams),
    returns: NO_DOCS ? '' : 'A fraction from 0 to 1.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_EXPECTED(DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))',
      expected: 45 / 89,
      working: '45 days of an 89-day quarter: 45 / 89 = 0.506',
    },
    bind: rowwise({
      name: 'GOAL_EXPECTED',
      params: expectedParams,
      compute: ([start, due, asOf, reading]) => {
        const day = judgedOn(asOf as number, reading);
        return day.ok ? expectedProgress({ start: start as number, due: due as number }, day.value) : day;
      },
    }),
  },
  {
    name: 'GOAL_STATUS',
    summary: NO_DOCS ? '' : `Status: ${STATUS_LABELS.slice(0, -1).join(', ')} or ${STATUS_LABELS[STATUS_LABELS.length - 1]}, from progress against the pace expected on the reading's date.`,
    params: publicParams(statusParams),
    returns: NO_DOCS ? '' : 'The status label; blank for a blank row.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_STATUS(500000, 550000, 520000, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))',
      expected: 'At risk',
      working: 'progress 0.4 ÷ expected 0.506 = pace 0.79: below 0.9, at least 0.7',
    },
    bind: rowwise({
      name: 'GOAL_STATUS',
      params: statusParams,
      compute: (v) => statusThen(v, (_input, reading) => reading.status),
    }),
  },
  {
    name: 'GOAL_EXPLAIN',
    summary: NO_DOCS ? '' : 'One line explaining a status: the numbers used, the pace and the rule that decided it.',
    params: publicParams(statusParams),
    returns: NO_DOCS ? '' : 'Text.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_EXPLAIN(40, 32, 36, DATE(2026,1,1), DATE(2026,6,30), DATE(2026,4,1))',
      expected:
        'On track: progress 50.0% against expected 50.0% (90 of 180 days from start to due, 2026-01-01 to 2026-06-30); pace 1.00 is at least on_track 0.9 [baseline 40, current 36, target 32, decrease; as of 2026-04-01]',
      working: 'progress (36 − 40) / (32 − 40) = 0.5 ÷ expected 90/180 = 0.5 gives pace 1.0 ≥ 0.9',
    },
    bind: rowwise({
      name: 'GOAL_EXPLAIN',
      params: statusParams,
      compute: (v) => statusThen(v, explainStatus),
    }),
  },
  {
    name: 'GOAL_REQUIRED_RATE',
    summary: NO_DOCS ? '' : 'Change per day still needed to reach the target by the due date: (target − current) / (due − as_of).',
    params: publicParams(rateParams),
    returns: NO_DOCS ? '' : 'Units per day (negative for a decrease); from the due date on, the text "Due date reached (yyyy-mm-dd): no days left".',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_REQUIRED_RATE(520000, 550000, DATE(2026,3,31), DATE(2026,2,15))',
      expected: 30000 / 44,
      working: '(550,000 − 520,000) / 44 days = 681.8 per day',
    },
    bind: rowwise({
      name: 'GOAL_REQUIRED_RATE',
      params: rateParams,
      compute: ([current, target, due, asOf, baseline]) => {
        if (current === undefined) return ok('');
        if (typeof current === 'boolean') return fail('flag-not-milestone', { value: current ? 'TRUE' : 'FALSE' });
        const rate = requiredRate(current, target as number, due as number, asOf as number, baseline);
        return ok(rate ?? dueReached(due as number));
      },
    }),
  },
];
