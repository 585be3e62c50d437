/** What adopting a sheet tells the person, one line each: what stays theirs, what is added and why, and problems in their data. */
import { GOAL_COLUMNS, type ColumnRole } from './goal-columns.ts';
import { COMPUTED_ROLES } from './adopt-mapping.ts';
import type { AdoptionPlan } from './adopt-plan.ts';
import { matchRoles } from './header-roles.ts';
import { columnLetter } from './table-formulas.ts';
import { checkRows } from './table-read.ts';

/** Problems in the data named at most this many at a time. */
const MOST_PROBLEMS = 5;

/** Why an empty column is added for a role the sheet lacks: what the person should fill in. */
const FILL_IN: Partial<Record<ColumnRole, string>> = {
  baseline: 'the value progress is measured from (an "at least" or "at most" goal may leave it blank)',
  start: "each goal's first day, which Expected and Status need",
  due: "each goal's last day, which Expected, Status and Outlook need",
};

export function adoptionReport(plan: Omit<AdoptionPlan, 'report'>): string[] {
  const { roles, added, columns, lastColumn } = plan;
  const at = (c: { column: number; header: string }) => `"${c.header}" (${columnLetter(c.column)})`;
  const addedAt = (role: ColumnRole) => {
    const i = added.findIndex((a) => a.role === role);
    return at({ column: lastColumn + 1 + i, header: added[i]?.header ?? '' });
  };
  const lines: string[] = [];
  const unmapped = columns.filter((c) => c.role === null);
  const computedDefs = GOAL_COLUMNS.filter((c) => COMPUTED_ROLES.includes(c.role));
  const lookComputed = unmapped.filter((c) => Object.keys(matchRoles([c.header], computedDefs)).length > 0);
  const unknown = unmapped.filter((c) => !lookComputed.includes(c));
  if (unknown.length > 0) lines.push(`Left as ${unknown.length === 1 ? 'it is' : 'they are'}, mapped to no role: ${unknown.map(at).join(', ')}`);
  if (lookComputed.length > 0) lines.push(`${lookComputed.map(at).join(', ')} stay${lookComputed.length === 1 ? 's' : ''} yours, untouched: Goalpost computes its own in the columns it adds`);
  const current = columns.find((c) => c.column === roles.current);
  if (current) {
    lines.push(`${at(current)} stays yours: Progress and Status read it as you type it; check-ins go to the KPI log only, never into it, and Outlook, Trend${roles.readingDate === undefined ? ' and Stale' : ''} follow the log's readings`);
  } else {
    lines.push('No current column: Goalpost adds Current and Reading date, the latest check-in in the KPI log on or before the as-of date');
  }
  if (roles.id === undefined && added.some((a) => a.role === 'id')) {
    const n = plan.body.slice(0, plan.goalRows).filter((r) => isGoalRow(plan, r)).length;
    lines.push(`No id column: Goalpost adds ${addedAt('id')} with an id for each of the ${n} goal${n === 1 ? '' : 's'} (G1${n > 1 ? ` to G${n}` : ''}), typed values you may change before the first check-in: check-ins and parents refer to goals by their ids`);
  }
  for (const [role, why] of Object.entries(FILL_IN) as [ColumnRole, string][]) {
    if (added.some((a) => a.role === role)) lines.push(`No ${role === 'baseline' ? 'baseline' : `${role} date`} column: Goalpost adds an empty ${addedAt(role)}: fill in ${why}`);
  }
  return [...lines, ...dataProblems(plan)];
}

/** A row with a goal, KPI or target of its own: it gets an id. */
export function isGoalRow(plan: Pick<AdoptionPlan, 'roles'>, row: readonly unknown[]): boolean {
  return (['goal', 'kpi', 'target'] as const).some((r) => plan.roles[r] !== undefined && String(row[(plan.roles[r] as number) - 1] ?? '').trim() !== '');
}

function dataProblems(plan: Omit<AdoptionPlan, 'report'>): string[] {
  const problems: string[] = [];
  const headers = Object.fromEntries(plan.columns.flatMap((c) => (c.role ? [[c.role, c.header]] : [])));
  const meta = { v: 1, table: '', sheet: 0, log: 0, columns: headers, user: Object.keys(plan.roles) as ColumnRole[] } as const;
  checkRows(plan.sheet, plan.headerRow, meta, plan.roles, plan.body, plan.goalRows, problems);
  const more = problems.length - MOST_PROBLEMS;
  return more > 0 ? [...problems.slice(0, MOST_PROBLEMS), `… and ${more} more problem${more === 1 ? '' : 's'} in the data`] : problems;
}
