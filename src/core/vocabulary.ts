/**
 * The words and defaults every other part of Goalpost repeats: goal kinds, status labels
 * and the default pace bands. Defined once here, with no imports, so messages, parameter
 * help, the function guide and (later) validation and colours all read the same list.
 */

export const GOAL_KINDS = ['increase', 'decrease', 'at least', 'at most', 'within range', 'milestone'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** "increase, decrease, at least, at most, within range or milestone". */
export const KIND_LIST = `${GOAL_KINDS.slice(0, -1).join(', ')} or ${GOAL_KINDS[GOAL_KINDS.length - 1]}`;

/** Every status GOAL_STATUS can show. Fixed: colours, validation and filters match them. */
export const STATUS_LABELS = ['No data', 'Achieved', 'Not started', 'Awaiting data', 'Missed', 'On track', 'At risk', 'Off track'] as const;
export type StatusLabel = (typeof STATUS_LABELS)[number];

export interface Bands {
  /** Pace ratio at or above which a goal is On track. */
  readonly onTrack: number;
  /** Pace ratio at or above which a goal is At risk rather than Off track. */
  readonly atRisk: number;
}

/** Anchored on Cascade (95/85) and UpRaise (0.95/0.75), a little more forgiving. */
export const DEFAULT_BANDS: Bands = { onTrack: 0.9, atRisk: 0.7 };

/** What GOAL_OUTLOOK says of a goal's trend; "Reaches by" is followed by the date. */
export const OUTLOOK = {
  reaches: 'Reaches by',
  misses: 'Misses by due',
  movingAway: 'Moving away',
  flat: 'Flat',
  tooFew: 'Too few readings',
} as const;
export type OutlookLabel = (typeof OUTLOOK)[keyof typeof OUTLOOK];

/** What KPI_STALE shows for a KPI not read within its cadence. */
export const STALE_LABEL = 'Stale';

/**
 * What a change-log row records: a target revision, one field of a check-in corrected, a
 * check-in deleted, or the goal archived. The sheet shows each with its own words
 * (src/sheet/change-log.ts).
 */
export const CHANGE_KINDS = ['target', 'value', 'date', 'confidence', 'note', 'deleted', 'archived'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * What each goal-table column holds, in the table's order. The columns themselves (header,
 * synonyms, format, …) are defined in src/sheet/goal-columns.ts; the server API names
 * them by role when a sheet is adopted.
 */
export const COLUMN_ROLES = [
  'id', 'parent', 'goal', 'kpi', 'owner', 'kind', 'unit', 'baseline', 'target', 'upper',
  'current', 'readingDate', 'start', 'due', 'weight', 'cadence',
  'progress', 'expected', 'status', 'outlook', 'stale', 'confidence', 'bar', 'trend', 'notes',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The goal-table templates: the four worked examples of goal-math.md. */
export const TEMPLATE_NAMES = ['Retail', 'Healthcare', 'Manufacturing', 'Software'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
