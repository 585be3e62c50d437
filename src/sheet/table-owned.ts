/**
 * What Goalpost owns in a goal table, and nothing else: the computed columns' formulas, the
 * trend block, number formats, conditional colours, validation, header notes, the frozen
 * header and warning-only protection. Creation and Refresh both write it through here, in
 * a fixed number of service calls whatever the number of goals. A cell a person typed is
 * never overwritten: where one blocks or replaces a formula, the report names it.
 */
import { STATUS_LABELS } from '../core/vocabulary.ts';
import { BLOCK_WIDTH, COLUMN_OF, GOAL_COLUMNS, unitFormat, type ColumnDef, type ColumnRole, type Validation } from './goal-columns.ts';
import { UNIT_ROLES } from './goal-row.ts';
import { literal } from './literal.ts';
import type { ConditionalFormatRulePort, RangePort, SheetPort, SpreadsheetAppPort } from './ports.ts';
import { blockFormulas, blockHeaders, cellFormulas, columnLetter, owns, rangeFormulas, WORRYING_OUTLOOKS, type StatusColours, type TableGeometry } from './table-formulas.ts';
import { TREND_BLOCK_HEADER, type TableState } from './table-read.ts';

export const PROTECTION_TAG = 'goalpost:computed';

const RANGE_ROLES = GOAL_COLUMNS.filter((c) => c.filling === 'range').map((c) => c.role);
const CELL_ROLES = GOAL_COLUMNS.filter((c) => c.filling === 'cell').map((c) => c.role);
const COLOURED_ROLES: readonly ColumnRole[] = ['status', 'stale', 'outlook'];

/** The function a Goalpost formula starts with: a formula starting the same way in that column is Goalpost's own, wherever it moved. */
const head = (formula: string): string => formula.slice(0, formula.indexOf('('));

const isError = (v: unknown): boolean => typeof v === 'string' && /^#(REF|ERROR|N\/A|VALUE|NAME\?|DIV\/0|NUM)!?/.test(v);

