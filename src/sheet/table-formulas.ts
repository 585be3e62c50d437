/**
 * The formulas of a goal table's computed columns, written so an analyst can read and copy
 * them: one range formula per column over the table's open ranges and the KPI log, reading
 * the as-of date, the bands and the default cadence from Goalpost settings' named ranges.
 */
import { OUTLOOK, STATUS_LABELS, type StatusLabel } from '../core/vocabulary.ts';
import type { ColumnRole } from './goal-columns.ts';
import { TREND_POINTS } from './goal-columns.ts';
import { SETTING_NAMES } from './settings-layout.ts';

/** A1 column letters for a 1-based column. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 1-based column of A1 column letters (C → 3, AB → 28). */
export const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** Where a table's parts are, as Refresh reads them from the sheet. */
export interface TableGeometry {
  /** 1-based column of each role present. */
  readonly columns: Partial<Readonly<Record<ColumnRole, number>>>;
  /** First body row (the row below the header). */
  readonly firstRow: number;
  /** First column of the trend block (KPI_SERIES), TREND_POINTS wide. */
  readonly trendBlock: number;
  readonly logSheet: string;
  /** Roles whose columns are the person's on an adopted sheet (never written); empty for Goalpost's own tables. */
  readonly user: readonly ColumnRole[];
}

/** Whether Goalpost writes the role's column: it is in the table and not the person's. */
export const owns = (g: TableGeometry, role: ColumnRole): boolean => g.columns[role] !== undefined && !g.user.includes(role);

/** Status colours: preferences, kept in document properties. */
export type StatusColours = Readonly<Record<StatusLabel, string>>;

export const DEFAULT_COLOURS: StatusColours = {
  'No data': '#e8eaed',
  Achieved: '#1e8e3e',
  'Not started': '#dadce0',
  'Awaiting data': '#c5cae9',
  Missed: '#a50e0e',
  'On track': '#34a853',
  'At risk': '#fbbc04',
  'Off track': '#ea4335',
};

/** Formulas for the range columns, keyed by role, each written in the first body row. */
export function rangeFormulas(g: TableGeometry): Partial<Record<ColumnRole, string>> {
  const letter = (role: ColumnRole): string => columnLetter(g.columns[role] as number);
  // A column an adopted sheet does not have reads as blank in every row.
  const col = (role: ColumnRole): string => (g.columns[role] === undefined ? '""' : `${letter(role)}${g.firstRow}:${letter(role)}`);
  const log = quoted(g.logSheet);
  const LOG = `${log}!$A$2:$A, ${log}!$C$2:$C, ${log}!$B$2:$B`;
  // A current the person types is judged as typed; staleness then follows their own reading dates when they keep them.
  const ownDates = g.user.includes('current') && g.user.includes('readingDate');
  const STALE_SERIES = ownDates ? `${col('readingDate')}, ${col('current')}, ${col('id')}` : LOG;
  const { asOf, onTrack, atRisk, cadence } = SETTING_NAMES;
  // A row without a target of its own (a parent goal; a done-or-not milestone) is judged on its
  // progress column: rolled up from its children, or its done flag. Testing the target keeps
  // every formula linear in the rows (looking up children per row would be rows²).
  const noTarget = `(${col('target')}="")*(${col('id')}<>"")`;
  const notMilestone = `(${col('kind')}<>"milestone")`;
  const progress = `GOAL_PROGRESS(${col('baseline')}, ${col('target')}, ${col('current')}, ${col('kind')}, ${col('upper')})`;
  return {
    current: `=KPI_LATEST(${LOG}, ${col('id')}, "value", ${asOf})`,
    readingDate: `=KPI_LATEST(${LOG}, ${col('id')}, "date", ${asOf})`,
    // Without parents there is nothing to roll up.
    progress: g.columns.parent === undefined ? `=${progress}` : `=GOAL_ROLLUP(${progress}, ${col('weight')}, ${col('id')}, ${col('parent')})`,
    expected: `=GOAL_EXPECTED(${col('start')}, ${col('due')}, ${asOf}, ${col('readingDate')})`,
    status:
      `=ARRAYFORMULA(GOAL_STATUS(IF(${noTarget}, 0, ${col('baseline')}), IF(${noTarget}, 1, ${col('target')}), ` +
      `IF(${noTarget}, ${col('progress')}, ${col('current')}), ${col('start')}, ${col('due')}, ${asOf}, ` +
      `${col('kind')}, ${col('upper')}, ${onTrack}, ${atRisk}, ${col('readingDate')}))`,
    outlook: `=ARRAYFORMULA(GOAL_OUTLOOK(${LOG}, IF(${noTarget}, "", ${col('id')}), ${col('target')}, ${col('due')}, ${col('baseline')}, ${col('kind')}, ${col('upper')}, ${asOf}))`,
    stale: `=ARRAYFORMULA(KPI_STALE(${STALE_SERIES}, IF(${noTarget}*${notMilestone}, "", ${col('id')}), IF(${col('cadence')}="", ${cadence}, ${col('cadence')}), ${asOf}, ${col('start')}))`,
  };
}

/** The trend block: each goal's last readings, one row per goal, in one call. */
export function trendBlockFormula(g: TableGeometry): string {
  const log = quoted(g.logSheet);
  const id = columnLetter(g.columns.id as number);
  return `=KPI_SERIES(${log}!$A$2:$A, ${log}!$C$2:$C, ${log}!$B$2:$B, ${id}${g.firstRow}:${id}, ${TREND_POINTS}, ${SETTING_NAMES.asOf})`;
}

/** Stands for the row's status cell in the colour chain until a row is known. */
const STATUS_CELL = '\u0001';

/**
 * The in-cell charts' formulas, one per goal row: a progress bar coloured by status, and
 * the trend line. The letters and the colour chain are worked out once per table, not
 * once per row.
 */
export function cellFormulas(g: TableGeometry, colours: StatusColours): Readonly<Record<'bar' | 'trend', (row: number) => string>> {
  const progress = columnLetter(g.columns.progress as number);
  const status = columnLetter(g.columns.status as number);
  const [first, last] = [columnLetter(g.trendBlock), columnLetter(g.trendBlock + TREND_POINTS - 1)];
  // IF(S4="No data", "#e8eaed", IF(…)): built once with a mark where each row's status cell goes.
  const chain = STATUS_LABELS.reduceRight((rest, label) => `IF(${STATUS_CELL}="${label}", "${colours[label]}", ${rest})`, '"#9aa0a6"').split(STATUS_CELL);
  const colour = (row: number): string => chain.join(`${status}${row}`);
  return {
    bar: (row) => `=IF(ISNUMBER(${progress}${row}), SPARKLINE(MAX(0, MIN(1, ${progress}${row})), {"charttype","bar";"max",1;"color1",${colour(row)}}), "")`,
    trend: (row) => `=IF(COUNT(${first}${row}:${last}${row})<2, "", SPARKLINE(${first}${row}:${last}${row}, {"charttype","line";"empty","ignore";"linewidth",2;"color","#4285f4"}))`,
  };
}

/** Outlook words Goalpost colours: the ones a manager should look at. */
export const WORRYING_OUTLOOKS: readonly string[] = [OUTLOOK.misses, OUTLOOK.movingAway, OUTLOOK.flat];
