/**
 * The formulas of a goal table's computed columns, written so an analyst can read and copy
 * them: one range formula per column over the table's open ranges and the KPI log, reading
 * the as-of date, the bands and the default cadence from Goalpost settings' named ranges.
 */
import { OUTLOOK, STATUS_LABELS, type StatusLabel } from '../core/vocabulary.ts';
import type { ColumnRole } from './goal-columns.ts';
import { HELPER_HEADERS, TREND_POINTS } from './goal-columns.ts';
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

/** The hidden helper columns, right after the trend block: each row's own progress, and whether it has children. */
export const helperColumns = (g: TableGeometry): { readonly ownProgress: number; readonly hasChildren: number } => ({
  ownProgress: g.trendBlock + TREND_POINTS,
  hasChildren: g.trendBlock + TREND_POINTS + 1,
});

/** Formulas for the range columns, keyed by role, each written in the first body row. */
export function rangeFormulas(g: TableGeometry): Partial<Record<ColumnRole, string>> {
  const letter = (role: ColumnRole): string => columnLetter(g.columns[role] as number);
  // A column an adopted sheet does not have reads as blank in every row.
  const col = (role: ColumnRole): string => (g.columns[role] === undefined ? '""' : `${letter(role)}${g.firstRow}:${letter(role)}`);
  const helper = (column: number): string => `${columnLetter(column)}${g.firstRow}:${columnLetter(column)}`;
  const { ownProgress, hasChildren } = helperColumns(g);
  const log = quoted(g.logSheet);
  const LOG = `${log}!$A$2:$A, ${log}!$C$2:$C, ${log}!$B$2:$B`;
  // A current the person types is judged as typed; staleness then follows their own reading dates when they keep them.
  const ownDates = g.user.includes('current') && g.user.includes('readingDate');
  const STALE_SERIES = ownDates ? `${col('readingDate')}, ${col('current')}, ${col('id')}` : LOG;
  const { asOf, onTrack, atRisk, cadence } = SETTING_NAMES;
  // A parent is a row with children (the hidden "Has children" column, TRUE or FALSE in every
  // row): it is judged on its rolled-up progress, as GOAL_STATUS with baseline 0, target 1 and
  // that progress as current, as of the as-of date, whatever target or readings of its own it
  // has. A done-or-not milestone without a target is judged on its progress too (its done flag).
  const parent = helper(hasChildren);
  const progress = `GOAL_PROGRESS(${col('baseline')}, ${col('target')}, ${col('current')}, ${col('kind')}, ${col('upper')})`;
  const onProgress = `${parent}+(${col('target')}="")*(${col('kind')}="milestone")`;
  // A row without a target that is not a parent or a milestone has nothing to forecast or to go stale.
  const nothingToRead = `${parent}+(${col('target')}="")*(${col('kind')}<>"milestone")`;
  return {
    current: `=KPI_LATEST(${LOG}, ${col('id')}, "value", ${asOf})`,
    readingDate: `=KPI_LATEST(${LOG}, ${col('id')}, "date", ${asOf})`,
    // Each row's own progress is in the hidden "Own progress" column; a parent's is rolled up from its children's.
    // Without parents there is nothing to roll up: Progress is the row's own.
    progress: g.columns.parent === undefined ? `=${progress}` : `=GOAL_ROLLUP(${helper(ownProgress)}, ${col('weight')}, ${col('id')}, ${col('parent')})`,
    expected: `=ARRAYFORMULA(GOAL_EXPECTED(${col('start')}, ${col('due')}, ${asOf}, IF(${parent}, "", ${col('readingDate')})))`,
    status:
      `=ARRAYFORMULA(GOAL_STATUS(IF(${onProgress}, 0, ${col('baseline')}), IF(${onProgress}, 1, ${col('target')}), ` +
      `IF(${onProgress}, ${col('progress')}, ${col('current')}), ${col('start')}, ${col('due')}, ${asOf}, ` +
      `IF(${parent}, "", ${col('kind')}), IF(${parent}, "", ${col('upper')}), ${onTrack}, ${atRisk}, IF(${parent}, "", ${col('readingDate')})))`,
    outlook: `=ARRAYFORMULA(GOAL_OUTLOOK(${LOG}, IF(${parent}+(${col('target')}=""), "", ${col('id')}), ${col('target')}, ${col('due')}, ${col('baseline')}, ${col('kind')}, ${col('upper')}, ${asOf}))`,
    stale: `=ARRAYFORMULA(KPI_STALE(${STALE_SERIES}, IF(${nothingToRead}, "", ${col('id')}), IF(${col('cadence')}="", ${cadence}, ${col('cadence')}), ${asOf}, ${col('start')}))`,
  };
}

/**
 * The hidden block's formulas, by column: the trend block (each goal's last readings, one
 * row per goal, in one call), each row's own progress (one GOAL_PROGRESS call), and whether
 * each row has children (Sheets built-ins: its id is some row's parent).
 */
/** The trend block's formula: one KPI_SERIES call fills each goal's last readings (Refresh also finds the block by it). */
export function trendBlockFormula(g: TableGeometry): string {
  const id = `${columnLetter(g.columns.id as number)}${g.firstRow}:${columnLetter(g.columns.id as number)}`;
  const log = quoted(g.logSheet);
  return `=KPI_SERIES(${log}!$A$2:$A, ${log}!$C$2:$C, ${log}!$B$2:$B, ${id}, ${TREND_POINTS}, ${SETTING_NAMES.asOf})`;
}

export function blockFormulas(g: TableGeometry): [number, string][] {
  const id = `${columnLetter(g.columns.id as number)}${g.firstRow}:${columnLetter(g.columns.id as number)}`;
  const letter = (role: ColumnRole): string => columnLetter(g.columns[role] as number);
  const col = (role: ColumnRole): string => (g.columns[role] === undefined ? '""' : `${letter(role)}${g.firstRow}:${letter(role)}`);
  const { ownProgress, hasChildren } = helperColumns(g);
  return [
    [g.trendBlock, trendBlockFormula(g)],
    [ownProgress, `=GOAL_PROGRESS(${col('baseline')}, ${col('target')}, ${col('current')}, ${col('kind')}, ${col('upper')})`],
    [hasChildren, g.columns.parent === undefined ? `=ARRAYFORMULA(${id}<>${id})` : `=ARRAYFORMULA(IF(${id}="", FALSE, ISNUMBER(MATCH(${id}, ${col('parent')}, 0))))`],
  ];
}

/** The hidden block's header cells, from the trend block's first column to the last helper column. */
export const blockHeaders = (trendHeader: string): string[] => [trendHeader, ...Array.from({ length: TREND_POINTS - 1 }, () => ''), ...HELPER_HEADERS];

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
