import type { Day } from './dates.ts';
import { fail, ok, type Result } from './result.ts';

export interface Window {
  readonly start: Day;
  readonly due: Day;
}

/** Linear pace: the share of the window elapsed by asOf, clamped to [0, 1]. */
export function expectedProgress(window: Window, asOf: Day): Result<number> {
  const { start, due } = window;
  if (due < start) return fail('due-before-start', { start, due });
  if (due === start) return ok(asOf >= start ? 1 : 0);
  return ok(Math.min(1, Math.max(0, (asOf - start) / (due - start))));
}

/**
 * Change per day still needed to reach the target by the due date: (T − C) / (due − as_of).
 * Given the baseline, the goal's direction is known, and a target already reached needs
 * nothing more (0) rather than a rate back towards it.
 */
export function requiredRate(current: number, target: number, due: Day, asOf: Day, baseline?: number): Result<number> {
  if (asOf >= due) return fail('no-days-left', { due, asOf });
  if (baseline !== undefined && baseline !== target && (target - current) * Math.sign(target - baseline) <= 0) return ok(0);
  return ok((target - current) / (due - asOf));
}
