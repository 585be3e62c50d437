/**
 * A saved workbook is checked before it is loaded: a file damaged by hand edits, a crash
 * of another tool or a merge conflict must be reported with where it is wrong, never
 * half-loaded (a later save would then silently replace what was left of it).
 */
import * as z from 'zod';
import { BooleanCriteria, InterpolationType } from '../services/enums.ts';
import type { SavedState } from './snapshot.ts';

export class DamagedWorkbookError extends Error {}

const int = z.number().int();
const count = int.min(0);
const rect = z.object({ row: int.min(1), col: int.min(1), numRows: int.min(1), numCols: int.min(1) });
const sheetRect = rect.extend({ sheetId: int });
const criterion = z.union([
  z.string(), z.number(), z.boolean(), z.null(),
  z.object({ date: z.number() }), z.object({ range: sheetRect }), z.array(z.string()),
]);
const rows = <T extends z.ZodType>(cell: T) => z.array(z.nullable(z.array(z.nullable(cell))));
const savedCell = z.union([z.string(), z.number(), z.boolean(), z.object({ f: z.string().startsWith('=') })]);
const booleanFormat = z.object({
  criteria: z.string(), values: z.array(criterion),
  background: z.nullable(z.string()), fontColor: z.nullable(z.string()), bold: z.nullable(z.boolean()),
  italic: z.nullable(z.boolean()), strikethrough: z.nullable(z.boolean()), underline: z.nullable(z.boolean()),
});
const gradientPoint = z.object({ color: z.string(), type: z.nullable(z.string()), value: z.string() });
const validation = z.object({ criteria: z.string(), values: z.array(criterion), allowInvalid: z.boolean(), helpText: z.string() });

const sheet = z.object({
  id: int,
  name: z.string().min(1),
  maxRows: int.min(1),
  maxColumns: int.min(1).max(18_278),
  frozenRows: count,
  frozenColumns: count,
  hidden: z.boolean(),
  hiddenRows: z.array(z.nullable(z.boolean())),
  hiddenColumns: z.array(z.nullable(z.boolean())),
  columnWidths: z.array(z.nullable(z.number().min(0))),
  content: rows(savedCell),
  layers: z.object({
    numberFormat: rows(z.string()).optional(), background: rows(z.string()).optional(), fontColor: rows(z.string()).optional(),
    fontWeight: rows(z.string()).optional(), fontStyle: rows(z.string()).optional(), horizontalAlignment: rows(z.string()).optional(),
    wrap: rows(z.boolean()).optional(), note: rows(z.string()).optional(), validation: rows(validation).optional(),
  }).strict(),
  conditionalRules: z.array(z.object({
    ranges: z.array(rect),
    boolean: booleanFormat.optional(),
    gradient: z.object({ min: gradientPoint.optional(), mid: gradientPoint.optional(), max: gradientPoint.optional() }).optional(),
  })),
  charts: z.array(z.object({
    id: int, type: z.string(), ranges: z.array(sheetRect), options: z.record(z.string(), z.unknown()),
    position: z.object({ row: int, col: int, offsetX: z.number(), offsetY: z.number() }), numHeaders: int, transpose: z.boolean(),
  })),
  protections: z.array(z.object({
    id: int, type: z.enum(['RANGE', 'SHEET']), rect: rect.optional(), description: z.string(), warningOnly: z.boolean(),
    editors: z.array(z.string()), domainEdit: z.boolean(), unprotected: z.array(rect),
  })),
});

const location = z.union([
  z.object({ type: z.literal('SPREADSHEET') }),
  z.object({ type: z.literal('SHEET'), sheetId: int }),
  z.object({ type: z.enum(['ROW', 'COLUMN']), sheetId: int, first: int, last: int }),
]);
const store = z.record(z.string(), z.string());

const savedState = z.object({
  workbook: z.object({
    version: z.literal(1),
    id: z.string(),
    name: z.string(),
    timeZone: z.string().refine(validZone, 'not a time zone'),
    locale: z.string(),
    activeSheetId: int,
    counters: z.object({ sheet: count, metadata: count, chart: count, protection: count }),
    sheets: z.array(sheet).min(1, 'a workbook has at least one sheet'),
    namedRanges: z.array(z.object({ name: z.string(), range: sheetRect })),
    metadata: z.array(z.object({
      id: int, key: z.string(), value: z.nullable(z.string()), visibility: z.enum(['DOCUMENT', 'PROJECT']), location,
    })),
  }),
  properties: z.object({ document: store, user: store, script: store }),
});

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const MAX_ISSUES = 3;

