/**
 * The sheets Goalpost keeps for itself beside the goal tables: each table's KPI log, change
 * log and archive, the settings sheet and the function guide. Adopting one of them would make
 * Goalpost's own records a goal table, so adoptSheet refuses them.
 */
import { archiveName } from './archive.ts';
import { GUIDE_SHEET } from './function-guide-layout.ts';
import type { SheetPort, SpreadsheetPort } from './ports.ts';
import { findSettingsSheet } from './settings.ts';
import type { FoundTable } from './table-find.ts';

/** What the sheet is to Goalpost ("the KPI log of Retail goals"), or undefined when it is none of its own. */
export function ownSheetRole(ss: SpreadsheetPort, tables: readonly FoundTable[], sheet: SheetPort): string | undefined {
  const id = sheet.getSheetId();
  const name = sheet.getName();
  for (const t of tables) {
    const table = t.sheet.getName();
    if (t.meta.log === id) return `the KPI log of ${table}`;
    if (t.meta.changes === id) return `the change log of ${table}`;
    if (name === archiveName(table)) return `the archive of ${table}`;
  }
  if (name === GUIDE_SHEET) return 'the function guide';
  return findSettingsSheet(ss)?.getSheetId() === id ? "Goalpost's settings" : undefined;
}
