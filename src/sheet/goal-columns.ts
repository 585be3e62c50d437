/**
 * The goal table's columns, defined once: header, role, synonyms, number format,
 * validation, header note, and whether Goalpost computes the column or a person types it.
 * Creation, reading, writing, Refresh and (next) adoption all read this one table.
 */
import { fixedPattern, placesFor } from './number-formats.ts';
import { GOAL_KINDS, type ColumnRole } from '../core/vocabulary.ts';

export type { ColumnRole } from '../core/vocabulary.ts';

/** How a column's cells are checked as people type. */
export type Validation =
  | { readonly type: 'list'; readonly values: readonly string[] }
  | { readonly type: 'ids' }
  | { readonly type: 'positive' }
  | { readonly type: 'between'; readonly low: number; readonly high: number };

/**
 * 'range': one range formula in the first body row fills the column; 'cell': one formula
 * per goal row (in-cell charts); 'typed': a person's column, never written by Refresh.
 */
export type Filling = 'typed' | 'range' | 'cell';

export interface ColumnDef {
  readonly role: ColumnRole;
  readonly header: string;
  /** Other headers people give the same column (read when adopting a sheet). */
  readonly synonyms: readonly string[];
  /** Body format; 'unit' follows the row's unit (%, $, €, or a word such as min). */
  readonly format?: string | 'unit';
  readonly validation?: Validation;
  /** The header cell's note: what the column holds. */
  readonly note: string;
  readonly filling: Filling;
  readonly width?: number;
}

const DATE = 'yyyy-mm-dd';
const PERCENT = '0%';

export const GOAL_COLUMNS: readonly ColumnDef[] = [
  { role: 'id', header: 'Id', synonyms: ['goal id', 'key', 'code', 'ref', 'kpi id', 'no', 'number'], format: '@', filling: 'typed', width: 60, note: 'A short unique id (G1, K1.2). The KPI log and parents refer to it.' },
  { role: 'parent', header: 'Parent', synonyms: ['parent id', 'objective id', 'rolls up to'], format: '@', validation: { type: 'ids' }, filling: 'typed', width: 60, note: "The id of the goal this row rolls up to; blank for a top-level goal." },
  { role: 'goal', header: 'Goal', synonyms: ['objective', 'goal name', 'title', 'description', 'goals', 'objectives', 'goal description'], format: '@', filling: 'typed', width: 260, note: 'The goal in words, such as "Increase sales revenue by 10% in the next quarter".' },
  { role: 'kpi', header: 'KPI', synonyms: ['metric', 'measure', 'indicator', 'key result', 'kpi name', 'metric name', 'key results'], format: '@', filling: 'typed', width: 180, note: 'The measured number that says whether the goal is being reached.' },
  { role: 'owner', header: 'Owner', synonyms: ['responsible', 'assignee', 'who', 'lead', 'accountable', 'owned by'], format: '@', filling: 'typed', width: 100, note: 'Who checks in on this KPI.' },
  { role: 'kind', header: 'Kind', synonyms: ['type', 'direction', 'goal type'], validation: { type: 'list', values: GOAL_KINDS }, filling: 'typed', width: 100, note: `${GOAL_KINDS.join(', ')}; blank reads increase or decrease from baseline and target.` },
  { role: 'unit', header: 'Unit', synonyms: ['units', 'uom'], format: '@', filling: 'typed', width: 60, note: 'The unit of baseline, target and current: %, $, €, £ or a word such as min. Percentages are stored as fractions (12% is 0.12).' },
  { role: 'baseline', header: 'Baseline', synonyms: ['start value', 'starting value', 'from', 'initial', 'initial value', 'baseline value', 'starting point'], format: 'unit', filling: 'typed', width: 90, note: 'The value progress is measured from.' },
  { role: 'target', header: 'Target', synonyms: ['goal value', 'target value', 'to', 'objective value', 'goal target', 'planned', 'plan', 'goal amount'], format: 'unit', filling: 'typed', width: 90, note: 'The value to reach; for "within range", the low end. Change it with a target revision so its history is kept.' },
  { role: 'upper', header: 'Upper', synonyms: ['high', 'max', 'upper bound'], format: 'unit', filling: 'typed', width: 80, note: 'The high end of a "within range" goal.' },
  { role: 'current', header: 'Current', synonyms: ['actual', 'value', 'latest', 'current value', 'actuals', 'actual value', 'achieved', 'result', 'latest value'], format: 'unit', filling: 'range', width: 90, note: 'Computed: the latest reading in the KPI log on or before the as-of date.' },
  { role: 'readingDate', header: 'Reading date', synonyms: ['as at', 'last update', 'updated', 'reading', 'last updated', 'as of', 'date of reading', 'measured on'], format: DATE, filling: 'range', width: 100, note: 'Computed: the date of that reading. Pace is judged on this day.' },
  { role: 'start', header: 'Start', synonyms: ['start date', 'from date', 'begin', 'starts', 'start on', 'begins'], format: DATE, filling: 'typed', width: 100, note: 'First day of the window.' },
  { role: 'due', header: 'Due', synonyms: ['due date', 'deadline', 'end', 'end date', 'by', 'target date', 'due by', 'finish date'], format: DATE, filling: 'typed', width: 100, note: 'Last day of the window.' },
  { role: 'weight', header: 'Weight', synonyms: ['weighting', 'importance'], validation: { type: 'positive' }, filling: 'typed', width: 70, note: "How much this row counts in its parent's rollup (blank counts 1)." },
  { role: 'cadence', header: 'Cadence (days)', synonyms: ['cadence', 'frequency', 'update every', 'check-in every'], format: '0', validation: { type: 'positive' }, filling: 'typed', width: 100, note: 'Days allowed between readings before the KPI is flagged stale; blank uses the default in Goalpost settings.' },
  { role: 'progress', header: 'Progress', synonyms: ['% complete', 'completion', 'progress %'], format: PERCENT, filling: 'range', width: 80, note: 'Computed: from baseline to target (a parent: the weighted rollup of its children).' },
  { role: 'expected', header: 'Expected', synonyms: ['expected progress', 'pace'], format: PERCENT, filling: 'range', width: 80, note: 'Computed: the share of the window passed on the reading date (linear pace).' },
  { role: 'status', header: 'Status', synonyms: ['rag', 'health', 'state'], filling: 'range', width: 100, note: 'Computed: progress against the expected pace, with the bands in Goalpost settings.' },
  { role: 'outlook', header: 'Outlook', synonyms: ['forecast', 'trend outlook'], filling: 'range', width: 150, note: 'Computed: where the trend of the readings is heading by the due date.' },
  { role: 'stale', header: 'Stale', synonyms: ['overdue update', 'stale?'], filling: 'range', width: 60, note: 'Computed: "Stale" when the latest reading is older than the cadence.' },
  { role: 'confidence', header: 'Confidence', synonyms: ['confidence (1-10)', 'owner confidence'], format: '0', validation: { type: 'between', low: 1, high: 10 }, filling: 'typed', width: 90, note: "The owner's own judgement, 1 to 10; kept beside the status, never mixed into it." },
  { role: 'bar', header: 'Bar', synonyms: [], filling: 'cell', width: 110, note: 'Computed: progress as a bar, clamped to 0..100%, coloured by status.' },
  { role: 'trend', header: 'Trend', synonyms: ['sparkline', 'chart'], filling: 'cell', width: 110, note: 'Computed: the last readings as a line.' },
  { role: 'notes', header: 'Notes', synonyms: ['comments', 'remarks', 'comment', 'note'], format: '@', filling: 'typed', width: 220, note: 'Anything else.' },
];

