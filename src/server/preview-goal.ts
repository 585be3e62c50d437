/**
 * The wizard's live preview: progress, expected progress and status of fields not saved
 * yet, by the same core rules the table's Progress, Expected and Status columns use, judged
 * against the as-of date and bands in Goalpost settings.
 */
import type { GoalPreviewDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { isoFromDay, parseIsoDay, type Day } from '../core/dates.ts';
import { explainStatus } from '../core/explain.ts';
import { expectedProgress, judgedOn } from '../core/pace.ts';
import { goalProgress, settleGoal } from '../core/progress.ts';
import { ok, type Result } from '../core/result.ts';
import { goalStatus, type StatusInput } from '../core/status.ts';
import type { ServerContext } from './context.ts';
import { atParam, checkGoal, goalNeeds, type GoalShape } from './goal-checks.ts';
import { judging } from './judging.ts';

type Params = ParamsOf<'previewGoal'>;

export const dayOrUndefined = (iso: string | null | undefined): Day | undefined => (iso == null ? undefined : parseIsoDay(iso));
const given = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

/** What can be worked out of a goal still missing fields: expected from a whole window, progress from a reading. */
function partial(g: GoalShape, day: Day): { progress: number | null; expected: number | null } {
  const expected = g.start !== undefined && g.due !== undefined ? expectedProgress({ start: g.start, due: g.due }, day) : undefined;
  const settled = g.target !== undefined && g.current !== undefined && goalNeeds(g).length === 0 ? settleGoal(g) : undefined;
  const progress = settled?.ok && settled.value.current !== undefined ? goalProgress({ ...settled.value, current: settled.value.current }) : undefined;
  return { expected: expected?.ok ? expected.value : null, progress: progress?.ok ? progress.value.progress : null };
}

export function previewGoal(p: Params, ctx: ServerContext): Result<GoalPreviewDto> {
  const { asOf, bands } = judging(ctx.app.getActiveSpreadsheet(), ctx.today());
  const g: GoalShape = {
    kind: p.kind === '' ? undefined : p.kind,
    baseline: given(p.baseline),
    target: given(p.target),
    upper: given(p.upper),
    current: given(p.current),
    start: dayOrUndefined(p.start),
    due: dayOrUndefined(p.due),
  };
  const readingDay = dayOrUndefined(p.readingDate);
  const day = atParam(judgedOn(asOf, readingDay));
  if (!day.ok) return day;
  const kind = checkGoal(g, '', true);
  if (!kind.ok) return kind;
  const missing = [...goalNeeds(g), ...(g.start === undefined ? ['start'] : []), ...(g.due === undefined ? ['due'] : [])];
  if (missing.length > 0) {
    return ok({ kind: kind.value ?? null, ...partial(g, day.value), status: null, explanation: `Give ${missing.join(', ')} to see a status.`, judgedOn: isoFromDay(day.value), missing });
  }
  const settled = settleGoal(g);
  if (!settled.ok) return atParam(settled);
  const input: StatusInput = { ...settled.value, start: g.start as Day, due: g.due as Day, asOf, bands, readingDay };
  const r = goalStatus(input);
  if (!r.ok) return atParam(r);
  const { status, progress, expected } = r.value;
  return ok({ kind: r.value.kind, progress: progress ?? null, expected, status, explanation: explainStatus(input, r.value), judgedOn: isoFromDay(r.value.judgedOn), missing: [] });
}
