/**
 * Goal tables are found by developer metadata on their header rows, so renaming or moving
 * sheets and inserting rows or columns breaks nothing. The metadata names the table and
 * the sheet it was made on: a duplicated sheet carries a copy of it, and becomes a table of
 * its own rather than a second claim on the first: a new id, and its own KPI log and change
 * log, copies of the original's as they stood (so the copy's history and current values
 * stay what they were when it was copied, and what happens to either table afterwards stays
 * with that table).
 */
import { COLUMN_ROLES, type ColumnRole } from '../core/vocabulary.ts';
import type { DeveloperMetadataPort, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import { uniqueSheetName } from './sheet-names.ts';

export const TABLE_KEY = 'goalpost.table';
export const LOG_KEY = 'goalpost.log';
export const CHANGES_KEY = 'goalpost.changes';

/** What the header row's metadata holds: small, ids only; the data is in cells. */
export interface TableMeta {
  readonly v: 1;
  readonly table: string;
  /** The sheet the table was made on: a copy of the sheet has another id. */
  readonly sheet: number;
  /** The KPI log sheet's id. */
  readonly log: number;
  /** The change log sheet's id, once the first target revision or correction has made it. */
  readonly changes?: number;
  /**
   * An adopted sheet's columns: role → header as the sheet spells it. The table has these
   * roles and no others; Goalpost's own tables (no map) have every column.
   */
  readonly columns?: Readonly<Partial<Record<ColumnRole, string>>>;
  /** An adopted sheet's columns that stay the person's: never written, formatted or protected (a typed current among them). */
  readonly user?: readonly ColumnRole[];
}

const isRole = (r: unknown): r is ColumnRole => (COLUMN_ROLES as readonly unknown[]).includes(r);
const isRoleMap = (m: unknown): boolean =>
  m === undefined || (typeof m === 'object' && m !== null && Object.entries(m).every(([k, v]) => isRole(k) && typeof v === 'string'));
const isRoleList = (l: unknown): boolean => l === undefined || (Array.isArray(l) && l.every(isRole));

export interface FoundTable {
  readonly sheet: SheetPort;
  readonly headerRow: number;
  readonly meta: TableMeta;
  readonly md: DeveloperMetadataPort;
  /** Set when this call claimed the table as a copy: its metadata, logs and (until Goalpost's formulas are rewritten) formulas are new. */
  readonly claimed?: true;
}

function parseMeta(text: string | null): TableMeta | undefined {
  try {
    const m = JSON.parse(text ?? '') as Partial<TableMeta>;
    const changes = m.changes === undefined || typeof m.changes === 'number';
    const adopted = isRoleMap(m.columns) && isRoleList(m.user);
    return m.v === 1 && typeof m.table === 'string' && typeof m.sheet === 'number' && typeof m.log === 'number' && changes && adopted ? (m as TableMeta) : undefined;
  } catch {
    return undefined;
  }
}

/** A table id not used yet in this spreadsheet. */
export function newTableId(taken: ReadonlySet<string>): string {
  for (let n = taken.size + 1; ; n++) if (!taken.has(`T${n}`)) return `T${n}`;
}

/**
 * Every goal table, in sheet order. A table whose sheet is not the one its metadata names
 * is a copy: with `claim` (under the lock), it gets a new id, its own copies of the KPI log
 * and change log, and its own sheet id, written back to its metadata; without, it is listed
 * with the id it will get (and reads the original's logs until it is claimed). The caller
 * that claims rewrites Goalpost's formulas of a claimed table (applyOwned), so they read
 * the new logs.
 */
export function findTables(app: SpreadsheetAppPort, ss: SpreadsheetPort, claim: boolean): FoundTable[] {
  const found: FoundTable[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(TABLE_KEY).find()) {
    const loc = md.getLocation();
    const row = loc.getRow();
    const meta = parseMeta(md.getValue());
    if (!row || !meta) continue;
    found.push({ sheet: row.getSheet(), headerRow: row.getRow(), meta, md });
  }
  const taken = new Set(found.map((t) => t.meta.table));
  return found.map((t) => {
    const sheetId = t.sheet.getSheetId();
    if (t.meta.sheet === sheetId) return t;
    const meta: TableMeta = { ...t.meta, table: newTableId(taken), sheet: sheetId };
    taken.add(meta.table);
    if (!claim) return { ...t, meta };
    const own = { ...meta, ...ownLogs(ss, t.sheet, meta) };
    t.md.setValue(JSON.stringify(own));
    return { ...t, meta: own, claimed: true };
  });
}

/**
 * A claimed copy's own KPI log and change log: copies of the original's sheets (one call
 * each, whatever their length), named after the copy and tagged with its table id. A log
 * that was deleted stays named as it was, so the copy reports it deleted as the original does.
 */
function ownLogs(ss: SpreadsheetPort, sheet: SheetPort, meta: TableMeta): Pick<TableMeta, 'log' | 'changes'> {
  const sheets = ss.getSheets();
  const copy = (id: number, suffix: string, key: string): number => {
    const original = sheets.find((s) => s.getSheetId() === id);
    if (!original) return id;
    const name = uniqueSheetName(ss, `${sheet.getName()} ${suffix}`);
    const own = original.copyTo(ss);
    own.setName(name);
    for (const md of own.createDeveloperMetadataFinder().withKey(key).find()) md.setValue(JSON.stringify({ v: 1, table: meta.table }));
    return own.getSheetId();
  };
  const log = copy(meta.log, 'log', LOG_KEY);
  return meta.changes === undefined ? { log } : { log, changes: copy(meta.changes, 'changes', CHANGES_KEY) };
}

/** The table whose header row is on this sheet, if any (the first when there are several). */
export const tableOnSheet = (tables: readonly FoundTable[], sheet: SheetPort): FoundTable | undefined =>
  tables.find((t) => t.sheet.getSheetId() === sheet.getSheetId());

export const metaText = (meta: TableMeta): string => JSON.stringify(meta);