/**
 * How headers are compared: case, spacing and punctuation do not count ("Goal value",
 * "goal-value" and "GOAL VALUE:" are one header). Reading a table and adopting a sheet both
 * compare this way.
 */
export const headerKey = (s: unknown): string => String(s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const COLUMN_OF: Readonly<Record<ColumnRole, ColumnDef>> = Object.fromEntries(GOAL_COLUMNS.map((c) => [c.role, c])) as Record<ColumnRole, ColumnDef>;

/** The KPI log's columns: check-ins append here. */
export const LOG_COLUMNS = ['Date', 'Goal id', 'Value', 'Confidence', 'Note', 'Who'] as const;

/** How many readings the trend block keeps per goal (the sparkline's points). */
export const TREND_POINTS = 12;

/**
 * Goalpost's hidden helper columns, right after the trend block: each row's own progress
 * (GOAL_PROGRESS, what Progress rolls up) and whether the row has children (a parent is
 * judged on its rollup). Keeping them out of the Progress and Status formulas keeps every
 * column to one custom-function execution, and the children looked up once.
 */
export const HELPER_HEADERS = ['Own progress', 'Has children'] as const;

/** The hidden block's width: the trend block, then the helper columns. */
export const BLOCK_WIDTH = TREND_POINTS + HELPER_HEADERS.length;

/**
 * A number format for a unit: percentages as fractions, currency symbols in front (no
 * places for whole amounts, else two), words after. The places are fixed from the row's
 * numbers (baseline, target, upper, current): Sheets shows "42." under optional places.
 */
export function unitFormat(unit: string, numbers: readonly unknown[]): string {
  const u = unit.trim();
  if (u === '%') return '0.0%';
  if (u === '$' || u === '€' || u === '£' || u === '¥') return `"${u}"${fixedPattern(placesFor(numbers, 2) > 0 ? 2 : 0)}`;
  const pattern = fixedPattern(placesFor(numbers, 3));
  return u === '' ? pattern : `${pattern} "${u.replace(/"/g, '')}"`;
}
