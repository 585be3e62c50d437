import { isoFromDay } from './dates.ts';
import { EARLY_WINDOW, MILESTONE_DUE_SOON, type StatusInput, type StatusReading, type StatusRule } from './status.ts';

const num = (n: number) => String(Math.round(n * 10_000) / 10_000);
/** A fraction as a percentage; past 1e306, where n × 100 overflows, the exponent carries the 100 ("-1.0e+309%"). */
function pct(n: number): string {
  if (Number.isFinite(n * 100)) return `${(n * 100).toFixed(1)}%`;
  const [mantissa, exponent] = n.toExponential(1).split('e');
  return `${mantissa}e+${Number(exponent) + 2}%`;
}
const iso = isoFromDay;

const CONDITION: Record<string, (i: StatusInput) => string> = {
  'at least': (i) => `at least ${num(i.target)}`,
  'at most': (i) => `at most ${num(i.target)}`,
  'within range': (i) => `within ${num(i.target)} to ${num(i.upper ?? Number.NaN)}`,
};

function numbers(i: StatusInput, r: StatusReading): string {
  const base = i.baseline === undefined ? '' : `baseline ${num(i.baseline)}, `;
  const cur = i.current === undefined ? 'no current' : `current ${num(i.current)}`;
  const read = i.readingDay === undefined ? '' : ` read ${iso(i.readingDay)}`;
  return `${base}${cur}${read}, target ${num(i.target)}${i.upper === undefined ? '' : `, upper ${num(i.upper)}`}, ${r.kind}`;
}

/** The window in the words goal-math.md fixes: "45 of 89 days from start to due". */
function window(i: StatusInput, r: StatusReading): string {
  if (i.due === i.start) return `a one-day window, ${iso(i.start)}`;
  const on = r.judgedOn === i.asOf ? '' : `, on the reading's date ${iso(r.judgedOn)}`;
  return `${r.judgedOn - i.start} of ${i.due - i.start} days from start to due${on}, ${iso(i.start)} to ${iso(i.due)}`;
}

/** Two decimals, or as many as it takes for the shown pace not to contradict a band (0.8996 is not "0.90 below 0.9"). */
function paceText(ratio: number, bands: readonly number[]): string {
  // Progress of 1e300 against a sliver of the window is a pace past what a double holds: say how far, not "Infinity".
  if (!Number.isFinite(ratio)) return ratio > 0 ? 'above 1e308' : 'below -1e308';
  for (let digits = 2; digits < 8; digits++) {
    const shown = Number(ratio.toFixed(digits));
    if (bands.every((b) => shown >= b === ratio >= b)) return ratio.toFixed(digits);
  }
  return String(ratio);
}

function paceWords(i: StatusInput, r: StatusReading): string {
  const ratio = r.ratio ?? 0;
  const { onTrack, atRisk } = i.bands;
  const pace = `pace ${paceText(ratio, [onTrack, atRisk])}`;
  if (ratio >= onTrack) return `${pace} is at least on_track ${onTrack}`;
  if (ratio >= atRisk) return `${pace} is below on_track ${onTrack} but at least at_risk ${atRisk}`;
  return `${pace} is below at_risk ${atRisk}`;
}

/** Held levels judged on pace say what they are moving toward: a level ("at most 30"), or a range as a noun ("the range 4 to 6"). */
const toward = (i: StatusInput, r: StatusReading): string =>
  !CONDITION[r.kind] ? '' : `moving toward ${r.kind === 'within range' ? `the range ${num(i.target)} to ${num(i.upper ?? Number.NaN)}` : CONDITION[r.kind]?.(i)}: `;
const paced = (i: StatusInput, r: StatusReading): string =>
  `${toward(i, r)}progress ${pct(r.progress ?? 0)} against expected ${pct(r.expected)} (${window(i, r)}); ${paceWords(i, r)}`;

const REASONS: Record<StatusRule, (i: StatusInput, r: StatusReading) => string> = {
  'no-data': () => 'current is blank: enter a reading to get a status',
  achieved: (i, r) => `progress ${pct(r.progress ?? 0)} has reached the target`,
  'not-started': (i) => `as of ${iso(i.asOf)} is before start ${iso(i.start)}`,
  'awaiting-data': (i) =>
    `due ${iso(i.due)} has passed but the reading is dated ${iso(i.readingDay ?? i.asOf)}, before it: enter the final reading (dated ${iso(i.due)} or later) to settle it`,
  missed: (i, r) => `due ${iso(i.due)} has passed with progress ${pct(r.progress ?? 0)}`,
  'start-day': (i, r) => `the window starts on ${iso(i.start)}; progress ${pct(r.progress ?? 0)}`,
  pace: paced,
  'early-guard': (i, r) => `${paced(i, r)}, but less than ${pct(EARLY_WINDOW)} of the window has passed, so it is not yet called Off track`,
  holding: (i, r) => `current ${num(i.current ?? 0)} is ${CONDITION[r.kind]?.(i)} until due ${iso(i.due)}`,
  'held-to-due': (i, r) => `current ${num(i.current ?? 0)} is ${CONDITION[r.kind]?.(i)} and due ${iso(i.due)} has come`,
  breached: (i, r) => `current ${num(i.current ?? 0)} is not ${CONDITION[r.kind]?.(i)} (score ${pct(r.progress ?? 0)}); due ${iso(i.due)}`,
  'breached-at-due': (i, r) => `current ${num(i.current ?? 0)} is not ${CONDITION[r.kind]?.(i)} and due ${iso(i.due)} has passed`,
  'milestone-open': (i, r) => `milestone ${pct(r.progress ?? 0)} done, due ${iso(i.due)} (${window(i, r)})`,
  'milestone-due-soon': (i, r) =>
    `milestone not done with ${pct(r.expected)} of the window gone (${window(i, r)}); from ${pct(MILESTONE_DUE_SOON)} on an open milestone is at risk`,
};

/** One line: the status, why, and the numbers it was computed from. */
export function explainStatus(input: StatusInput, reading: StatusReading): string {
  return `${reading.status}: ${REASONS[reading.rule](input, reading)} [${numbers(input, reading)}; as of ${iso(input.asOf)}]`;
}
