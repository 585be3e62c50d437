/**
 * Inserting and deleting rows and columns, as Sheets does it: cell contents and every
 * per-cell layer move; formulas anywhere in the workbook that point at the sheet are
 * rewritten; named ranges, conditional-format ranges (and their formulas), charts,
 * protections and row/column developer metadata shift, grow, shrink or go with the cells
 * they covered. [DOC] platform §4: metadata "moves with its row" and "is deleted together
 * with its object".
 */
import type { Rect } from '../a1/a1-notation.ts';
import { moveInterval, shiftFormula, type Axis, type StructuralChange } from '../formula/references.ts';
import { Formula } from './cell.ts';
import type { SheetStore } from './sheet-store.ts';
import { NO_SHEET, type ConditionalRuleSpec, type CriterionValue, type MetadataSpec, type SheetRect, type ValidationSpec } from './specs.ts';
import type { WorkbookStore } from './workbook-store.ts';

/** A rectangle after the change, or undefined when all its cells were deleted. */
export function moveRect<T extends Rect>(rect: T, axis: Axis, at: number, delta: number): T | undefined {
  const [first, count] = axis === 'row' ? [rect.row, rect.numRows] : [rect.col, rect.numCols];
  const span = moveInterval(first, first + count - 1, at, delta);
  if (!span) return undefined;
  return axis === 'row' ? { ...rect, row: span[0], numRows: span[1] - span[0] + 1 } : { ...rect, col: span[0], numCols: span[1] - span[0] + 1 };
}

function moveRects<T extends Rect>(rects: readonly T[], axis: Axis, at: number, delta: number): T[] {
  return rects.map((r) => moveRect(r, axis, at, delta)).filter((r): r is T => r !== undefined);
}

function spliceArray<T>(list: T[], axis0: number, delta: number, fill: T): void {
  if (axis0 >= list.length) return;
  if (delta > 0) list.splice(axis0, 0, ...new Array<T>(delta).fill(fill));
  else list.splice(axis0, -delta);
}

function shiftCells(sheet: SheetStore, axis: Axis, at: number, delta: number): void {
  const at0 = at - 1;
  for (const grid of sheet.allGrids()) {
    if (axis === 'row') delta > 0 ? grid.insertRows(at0, delta) : grid.deleteRows(at0, -delta);
    else delta > 0 ? grid.insertCols(at0, delta) : grid.deleteCols(at0, -delta);
  }
  if (axis === 'row') {
    spliceArray(sheet.hiddenRows, at0, delta, false);
    sheet.maxRows += delta;
  } else {
    spliceArray(sheet.hiddenColumns, at0, delta, false);
    spliceArray(sheet.columnWidths, at0, delta, undefined as unknown as number);
    sheet.maxColumns += delta;
  }
  let formulas = 0;
  sheet.content.forEach((v) => {
    if (v instanceof Formula) formulas++;
  });
  sheet.formulaCount = formulas;
}

function shiftRule(rule: ConditionalRuleSpec, sheetName: string, change: StructuralChange): ConditionalRuleSpec | undefined {
  const ranges = moveRects(rule.ranges, change.axis, change.at, change.delta);
  if (ranges.length === 0) return undefined;
  const b = rule.boolean;
  const values = b?.criteria === 'CUSTOM_FORMULA' ? b.values.map((v) => (typeof v === 'string' ? shiftFormula(v, sheetName, change) : v)) : b?.values;
  return { ...rule, ranges, ...(b && values ? { boolean: { ...b, values } } : {}) };
}

function shiftMetadata(m: MetadataSpec, sheetId: number, axis: Axis, at: number, delta: number): MetadataSpec | undefined {
  const loc = m.location;
  if (loc.type === 'SPREADSHEET' || loc.type === 'SHEET' || loc.sheetId !== sheetId) return m;
  if ((loc.type === 'ROW') !== (axis === 'row')) return m;
  const span = moveInterval(loc.first, loc.last, at, delta);
  return span ? { ...m, location: { ...loc, first: span[0], last: span[1] } } : undefined;
}

