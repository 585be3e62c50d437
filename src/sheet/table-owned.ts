/**
 * What Goalpost owns in a goal table, and nothing else: the computed columns' formulas, the
 * trend block, number formats, conditional colours, validation, header notes, the frozen
 * header and warning-only protection. Creation and Refresh both write it through here, in
 * a fixed number of service calls whatever the number of goals. A cell a person typed is
 * never overwritten: where one blocks or replaces a formula, the report names it.
 */
import { STATUS_LABELS } from '../core/vocabulary.ts';
import { BLOCK_WIDTH, COLUMN_OF, GOAL_COLUMNS, headerKey, HELPER_HEADERS, TREND_POINTS, unitFormat, type ColumnDef, type ColumnRole, type Validation } from './goal-columns.ts';
import { UNIT_ROLES } from './goal-row.ts';
import { barColours, isGoalpostFormula } from './formula-match.ts';
import { literal } from './literal.ts';
import type { ConditionalFormatRulePort, RangePort, SheetPort, SpreadsheetAppPort } from './ports.ts';
import { blockFormulas, blockHeaders, cellFormulas, columnLetter, DEFAULT_COLOURS, owns, rangeFormulas, WORRYING_OUTLOOKS, type StatusColours, type TableGeometry } from './table-formulas.ts';
import { TREND_BLOCK_HEADER, type TableState } from './table-read.ts';

export const PROTECTION_TAG = 'goalpost:computed';

const RANGE_ROLES = GOAL_COLUMNS.filter((c) => c.filling === 'range').map((c) => c.role);
const CELL_ROLES = GOAL_COLUMNS.filter((c) => c.filling === 'cell').map((c) => c.role);
const COLOURED_ROLES: readonly ColumnRole[] = ['status', 'stale', 'outlook'];

/** A cell by row and column, 1-based. */
type Cell = readonly [number, number];

