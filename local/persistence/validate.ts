/**
 * A saved workbook is checked before it is loaded: a file damaged by hand edits, a crash
 * of another tool or a merge conflict must be reported with where it is wrong, never
 * half-loaded (a later save would then silently replace what was left of it).
 */
import * as z from 'zod';
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

/** What the shapes alone cannot say: names and ids unique, cells inside their sheet. */
function consistency(state: SavedState): string | undefined {
  const { sheets } = state.workbook;
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
  }
  return undefined;
}

/** The state inside a saved file's text, or a DamagedWorkbookError saying what is wrong and where. */
export function parseSavedState(text: string): SavedState {
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
  return state;
}
