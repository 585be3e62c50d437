import { fastDay, fastNumber, toDay, toKind, toNumber, toReading, toText, type Coercer } from './coerce.ts';
import type { Param } from './rowwise.ts';

interface Options {
  readonly optional?: boolean;
  readonly data?: boolean;
  readonly required?: string;
}

function param<T>(coerce: Coercer<T>, fast?: Param<T>['fast']) {
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
export const readingParam = param(toReading, fastNumber);
export const dayParam = param(toDay, fastDay);
export const kindParam = param(toKind);
export const textParam = param(toText);

/** Parameters shared by the goal functions, described once. */
export const P = {
  baseline: numberParam('baseline', 'Starting value the goal is measured from; may be blank for at least, at most and milestone goals.', { data: true }),
  target: numberParam('target', 'Value to reach; for a "within range" goal, the low end; a done-or-not milestone may leave it blank (1).', { data: true }),
  current: readingParam('current', 'Latest value of the KPI (TRUE/FALSE or steps done for a milestone); blank means no data yet.', { data: true }),
  kind: kindParam('kind', 'Optional: increase, decrease, at least, at most, within range or milestone; blank reads increase or decrease from baseline and target.', { optional: true }),
  upper: numberParam('upper', 'Optional: the high end of a "within range" goal.', { optional: true }),
  start: dayParam('start', 'First day of the goal window.', { data: true, required: 'give the first day of the window' }),
  due: dayParam('due', 'Last day of the goal window.', { data: true, required: 'give the last day of the window' }),
  asOf: dayParam('as_of', 'The date to judge at: one as-of cell that every time-dependent formula reads (NOW() is not allowed in custom functions).', {
    required: 'point it at the as-of date cell',
  }),
  onTrack: numberParam('on_track', 'Optional: pace ratio (progress ÷ expected) at or above which the goal is On track; default 0.9.', { optional: true }),
  atRisk: numberParam('at_risk', 'Optional: pace ratio at or above which the goal is At risk rather than Off track; default 0.7.', { optional: true }),
} as const;