/** Cells as A1 addresses, a run down one column as a range (K12:K20), column by column. */
export function cellList(cells: readonly Cell[]): string {
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const [row, col] = sorted[i] as Cell;
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as Cell)[1] === col && (sorted[j + 1] as Cell)[0] === (sorted[j] as Cell)[0] + 1) j++;
    const last = (sorted[j] as Cell)[0];
    parts.push(last === row ? `${columnLetter(col)}${row}` : `${columnLetter(col)}${row}:${columnLetter(col)}${last}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** A formula's outer function, looking through ARRAYFORMULA: "GOAL_STATUS" for =ARRAYFORMULA(GOAL_STATUS(…)). */
const head = (f: string): string => /^=(?:ARRAYFORMULA\()?([A-Z_]+)\(/.exec(f)?.[1] ?? f;

const isError = (v: unknown): boolean => typeof v === 'string' && /^#(REF|ERROR|N\/A|VALUE|NAME\?|DIV\/0|NUM)!?/.test(v);

export function applyOwned(app: SpreadsheetAppPort, state: TableState, colours: StatusColours): string[] {
  const g = state.geometry;
  if (!g) return [];
  const sheet = state.table.sheet;
  const report: string[] = [];
  const name = sheet.getName();
  const bodyRows = Math.max(sheet.getMaxRows() - g.firstRow + 1, 1);
  const column = (col: number): RangePort => sheet.getRange(g.firstRow, col, bodyRows, 1);
  // The hidden block (the trend points, then the helper columns) needs its columns: a table made
  // before the helpers, or whose block was deleted or cut short, grows to hold it again.
  const blockEnd = g.trendBlock + BLOCK_WIDTH - 1;
  const trendEnd = g.trendBlock + TREND_POINTS - 1;
  const maxColumns = sheet.getMaxColumns();
  if (blockEnd > maxColumns) sheet.insertColumnsAfter(maxColumns, blockEnd - maxColumns);
  if (!state.trendBlockFound && state.goalRows > 0) {
    report.push(`${name}: the hidden trend block (KPI_SERIES, headed "${TREND_BLOCK_HEADER}") was missing: Goalpost rebuilt it in ${columnLetter(g.trendBlock)}:${columnLetter(trendEnd)}`);
  }

  // Range formulas: the anchor in the first body row. Goalpost's formula is known by its text
  // (allowing for the rows a sort moved it by); moved elsewhere it goes, and anything else in the
  // column (or the trend block) is a person's: it stays, and the report names it.
  // `part` names what the formula fills: "Current column", "hidden trend block (AA:AL)".
  // A table made before the helper columns (no "Own progress" header) has Goalpost's formulas
  // of that release in its first body row: they are upgraded when they call the same function.
  const oldLayout = !state.header.some((h) => headerKey(h) === headerKey(HELPER_HEADERS[0]));
  const blocks: { col: number; width: number; formula: string; part: string }[] = [
    ...Object.entries(rangeFormulas(g)).flatMap(([role, formula]) => (owns(g, role as ColumnRole)
      ? [{ col: g.columns[role as ColumnRole] as number, width: 1, formula: formula as string, part: `${COLUMN_OF[role as ColumnRole].header} column` }]
      : [])),
    ...blockFormulas(g).map(([col, formula], i) => (i === 0
      ? { col, width: TREND_POINTS, formula, part: `hidden trend block (${columnLetter(g.trendBlock)}:${columnLetter(trendEnd)})` }
      : { col, width: 1, formula, part: `hidden ${HELPER_HEADERS[i - 1] ?? ''} column` })),
  ];
  for (const { col, width, formula, part } of blocks) {
    const at = (i: number, c: number): { f: string; v: unknown } => ({ f: state.formulas[i]?.[c - 1] ?? '', v: state.values[i]?.[c - 1] ?? '' });
    const ours = (f: string, i: number): boolean =>
      isGoalpostFormula(f, g.firstRow + i, formula, g.firstRow, state.table.claimed === true) || (oldLayout && i === 0 && head(f) === head(formula));
    const anchor = at(0, col);
    const anchorCell = `${columnLetter(col)}${g.firstRow}`;
    const where = `${name}!${anchorCell}`;
    if (anchor.f === '' && anchor.v !== '' && !isError(anchor.v)) {
      report.push(`${where} holds "${String(anchor.v).slice(0, 30)}" typed over Goalpost's formula for this column: clear the cell and Refresh to bring the column back`);
      continue;
    }
    if (anchor.f !== '' && !ours(anchor.f, 0)) {
      report.push(`${where} holds a formula a person typed over Goalpost's formula for the ${part}: Goalpost left it; clear the cell and Refresh to bring the column back`);
      continue;
    }
    // Which rows a live spill of Goalpost's formula covers: there, values without a formula are its results.
    let liveFrom = anchor.f !== '' && !isError(anchor.v) ? 0 : undefined;
    const moved: Cell[] = [];
    const typed: { cell: Cell; formula: boolean }[] = [];
    for (let i = 1; i < state.formulas.length; i++) {
      const { f, v } = at(i, col);
      if (f !== '' && ours(f, i)) {
        moved.push([g.firstRow + i, col]);
        if (liveFrom === undefined && !isError(v)) liveFrom = i;
      }
    }
    for (let i = 0; i < Math.max(state.values.length, state.formulas.length); i++) {
      const formulasRow = state.formulas[i] ?? [];
      const valuesRow = state.values[i] ?? [];
      for (let c = col; c < col + width; c++) {
        if (i === 0 && c === col) continue;
        const f = formulasRow[c - 1] ?? '';
        const v = valuesRow[c - 1] ?? '';
        if (f !== '') {
          if (!(c === col && ours(f, i))) typed.push({ cell: [g.firstRow + i, c], formula: true });
        } else if (v !== '' && !isError(v) && (liveFrom === undefined || i < liveFrom)) {
          typed.push({ cell: [g.firstRow + i, c], formula: false });
        }
      }
    }
    for (const [row, c] of moved) sheet.getRange(row, c).clearContent();
    if (anchor.f !== formula) sheet.getRange(g.firstRow, col).setFormula(formula);
    for (const cell of moved) {
      report.push(`${name}: ${cellList([cell])} held Goalpost's ${width === 1 ? part.replace(/ column$/, '') : 'trend block'} formula, moved there by a sort: Goalpost cleared it and put the formula back in ${anchorCell}`);
    }
    if (typed.length > 0) {
      const formulas = typed.filter((t) => t.formula).length;
      const one = typed.length === 1;
      const what = formulas === 0 ? (one ? 'a value' : 'values') : formulas === typed.length ? (one ? 'a formula' : 'formulas') : 'values and formulas';
      report.push(`${name}: ${cellList(typed.map((t) => t.cell))} ${one ? 'holds' : 'hold'} ${what} a person typed where Goalpost's ${part} fills in from ${anchorCell}, blocking it: Goalpost left ${one ? 'it' : 'them'}; clear ${one ? 'it' : 'them'} to let the formula fill the column`);
    }
  }

  // In-cell charts, one formula per goal row; a value or formula a person typed there stays.
  const rows = Math.max(state.goalRows, 1);
  const charts = cellFormulas(g, colours);
  for (const role of CELL_ROLES.filter((r) => owns(g, r))) {
    const col = g.columns[role] as number;
    const chart = charts[role as 'bar' | 'trend'];
    const keptValues: Cell[] = [];
    const keptFormulas: Cell[] = [];
    const cells = Array.from({ length: rows }, (_, i) => {
      const row = g.firstRow + i;
      const f = state.formulas[i]?.[col - 1] ?? '';
      const v = state.values[i]?.[col - 1] ?? '';
      if (f === '' && v !== '') {
        keptValues.push([row, col]);
        return [typeof v === 'string' ? literal(v) : v];
      }
      if (f !== '' && !isGoalpostFormula(f, row, chart(row), row)) {
        keptFormulas.push([row, col]);
        return [f];
      }
      return [state.goalRows === 0 ? '' : chart(row)];
    });
    sheet.getRange(g.firstRow, col, rows, 1).setValues(cells);
    const header = COLUMN_OF[role].header;
    if (keptValues.length > 0) report.push(`${name}: ${cellList(keptValues)} ${keptValues.length === 1 ? 'holds a typed value' : 'hold typed values'} in the ${header} column; Goalpost left ${keptValues.length === 1 ? 'it' : 'them'}`);
    if (keptFormulas.length > 0) report.push(`${name}: ${cellList(keptFormulas)} ${keptFormulas.length === 1 ? 'holds a formula' : 'hold formulas'} a person typed in the ${header} column; Goalpost left ${keptFormulas.length === 1 ? 'it' : 'them'}`);
  }

  // Number formats, per column (a column a person added keeps its own); unit columns follow each row's unit.
  const unitCol = g.columns.unit;
  const unitOf = (i: number): string => (unitCol === undefined ? '' : String(state.values[i]?.[unitCol - 1] ?? ''));
  const numbersOf = (i: number): unknown[] => UNIT_ROLES.map((r) => (g.columns[r] === undefined ? undefined : state.values[i]?.[(g.columns[r] as number) - 1]));
  const owned = GOAL_COLUMNS.filter((c) => owns(g, c.role));
  for (const c of owned) {
    const col = g.columns[c.role] as number;
    if (c.format === 'unit' && UNIT_ROLES.includes(c.role)) {
      const formats = Array.from({ length: rows }, (_, i) => [unitFormat(unitOf(i), numbersOf(i))]);
      sheet.getRange(g.firstRow, col, rows, 1).setNumberFormats(formats);
    } else if (c.format !== undefined && c.format !== 'unit') {
      column(col).setNumberFormat(c.format);
    }
  }

  applyValidation(app, sheet, g, owned, column);
  // The colours Goalpost last drew the bars with (read before this refresh wrote them): its old rules have them.
  const barCol = g.columns.bar;
  const previous: StatusColours[] = [];
  for (let i = 0; barCol !== undefined && i < state.goalRows; i++) {
    const f = state.formulas[i]?.[barCol - 1] ?? '';
    if (f !== '' && isGoalpostFormula(f, g.firstRow + i, charts.bar(g.firstRow + i), g.firstRow + i)) {
      previous.push({ ...DEFAULT_COLOURS, ...barColours(f) });
      break;
    }
  }
  applyRules(app, sheet, g, colours, previous, column);

  // Header: notes (a person's notes on their own columns stay), bold, frozen.
  const headerRange = sheet.getRange(g.firstRow - 1, 1, 1, Math.max(state.header.length, blockEnd));
  const notes = headerRange.getNotes()[0] ?? [];
  for (const c of owned) notes[(g.columns[c.role] as number) - 1] = c.note;
  notes[g.trendBlock - 1] = "Goalpost's trend block: KPI_SERIES fills it with each goal's last readings; the Trend column draws them.";
  notes[blockEnd - 2] = "Goalpost's helper: each row's own progress (GOAL_PROGRESS); Progress rolls it up for parents.";
  notes[blockEnd - 1] = "Goalpost's helper: TRUE where the row's id is another row's parent; such a row is judged on its rolled-up progress.";
  headerRange.setNotes([notes.map((n) => n ?? '')]);
  // An adopted sheet's header keeps the person's look: only Goalpost's own header cells turn bold.
  if (state.table.meta.columns) for (const c of owned) sheet.getRange(g.firstRow - 1, g.columns[c.role] as number).setFontWeight('bold');
  else {
    headerRange.setFontWeight('bold');
    sheet.setFrozenRows(g.firstRow - 1);
  }
  const headers = blockHeaders(TREND_BLOCK_HEADER);
  if (headers.some((h, i) => h !== '' && (state.header[g.trendBlock - 1 + i] ?? '') !== h)) {
    sheet.getRange(g.firstRow - 1, g.trendBlock, 1, BLOCK_WIDTH).setValues([headers.map((h, i) => (h === '' ? (state.header[g.trendBlock - 1 + i] ?? '') : h))]);
  }
  sheet.hideColumns(g.trendBlock, BLOCK_WIDTH);

  // Warning-only protection of the computed columns: a person may still edit, after a warning.
  for (const p of sheet.getProtections(app.ProtectionType.RANGE)) if (p.getDescription() === PROTECTION_TAG) p.remove();
  for (const role of [...RANGE_ROLES, ...CELL_ROLES].filter((r) => owns(g, r))) column(g.columns[role] as number).protect().setDescription(PROTECTION_TAG).setWarningOnly(true);
  sheet.getRange(g.firstRow, g.trendBlock, bodyRows, BLOCK_WIDTH).protect().setDescription(PROTECTION_TAG).setWarningOnly(true);
  return report;
}

