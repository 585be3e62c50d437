/**
 * A goal sentence to the wizard's fields, with the SMART check, by the same reading
 * GOAL_PARSE and GOAL_SMART give in a cell. The start defaults to today in the
 * spreadsheet's zone; a baseline (typed in the sentence, "from 42 to 33.6", else given)
 * and a change ("by 20%", "+5 points") give the target when the sentence names none.
 */
import type { ParsedGoalDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { isoFromDay, parseIsoDay, type Day } from '../core/dates.ts';
import { targetFromChange } from '../core/progress.ts';
import { ok, type Result } from '../core/result.ts';
import { readGoalSentence } from '../core/sentence.ts';
import { checkSmart, smartSummary } from '../core/smart.ts';
import type { ServerContext } from './context.ts';
import { atParam } from './goal-checks.ts';

const isoOrNull = (day: Day | undefined): string | null => (day === undefined ? null : isoFromDay(day));

export function parseGoal(p: ParamsOf<'parseGoal'>, ctx: ServerContext): Result<ParsedGoalDto> {
  const start = p.start === undefined ? ctx.today() : (parseIsoDay(p.start) as Day);
  const { goal } = readGoalSentence(p.text, start);
  const baseline = goal.baseline ?? p.baseline;
  let target = goal.target;
  if (target === undefined && baseline !== undefined && goal.change !== undefined) {
    const t = atParam(targetFromChange(baseline, goal.change));
    if (!t.ok) return t;
    target = t.value;
  }
  const smart = checkSmart(p.text, start);
  return ok({
    fields: {
      kind: goal.kind ?? null,
      change: goal.change ?? null,
      baseline: baseline ?? null,
      target: target ?? null,
      upper: goal.upper ?? null,
      metric: goal.metric ?? null,
      // The window's own start when the sentence names a period ("next quarter"), else the start it was read from.
      start: isoOrNull(goal.start ?? start),
      due: isoOrNull(goal.due),
      window: goal.window ?? null,
    },
    smart,
    summary: smartSummary(smart),
  });
}