/** Where the first problems are, as a person can find them in the file. */
function describe(error: z.ZodError): string {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`);
  const more = error.issues.length - MAX_ISSUES;
  return issues.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

const BOOLEAN_CRITERIA = new Set(Object.keys(BooleanCriteria));
const INTERPOLATION_TYPES = new Set(Object.keys(InterpolationType));

/** Whether a sheet id was ever given out by a workbook that has given out `count` (workbook-store.ts addSheet). */
function allocatedSheetId(id: number, count: number): boolean {
  if (id === 0) return count > 0;
  const n = (id - 1_000_000) / 7_919;
  return Number.isInteger(n) && n >= 1 && n < count;
}

/**
 * What the shapes alone cannot say: names and ids unique, cells inside their sheet,
 * conditional rules of a kind Sheets has, named ranges on sheets that were made. Each of
 * these is damage: what the file meant cannot be known, so it is set aside whole.
 */
function consistency(state: SavedState): string | undefined {
  const { sheets, namedRanges, counters } = state.workbook;
  const names = new Set<string>();
  const ids = new Set<number>();
  for (const [i, s] of sheets.entries()) {
    const lower = s.name.toLowerCase();
    if (names.has(lower)) return `workbook.sheets.${i}.name: a second sheet named "${s.name}"`;
    if (ids.has(s.id)) return `workbook.sheets.${i}.id: a second sheet with id ${s.id}`;
    names.add(lower);
    ids.add(s.id);
    if (s.content.length > s.maxRows) return `workbook.sheets.${i}.content: ${s.content.length} rows on a sheet of ${s.maxRows}`;
    const wide = s.content.findIndex((row) => row !== null && row.length > s.maxColumns);
    if (wide >= 0) return `workbook.sheets.${i}.content.${wide}: more cells than the sheet's ${s.maxColumns} columns`;
    for (const [j, rule] of s.conditionalRules.entries()) {
      const where = `workbook.sheets.${i}.conditionalRules.${j}`;
      if (rule.boolean && !BOOLEAN_CRITERIA.has(rule.boolean.criteria)) return `${where}.boolean.criteria: "${rule.boolean.criteria}" is not a conditional-format condition Sheets has`;
      for (const point of ['min', 'mid', 'max'] as const) {
        const type = rule.gradient?.[point]?.type;
        if (type && !INTERPOLATION_TYPES.has(type)) return `${where}.gradient.${point}.type: "${type}" is not a colour-scale point type Sheets has`;
      }
      if (!rule.boolean && !rule.gradient) return `${where}: a rule with neither a condition nor a colour scale`;
    }
  }
  for (const [i, n] of namedRanges.entries()) {
    // A named range whose sheet was deleted stays defined (formulas naming it show #REF!), as in Sheets; one on a sheet never made is damage.
    if (!ids.has(n.range.sheetId) && !allocatedSheetId(n.range.sheetId, counters.sheet)) return `workbook.namedRanges.${i}.range.sheetId: no sheet ${n.range.sheetId} was ever in this workbook`;
  }
  return undefined;
}

/**
 * What can be put right without guessing, put right and said: the active sheet when it
 * names no sheet (the first one), conditional-format ranges that run past their sheet
 * (cut to it, as Sheets keeps them; a rule left with none is dropped). Each repair is one
 * line for the page's notice.
 */
function repair(state: SavedState): string[] {
  const repairs: string[] = [];
  const book = state.workbook as { -readonly [K in keyof SavedState['workbook']]: SavedState['workbook'][K] };
  const first = book.sheets[0];
  if (first && !book.sheets.some((s) => s.id === book.activeSheetId)) {
    repairs.push(`workbook.activeSheetId: no sheet has id ${book.activeSheetId}; "${first.name}" is active instead`);
    book.activeSheetId = first.id;
  }
  for (const [i, s] of book.sheets.entries()) {
    const sheet = s as { conditionalRules: SavedState['workbook']['sheets'][number]['conditionalRules'] };
    sheet.conditionalRules = s.conditionalRules.flatMap((rule, j) => {
      const ranges = rule.ranges.flatMap((r, k) => {
        const lastRow = Math.min(r.row + r.numRows - 1, s.maxRows);
        const lastCol = Math.min(r.col + r.numCols - 1, s.maxColumns);
        if (lastRow === r.row + r.numRows - 1 && lastCol === r.col + r.numCols - 1) return [r];
        const where = `workbook.sheets.${i}.conditionalRules.${j}.ranges.${k}`;
        if (r.row > s.maxRows || r.col > s.maxColumns) {
          repairs.push(`${where}: wholly outside "${s.name}" (${s.maxRows} rows, ${s.maxColumns} columns); dropped`);
          return [];
        }
        repairs.push(`${where}: ran past "${s.name}" (${s.maxRows} rows, ${s.maxColumns} columns); cut to the sheet`);
        return [{ ...r, numRows: lastRow - r.row + 1, numCols: lastCol - r.col + 1 }];
      });
      if (ranges.length === 0) {
        repairs.push(`workbook.sheets.${i}.conditionalRules.${j}: no range left on the sheet; the rule was dropped`);
        return [];
      }
      return [{ ...rule, ranges }];
    });
  }
  return repairs;
}

/** The state inside a saved file's text, or a DamagedWorkbookError saying what is wrong and where. */
export function parseSavedState(text: string): SavedState {
  return checkSavedState(text).state;
}

/**
 * The state inside a saved file's text with what was repaired in it (see repair), or a
 * DamagedWorkbookError saying what is wrong and where.
 */
export function checkSavedState(text: string): { readonly state: SavedState; readonly repairs: readonly string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DamagedWorkbookError(`not valid JSON (${(e as Error).message})`);
  }
  const result = savedState.safeParse(json);
  if (!result.success) throw new DamagedWorkbookError(describe(result.error));
  const state = result.data as unknown as SavedState;
  const problem = consistency(state);
  if (problem) throw new DamagedWorkbookError(problem);
  return { state, repairs: repair(state) };
}