function validationFor(app: SpreadsheetAppPort, v: Validation, g: TableGeometry, sheet: SheetPort) {
  const b = app.newDataValidation();
  switch (v.type) {
    case 'list':
      return b.requireValueInList([...v.values], true).setAllowInvalid(false).setHelpText(`Choose one of: ${v.values.join(', ')}.`).build();
    case 'ids': {
      const id = g.columns.id as number;
      return b.requireValueInRange(sheet.getRange(g.firstRow, id, Math.max(sheet.getMaxRows() - g.firstRow + 1, 1), 1), false).setAllowInvalid(true).setHelpText("Give the id of another row of this table, or leave it blank.").build();
    }
    case 'positive':
      return b.requireNumberGreaterThan(0).setAllowInvalid(false).setHelpText('Give a number above 0.').build();
    case 'between':
      return b.requireNumberBetween(v.low, v.high).setAllowInvalid(false).setHelpText(`Give a whole number from ${v.low} to ${v.high}.`).build();
  }
}

function applyValidation(app: SpreadsheetAppPort, sheet: SheetPort, g: TableGeometry, owned: readonly ColumnDef[], column: (col: number) => RangePort): void {
  for (const c of owned) {
    if (c.validation) column(g.columns[c.role] as number).setDataValidation(validationFor(app, c.validation, g, sheet));
  }
}

