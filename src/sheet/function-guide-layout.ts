import { decimalsOf, fixedPattern } from './number-formats.ts';
import { dayFromYmd, type Day } from '../core/dates.ts';

/**
 * The function guide: the four worked examples as inputs, and one row per custom function
 * computing live from them, beside its hand-worked expected value and a check.
 */
export const GUIDE_SHEET = 'Goalpost guide';

/** A day in a layout; the writer turns it into a Date at midnight in the spreadsheet's zone. */
export interface DayCell {
  readonly day: Day;
}
export type LayoutValue = string | number | DayCell;

export interface Block {
  /** Top-left cell, 1-based. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly LayoutValue[])[];
  /** Number formats of the block's first columns, below the header; BY_VALUE: fixed places from each cell's value. */
  readonly columnFormats?: readonly string[];
  /** Rows the formats cover, when a range formula spills below the block (default: the block's rows). */
  readonly formatRows?: number;
  /** The first row is a header, shown bold. */
  readonly header?: boolean;
}

/** A format worked out from the cell's value: as many fixed decimal places as it has (number-formats.ts says why not optional places). */
export const BY_VALUE = 'by value';
/** The format BY_VALUE stands for, for one value (text takes any: a number format does not change it). */
export const byValue = (v: LayoutValue | undefined): string => fixedPattern(decimalsOf(v, 6));

const d = (y: number, m: number, day: number): DayCell => ({ day: dayFromYmd(y, m, day) });

export const FUNCTIONS_HEADER_ROW = 21;

/**
 * The four worked examples. Each Start/Due pair is the window its Goal sentence gives when
 * read from the Start date (2026-01-01), the due date being the window's last day; a test
 * parses every sentence to keep the two together.
 */
