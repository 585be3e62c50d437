import { NO_DOCS } from './docs-flag.ts';
import { DEFAULT_BANDS, KIND_LIST } from '../core/vocabulary.ts';
import { fastDay, fastNumber, toDay, toKey, toKind, toNumber, toReading, toText, type Coercer } from './coerce.ts';
import type { Param } from './rowwise.ts';

interface Options {
  readonly optional?: boolean;
  readonly data?: boolean;
  readonly required?: string;
}

export function param<T>(coerce: Coercer<T>, fast?: Param<T>['fast']) {
  return (name: string, description: string, o: Options = {}): Param<T> => ({
    name,
    description,
    acceptsRange: true,
    optional: o.optional ?? false,
    data: o.data ?? false,
    coerce,
    ...(fast ? { fast } : {}),
    ...(o.required ? { required: o.required } : {}),
  });
}

export const numberParam = param(toNumber, fastNumber);
const readingParam = param(toReading, fastNumber);
export const dayParam = param(toDay, fastDay);
const kindParam = param(toKind);
export const textParam = param(toText);
export const keyParam = param(toKey);

const AS_OF = NO_DOCS ? '' : 'The date to judge at: one as-of cell that every time-dependent formula reads (NOW() is not allowed in custom functions).';

/** Parameters shared by the functions, described once. */
export const P = {
  baseline: numberParam('baseline', NO_DOCS ? '' : 'Starting value the goal is measured from; may be blank for at least, at most and milestone goals.', { data: true }),
  target: numberParam('target', NO_DOCS ? '' : 'Value to reach; for a "within range" goal, the low end; a done-or-not milestone may leave it blank (1).', { data: true }),
  current: readingParam('current', NO_DOCS ? '' : 'Latest value of the KPI (TRUE/FALSE or steps done for a milestone); blank means no data yet.', { data: true }),
  kind: kindParam('kind', NO_DOCS ? '' : `Optional: ${KIND_LIST}; blank reads increase or decrease from baseline and target.`, { optional: true }),
  upper: numberParam('upper', NO_DOCS ? '' : 'Optional: the high end of a "within range" goal.', { optional: true }),
  start: dayParam('start', NO_DOCS ? '' : 'First day of the goal window.', { data: true, required: 'give the first day of the window' }),
  due: dayParam('due', NO_DOCS ? '' : 'Last day of the goal window.', { data: true, required: 'give the last day of the window' }),
  asOf: dayParam('as_of', AS_OF, { required: 'point it at the as-of date cell' }),
  onTrack: numberParam('on_track', NO_DOCS ? '' : `Optional: pace ratio (progress ÷ expected) at or above which the goal is On track; default ${DEFAULT_BANDS.onTrack}.`, {
    optional: true,
  }),
  atRisk: numberParam('at_risk', NO_DOCS ? '' : `Optional: pace ratio at or above which the goal is At risk rather than Off track; default ${DEFAULT_BANDS.atRisk}.`, {
    optional: true,
  }),
  readingDate: dayParam(
    'reading_date',
    NO_DOCS ? '' : 'Optional: the date the current value was read; pace is judged on min(reading_date, as_of), and past due a reading from before due is Awaiting data.',
    { optional: true },
  ),
  // The log of readings that the series functions read.
  dates: dayParam('dates', NO_DOCS ? '' : 'Dates of the readings (a range); blank rows are skipped.'),
  values: numberParam('values', NO_DOCS ? '' : 'Values of the readings (a range the same size as dates).'),
  keys: textParam('keys', NO_DOCS ? '' : 'Optional: a key per reading (for example the goal id or KPI name), the same size as dates.', { optional: true }),
  key: keyParam('key', NO_DOCS ? '' : 'Optional: the key to match, or a range of keys to get one result per key.', { optional: true }),
  cutOff: dayParam('as_of', NO_DOCS ? '' : 'Optional: readings dated after this day are ignored, to see the series as it stood then.', { optional: true }),
} as const;
