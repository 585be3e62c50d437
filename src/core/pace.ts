import type { Day } from './dates.ts';
import { fail, ok, type Result } from './result.ts';

/** A goal window: start and due are both days of it (the due date is the last day). */
export interface Window {
  readonly start: Day;
  readonly due: Day;
}

/** Linear pace: E = clamp((day − start) / (due − start), 0, 1), 0 on the start day and 1 on the due day. */
export function expectedProgress(window: Window, day: Day): Result<number> {
  const { start, due } = window;
  if (due < start) return fail('due-before-start', { start, due });
  if (due === start) return ok(day >= start ? 1 : 0);
  return ok(Math.min(1, Math.max(0, (day - start) / (due - start))));
}

/**
 * The day a reading is judged on: its own date when known, else as_of (goal-math.md,
 * "The reading's date"). A reading dated after as_of cannot be judged yet.
 */
export function judgedOn(asOf: Day, reading: Day | undefined): Result<Day> {
  if (reading === undefined) return ok(asOf);
  if (reading > asOf) return fail('reading-after-as-of', { reading, asOf });
  return ok(reading);
}

/**
 * Change per day still needed to reach the target by the due date: (T − C) / (due − as_of),
 * while as_of is before due; undefined from the due date on (no days are left). Given the
 * baseline, the goal's direction is known, and a target already reached needs 0.
 */
export function requiredRate(current: number, target: number, due: Day, asOf: Day, baseline?: number): number | undefined {
  if (asOf >= due) return undefined;
  if (baseline !== undefined && baseline !== target && (target - current) * Math.sign(target - baseline) <= 0) return 0;
  return (target - current) / (due - asOf);
}