/** requireValueInRange rules follow the cells of their source range. */
function shiftValidationRanges(book: WorkbookStore, sheetId: number, axis: Axis, at: number, delta: number): void {
  const moved = new Map<ValidationSpec, ValidationSpec>();
  for (const s of book.sheets) {
    s.layers.validation.forEach((spec, r, c) => {
      if (!spec.values.some((v) => isRangeCriterion(v) && v.range.sheetId === sheetId)) return;
      let next = moved.get(spec);
      if (!next) {
        const values = spec.values.map((v) => {
          if (!isRangeCriterion(v) || v.range.sheetId !== sheetId) return v;
          const range = moveRect(v.range, axis, at, delta);
          return range ? { range } : null;
        });
        next = { ...spec, values };
        moved.set(spec, next);
      }
      s.layers.validation.set(r, c, next);
    });
  }
}

function isRangeCriterion(v: CriterionValue): v is { readonly range: SheetRect } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'range' in v;
}

/**
 * Rewrites the text of every formula in the workbook (a structure change, a renamed or
 * deleted sheet); `rewrite` gets the text and the name of the sheet the formula is on.
 */
export function rewriteFormulas(book: WorkbookStore, rewrite: (text: string, ownSheet: string) => string): void {
  for (const s of book.sheets) {
    s.content.forEach((v, r, c) => {
      if (!(v instanceof Formula)) return;
      const text = rewrite(v.text, s.name);
      if (text !== v.text) s.content.set(r, c, new Formula(text));
    });
  }
}

/** Applies an insert (delta > 0) or delete (delta < 0) at 1-based index `at`. */
export function changeStructure(book: WorkbookStore, sheet: SheetStore, axis: Axis, at: number, delta: number): void {
  const change: StructuralChange = { sheet: sheet.name, axis, at, delta };
  shiftCells(sheet, axis, at, delta);
  rewriteFormulas(book, (text, ownSheet) => shiftFormula(text, ownSheet, change));
  shiftValidationRanges(book, sheet.id, axis, at, delta);
  sheet.conditionalRules = sheet.conditionalRules.map((r) => shiftRule(r, sheet.name, change)).filter((r): r is ConditionalRuleSpec => r !== undefined);
  sheet.protections = sheet.protections
    .map((p) => (p.rect ? { ...p, rect: moveRect(p.rect, axis, at, delta) } : { ...p, unprotected: moveRects(p.unprotected, axis, at, delta) }))
    .filter((p) => p.type === 'SHEET' || p.rect !== undefined);
  for (const s of book.sheets) {
    s.charts = s.charts.map((chart) => {
      const ranges = chart.ranges.map((r) => (r.sheetId === sheet.id ? moveRect(r, axis, at, delta) : r)).filter((r) => r !== undefined);
      if (s !== sheet) return { ...chart, ranges };
      const anchor = axis === 'row' ? chart.position.row : chart.position.col;
      const moved = delta > 0 ? (anchor >= at ? anchor + delta : anchor) : anchor >= at - delta ? anchor + delta : Math.min(anchor, at);
      const position = axis === 'row' ? { ...chart.position, row: Math.max(1, moved) } : { ...chart.position, col: Math.max(1, moved) };
      return { ...chart, ranges, position };
    });
  }
  book.namedRanges = book.namedRanges.map((n) => {
    if (n.range.sheetId !== sheet.id) return n;
    const range = moveRect(n.range, axis, at, delta);
    return { ...n, range: range ?? { ...n.range, sheetId: NO_SHEET } };
  });
  book.metadata = book.metadata.map((m) => shiftMetadata(m, sheet.id, axis, at, delta)).filter((m): m is MetadataSpec => m !== undefined);
  book.hooks.structureChanged();
}
