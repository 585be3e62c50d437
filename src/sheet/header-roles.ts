/**
 * Which column holds which role, read from a header row: by the exact header first, then by
 * synonyms, each role in one column and each column holding one role. A goal table made by
 * Goalpost is read this way; an adopted sheet's columns are found by the headers its
 * metadata recorded, so a column the person mapped by hand is found under any name.
 */
import { GOAL_COLUMNS, headerKey, type ColumnDef, type ColumnRole } from './goal-columns.ts';

export type Columns = Partial<Record<ColumnRole, number>>;

export interface Match {
  /** 1-based. */
  readonly column: number;
  readonly by: 'name' | 'synonym';
}

/** Each role of `defs` the header names, with how; the leftmost column wins a tie. */
export function matchRoles(header: readonly unknown[], defs: readonly ColumnDef[] = GOAL_COLUMNS): Partial<Record<ColumnRole, Match>> {
  const keys = header.map(headerKey);
  const found: Partial<Record<ColumnRole, Match>> = {};
  const taken = new Set<number>();
  const pass = (by: Match['by'], names: (c: ColumnDef) => readonly string[]) => {
    for (const c of defs) {
      if (found[c.role]) continue;
      const wanted = new Set(names(c).map(headerKey));
      const i = keys.findIndex((k, n) => k !== '' && wanted.has(k) && !taken.has(n + 1));
      if (i < 0) continue;
      found[c.role] = { column: i + 1, by };
      taken.add(i + 1);
    }
  };
  pass('name', (c) => [c.header]);
  pass('synonym', (c) => c.synonyms);
  return found;
}

/** Column numbers of the matched roles. */
export const columnsOf = (matches: Partial<Record<ColumnRole, Match>>): Columns =>
  Object.fromEntries(Object.entries(matches).map(([role, m]) => [role, (m as Match).column])) as Columns;

/** The column of each role whose recorded header is in the row (the first column with that header). */
export function locateRoles(header: readonly unknown[], headers: Readonly<Partial<Record<ColumnRole, string>>>): Columns {
  const keys = header.map(headerKey);
  const columns: Columns = {};
  for (const [role, text] of Object.entries(headers)) {
    const i = keys.indexOf(headerKey(text));
    if (i >= 0) columns[role as ColumnRole] = i + 1;
  }
  return columns;
}