/** One conditional colour rule as Goalpost builds it: text equal to `value` in the role's column. */
interface RuleSpec {
  readonly role: ColumnRole;
  readonly value: string;
  readonly background: string | null;
  readonly font: string | null;
}

const DARK_LABELS = new Set(['Achieved', 'Missed', 'Off track', 'On track']);

/** Goalpost's rules for these colours, in the order it writes them. */
const ruleSpecs = (colours: StatusColours): RuleSpec[] => [
  ...STATUS_LABELS.map((label) => ({ role: 'status' as const, value: label, background: colours[label], font: DARK_LABELS.has(label) ? '#ffffff' : '#202124' })),
  { role: 'stale', value: 'Stale', background: '#fce8b2', font: '#b06000' },
  ...WORRYING_OUTLOOKS.map((o) => ({ role: 'outlook' as const, value: o, background: null, font: '#c5221f' })),
];

/**
 * Conditional colours: every rule that is not Goalpost's is kept, in its order, and Goalpost's
 * are written after them. A rule is Goalpost's when it is exactly one Goalpost builds: its
 * condition, value, colours and range (the role's column from the first body row). Its
 * colours may be the ones Goalpost wrote before the preferences changed: those the bars
 * still draw with (`previous`), or the defaults.
 */
function applyRules(app: SpreadsheetAppPort, sheet: SheetPort, g: TableGeometry, colours: StatusColours, previous: readonly StatusColours[], column: (col: number) => RangePort): void {
  const norm = (c: string | null | undefined): string => (c ?? '').toLowerCase();
  const signature = (col: number, value: string, background: string | null, font: string | null): string => [col, value, norm(background), norm(font)].join('|');
  const known = new Set([colours, DEFAULT_COLOURS, ...previous].flatMap((set) => ruleSpecs(set).map((r) => signature(g.columns[r.role] as number, r.value, r.background, r.font))));
  const isOurs = (rule: ConditionalFormatRulePort): boolean => {
    const ranges = rule.getRanges();
    const b = rule.getBooleanCondition();
    const range = ranges[0];
    if (ranges.length !== 1 || !range || !b || range.getNumColumns() !== 1 || range.getRow() !== g.firstRow) return false;
    if (b.getCriteriaType() !== app.BooleanCriteria.TEXT_EQUAL_TO || b.getBold() || b.getItalic() || b.getStrikethrough() || b.getUnderline()) return false;
    const values = b.getCriteriaValues();
    return values.length === 1 && known.has(signature(range.getColumn(), String(values[0]), b.getBackground(), b.getFontColor()));
  };
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  const rules = ruleSpecs(colours).map((spec) => {
    const b = app.newConditionalFormatRule().whenTextEqualTo(spec.value).setRanges([column(g.columns[spec.role] as number)]);
    if (spec.background) b.setBackground(spec.background);
    if (spec.font) b.setFontColor(spec.font);
    return b.build();
  });
  sheet.setConditionalFormatRules([...kept, ...rules]);
}
