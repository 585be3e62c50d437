/** A new goal table and its KPI log through the API: what the menu's New goal table does, under the lock. */
import type { CreatedTableDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { ok, type Result } from '../core/result.ts';
import { statusColours } from '../sheet/settings.ts';
import { createTable as createGoalTable } from '../sheet/table-create.ts';
import { findTables } from '../sheet/table-find.ts';
import { readTable } from '../sheet/table-read.ts';
import type { ServerContext } from './context.ts';
import { tableDto } from './dtos.ts';
import { underLock } from './under-lock.ts';

export function createTable(p: ParamsOf<'createTable'>, ctx: ServerContext): Result<CreatedTableDto> {
  const template = p.template === 'Blank' ? undefined : p.template;
  return underLock(ctx.lock(), ctx.app, () => {
    const created = createGoalTable(ctx.app, statusColours(ctx.documentProperties()), ctx.today(), template);
    const ss = ctx.app.getActiveSpreadsheet();
    const found = findTables(ctx.app, ss, false).find((t) => t.meta.table === created.tableId);
    const sheetName = created.sheet.getName();
    // Metadata that cannot be read back is in the report already; the table is described from what was made.
    const table = found ? tableDto(readTable(ss, found, false), sheetName) : { id: created.tableId, sheetName, logSheetName: created.log.getName(), problems: [] };
    return ok({ table, report: created.report });
  });
}