const examples: Block = {
  row: 4,
  column: 1,
  header: true,
  columnFormats: ['@', '@', BY_VALUE, BY_VALUE, BY_VALUE, 'yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd', '@'],
  values: [
    ['Example', 'Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'As of', 'Kind'],
    ['Retail: sales revenue', 'Increase sales revenue by 10% in the next quarter', 500000, 550000, 520000, d(2026, 1, 1), d(2026, 3, 31), d(2026, 2, 15), ''],
    ['Healthcare: average wait (min)', 'Reduce patient wait times by 20% within six months', 40, 32, 36, d(2026, 1, 1), d(2026, 6, 30), d(2026, 4, 1), ''],
    ['Manufacturing: OEE', 'Improve production efficiency by 15% in the next year', 0.68, 0.782, 0.79135, d(2026, 1, 1), d(2026, 12, 31), d(2026, 6, 30), ''],
    ['Software: NPS', 'Increase customer satisfaction by 20% within the next year', 25, 30, 20, d(2026, 1, 1), d(2026, 12, 31), d(2026, 7, 1), ''],
  ],
};

/** Range calls over all four examples: one call fills each column. */
const liveColumns: Block = {
  row: 4,
  column: 10,
  header: true,
  columnFormats: ['0.0%'],
  formatRows: 4,
  values: [
    ['Progress', 'Status'],
    ['=GOAL_PROGRESS(C5:C8, D5:D8, E5:E8, I5:I8)', '=GOAL_STATUS(C5:C8, D5:D8, E5:E8, F5:F8, G5:G8, H5:H8, I5:I8)'],
  ],
};

const log: Block = {
  row: 10,
  column: 1,
  header: true,
  columnFormats: ['yyyy-mm-dd', '#,##0', '@'],
  values: [
    ['Date', 'Value', 'KPI'],
    [d(2026, 1, 1), 502000, 'revenue'],
    [d(2026, 1, 16), 508000, 'revenue'],
    [d(2026, 1, 31), 514000, 'revenue'],
    [d(2026, 2, 15), 520000, 'revenue'],
    [d(2026, 1, 1), 40, 'wait'],
    [d(2026, 4, 1), 36, 'wait'],
  ],
};

const kpiInputs: Block = {
  row: 18,
  column: 1,
  values: [
    ['NPS scores', 10, 9, 8, 7, 6, 3, 10, 9, 2, 10],
    ['OEE factors', 0.875, 0.952, 0.95, '', '', '', '', '', '', ''],
  ],
};

/** For results without a unit: as many fixed places as the expected value has (a number format does not change text). */
const NUMBER = BY_VALUE;

export interface GuideRow {
  readonly fn: string;
  readonly note: string;
  readonly formula: string;
  readonly expected: LayoutValue;
  readonly format: string;
}

export const GUIDE_ROWS: readonly GuideRow[] = [
  { fn: 'GOAL_PROGRESS', formula: '=GOAL_PROGRESS(C5, D5, E5)', expected: 0.4, format: '0.0%', note: 'Retail: (520,000 − 500,000) / (550,000 − 500,000) = 40%' },
  { fn: 'GOAL_TARGET', formula: '=GOAL_TARGET(C7, 0.15)', expected: 0.782, format: '0.000', note: 'Manufacturing: OEE 0.68 + 15% = 0.782' },
  { fn: 'GOAL_EXPECTED', formula: '=GOAL_EXPECTED(F5, G5, H5)', expected: 45 / 89, format: '0.0%', note: 'Retail: 45 of 89 days = 50.6%' },
  { fn: 'GOAL_STATUS', formula: '=GOAL_STATUS(C6, D6, E6, F6, G6, H6)', expected: 'On track', format: NUMBER, note: 'Healthcare: progress 0.5 ÷ expected 90/180 (Jan 1 → Apr 1 of Jan 1 → Jun 30) = pace 1.0 ≥ 0.9' },
  {
    fn: 'GOAL_EXPLAIN',
    formula: '=GOAL_EXPLAIN(C5, D5, E5, F5, G5, H5)',
    expected:
      'At risk: progress 40.0% against expected 50.6% (45 of 89 days from start to due, 2026-01-01 to 2026-03-31); pace 0.79 is below on_track 0.9 but at least at_risk 0.7 [baseline 500000, current 520000, target 550000, increase; as of 2026-02-15]',
    format: NUMBER,
    note: 'Retail: pace 0.4 ÷ 0.506 = 0.79, between the bands',
  },
  { fn: 'GOAL_REQUIRED_RATE', formula: '=GOAL_REQUIRED_RATE(E5, D5, G5, H5)', expected: 30000 / 44, format: '#,##0.0', note: '30,000 still to gain in 44 days' },
  { fn: 'GOAL_FORECAST', formula: '=GOAL_FORECAST(A11:A14, B11:B14, G5)', expected: 537600, format: '#,##0', note: 'Revenue rises 400 a day from 502,000: on Mar 31 (day 89) 537,600, short of 550,000' },
  { fn: 'GOAL_ETA', formula: '=GOAL_ETA(A11:A14, B11:B14, D5)', expected: d(2026, 5, 1), format: 'yyyy-mm-dd', note: '(550,000 − 502,000) / 400 = 120 days after Jan 1' },
  { fn: 'KPI_TREND', formula: '=KPI_TREND(A11:A14, B11:B14)', expected: 400, format: '#,##0.0', note: '6,000 every 15 days = 400 a day' },
  { fn: 'KPI_LATEST', formula: '=KPI_LATEST(A11:A16, B11:B16, C11:C16, "wait")', expected: 36, format: NUMBER, note: 'Latest "wait" reading: Apr 1, 36 min' },
  {
    fn: 'KPI_SERIES',
    formula: '=KPI_SERIES(A11:A16, B11:B16, C11:C16, "revenue", 4)',
    expected: 502000,
    format: '#,##0',
    note: 'Revenue\'s last 4 readings, oldest first: 502,000, 508,000, 514,000, 520,000 (spills 4 cells right; a SPARKLINE can draw them)',
  },
  {
    fn: 'GOAL_OUTLOOK',
    formula: '=GOAL_OUTLOOK(A11:A16, B11:B16, C11:C16, "revenue", D5, G5, C5)',
    expected: 'Misses by due',
    format: NUMBER,
    note: 'Revenue rises 400 a day: 550,000 on May 1, after the Mar 31 due date',
  },
  {
    fn: 'KPI_STALE',
    formula: '=KPI_STALE(A11:A16, B11:B16, C11:C16, "revenue", 30, H6)',
    expected: 'Stale',
    format: NUMBER,
    note: 'Revenue last read Feb 15; as of Apr 1 that is 45 days, over a 30-day cadence',
  },
  { fn: 'GOAL_ROLLUP', formula: '=GOAL_ROLLUP(J5:J8)', expected: 0.475, format: '0.0%', note: 'Mean of 40%, 50%, 100% (109% clamped) and 0% (−100% clamped)' },
  { fn: 'KPI_NPS', formula: '=KPI_NPS(B18:K18)', expected: 20, format: NUMBER, note: '5 promoters (50%) − 3 detractors (30%)' },
  { fn: 'KPI_OEE', formula: '=KPI_OEE(B19, C19, D19)', expected: 0.79135, format: '0.00%', note: '0.875 × 0.952 × 0.95' },
  {
    fn: 'GOAL_SMART',
    formula: '=GOAL_SMART(B5)',
    expected: 'Specific ✓ (increase sales revenue) · Measurable ✓ (+10%) · Time-bound ✓ (in the next quarter) · Achievable: needs review · Relevant: needs review',
    format: NUMBER,
    note: 'Retail sentence: metric, direction, number and window are there; a person judges the rest',
  },
  {
    fn: 'GOAL_PARSE',
    formula: '=GOAL_PARSE(B6, F6)',
    expected: 'decrease',
    format: NUMBER,
    note: 'Healthcare sentence read as: decrease, −20%, no absolute target, "patient wait times", 2026-01-01 to 2026-06-30, no baseline or upper end (spills 8 cells right)',
  },
];

/** Columns of the functions block. The live result comes last so GOAL_PARSE can spill right. */
const FUNCTION_COLUMNS = ['Function', 'Note', 'Formula', 'Expected', 'Check', 'Live result'] as const;

function functionsBlock(rows: readonly GuideRow[]): Block {
  const first = FUNCTIONS_HEADER_ROW + 1;
  return {
    row: FUNCTIONS_HEADER_ROW,
    column: 1,
    header: true,
    values: [
      [...FUNCTION_COLUMNS],
      ...rows.map((r, i) => {
        const n = first + i;
        const check = `=IF(ISNUMBER(D${n}), IF(ABS(F${n}-D${n})<0.000001, "✓", "✗"), IF(F${n}=D${n}, "✓", "✗"))`;
        // The apostrophe keeps the formula's text literal, so it shows rather than runs.
        return [r.fn, r.note, `'${r.formula}`, r.expected, check, r.formula];
      }),
    ],
  };
}

export function guideLayout(rows: readonly GuideRow[] = GUIDE_ROWS): { blocks: readonly Block[]; resultFormats: readonly string[] } {
  const title: Block = {
    row: 1,
    column: 1,
    header: true,
    values: [['Goalpost function guide: every function computing live on the four worked examples. Change an input to watch it recompute.']],
  };
  return { blocks: [title, examples, liveColumns, log, kpiInputs, functionsBlock(rows)], resultFormats: rows.map((r) => (r.format === BY_VALUE ? byValue(r.expected) : r.format)) };
}