export function applyOwned(app: SpreadsheetAppPort, state: TableState, colours: StatusColours): string[] {
  const g = state.geometry;
  if (!g) return [];
  const sheet = state.table.sheet;
  const report: string[] = [];
  const name = sheet.getName();
  const bodyRows = Math.max(sheet.getMaxRows() - g.firstRow + 1, 1);
  const column = (col: number): RangePort => sheet.getRange(g.firstRow, col, bodyRows, 1);
  // A table made before the helper columns has no room for them yet.
  const blockEnd = g.trendBlock + BLOCK_WIDTH - 1;
  if (state.header.length < blockEnd && sheet.getMaxColumns() < blockEnd) sheet.insertColumnsAfter(sheet.getMaxColumns(), blockEnd - sheet.getMaxColumns());

  // Range formulas: the anchor in the first body row; a Goalpost formula moved elsewhere (a sort) goes.
  const formulas: [number, string][] = [
    ...Object.entries(rangeFormulas(g)).flatMap(([role, formula]): [number, string][] => (owns(g, role as ColumnRole) ? [[g.columns[role as ColumnRole] as number, formula as string]] : [])),
    ...blockFormulas(g),
  ];
  for (const [col, formula] of formulas) {
    const at = (i: number): { f: string; v: unknown } => ({ f: state.formulas[i]?.[col - 1] ?? '', v: state.values[i]?.[col - 1] ?? '' });
    const anchor = at(0);
    const where = `${name}!${columnLetter(col)}${g.firstRow}`;
    if (anchor.f === '' && anchor.v !== '' && !isError(anchor.v)) {
      report.push(`${where} holds "${String(anchor.v).slice(0, 30)}" typed over Goalpost's formula for this column: clear the cell and Refresh to bring the column back`);
      continue;
    }
    for (let i = 1; i < state.formulas.length; i++) {
      const moved = at(i).f;
      if (moved !== '' && head(moved) === head(formula)) sheet.getRange(g.firstRow + i, col).clearContent();
    }
    if (anchor.f !== formula) sheet.getRange(g.firstRow, col).setFormula(formula);
    if (isError(anchor.v) && anchor.f !== '') {
      const typed = state.values.slice(1).flatMap((r, i) => (r[col - 1] !== '' && (state.formulas[i + 1]?.[col - 1] ?? '') === '' ? [`${columnLetter(col)}${g.firstRow + i + 1}`] : []));
      if (typed.length > 0) report.push(`${name}: ${typed.slice(0, 5).join(', ')}${typed.length > 5 ? ` and ${typed.length - 5} more` : ''} ${typed.length === 1 ? 'holds' : 'hold'} typed values where Goalpost's ${columnLetter(col)} column fills in: clear them to let the formula in ${where} fill the column`);
    }
  }

  // In-cell charts, one formula per goal row; a value a person typed there stays.
  const rows = Math.max(state.goalRows, 1);
  const charts = cellFormulas(g, colours);
  for (const role of CELL_ROLES.filter((r) => owns(g, r))) {
    const col = g.columns[role] as number;
    const kept: string[] = [];
    const cells = Array.from({ length: rows }, (_, i) => {
      const f = state.formulas[i]?.[col - 1] ?? '';
      const v = state.values[i]?.[col - 1] ?? '';
      if (f === '' && v !== '') {
        kept.push(`${columnLetter(col)}${g.firstRow + i}`);
        return [typeof v === 'string' ? literal(v) : v];
      }
      return [state.goalRows === 0 ? '' : charts[role as 'bar' | 'trend'](g.firstRow + i)];
    });
    sheet.getRange(g.firstRow, col, rows, 1).setValues(cells);
    if (kept.length > 0) report.push(`${name}: ${kept.join(', ')} ${kept.length === 1 ? 'holds a typed value' : 'hold typed values'} in the ${COLUMN_OF[role].header} column; Goalpost left ${kept.length === 1 ? 'it' : 'them'}`);
  }

  // Number formats, per column (a column a person added keeps its own); unit columns follow each row's unit.
  const unitCol = g.columns.unit;
  const unitOf = (i: number): string => (unitCol === undefined ? '' : String(state.values[i]?.[unitCol - 1] ?? ''));
  const owned = GOAL_COLUMNS.filter((c) => owns(g, c.role));
  for (const c of owned) {
    const col = g.columns[c.role] as number;
    if (c.format === 'unit' && UNIT_ROLES.includes(c.role)) {
      const formats = Array.from({ length: rows }, (_, i) => [unitFormat(unitOf(i))]);
      sheet.getRange(g.firstRow, col, rows, 1).setNumberFormats(formats);
    } else if (c.format !== undefined && c.format !== 'unit') {
      column(col).setNumberFormat(c.format);
    }
  }

  applyValidation(app, sheet, g, owned, column);
  applyRules(app, sheet, g, colours, column);

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

/** Conditional colours: every rule that is not Goalpost's is kept, in its order, and Goalpost's are written after them. */
function applyRules(app: SpreadsheetAppPort, sheet: SheetPort, g: TableGeometry, colours: StatusColours, column: (col: number) => RangePort): void {
  const ours = new Set(COLOURED_ROLES.map((r) => g.columns[r] as number));
  const isOurs = (rule: ConditionalFormatRulePort): boolean =>
    rule.getRanges().every((r) => ours.has(r.getColumn()) && r.getNumColumns() === 1 && r.getRow() === g.firstRow);
  const kept = sheet.getConditionalFormatRules().filter((r) => !isOurs(r));
  const text = (role: ColumnRole, value: string, background: string | null, font: string | null) => {
    const b = app.newConditionalFormatRule().whenTextEqualTo(value).setRanges([column(g.columns[role] as number)]);
    if (background) b.setBackground(background);
    if (font) b.setFontColor(font);
    return b.build();
  };
  const dark = new Set(['Achieved', 'Missed', 'Off track', 'On track']);
  const rules = [
    ...STATUS_LABELS.map((label) => text('status', label, colours[label], dark.has(label) ? '#ffffff' : '#202124')),
    text('stale', 'Stale', '#fce8b2', '#b06000'),
    ...WORRYING_OUTLOOKS.map((o) => text('outlook', o, null, '#c5221f')),
  ];
  sheet.setConditionalFormatRules([...kept, ...rules]);
}
