/**
 * adoptSheet: a sheet someone made becomes a goal table. Without `apply: false` the plan is
 * written under the document lock; with it, or on any refusal, nothing is written.
 */
import type { AdoptionDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { applyAdoption, type Adopted } from '../sheet/adopt-apply.ts';
import { planAdoption, type AdoptionPlan } from '../sheet/adopt-plan.ts';
import { ownSheetRole } from '../sheet/own-sheets.ts';
import { statusColours } from '../sheet/settings.ts';
import { findTables, tableOnSheet } from '../sheet/table-find.ts';
import { columnLetter } from '../sheet/table-formulas.ts';
import type { ServerContext } from './context.ts';
import { underLock } from './under-lock.ts';

export function adoptSheet(p: ParamsOf<'adoptSheet'>, ctx: ServerContext): Result<AdoptionDto> {
  const apply = p.apply ?? true;
  const run = (): Result<AdoptionDto> => {
    const ss = ctx.app.getActiveSpreadsheet();
    const sheet = p.sheetName === undefined ? ss.getActiveSheet() : ss.getSheetByName(p.sheetName);
    if (!sheet) return fail('sheet-not-found', { field: 'sheetName', sheet: p.sheetName ?? '' });
    const tables = findTables(ctx.app, ss, false);
    const table = tableOnSheet(tables, sheet);
    if (table) return fail('already-goal-table', { field: 'sheetName', sheet: sheet.getName(), table: table.meta.table });
    const own = ownSheetRole(ss, tables, sheet);
    if (own) return fail('goalpost-sheet', { field: 'sheetName', sheet: sheet.getName(), what: own });
    const plan = planAdoption(sheet, p);
    if (!plan.ok) return plan;
    if (!apply) return ok(adoptionDto(plan.value));
    if (plan.value.missing.length > 0) return fail('adopt-roles-missing', { sheet: sheet.getName(), missing: plan.value.missing.join(' or ') });
    return ok(adoptionDto(plan.value, applyAdoption(ctx.app, plan.value, statusColours(ctx.documentProperties()), ctx.today())));
  };
  return apply ? underLock(ctx.lock(), ctx.app, run) : run();
}

function adoptionDto(plan: AdoptionPlan, adopted?: Adopted): AdoptionDto {
  return {
    sheetName: plan.sheet.getName(),
    headerRow: plan.headerRow,
    columns: plan.columns.map((c) => ({ column: columnLetter(c.column), header: c.header, role: c.role, by: c.by })),
    missing: plan.missing,
    unmapped: plan.columns.filter((c) => c.role === null).map((c) => c.header),
    added: plan.added.map((a) => a.header),
    applied: adopted !== undefined,
    tableId: adopted?.tableId ?? null,
    report: [...plan.report, ...(adopted?.report ?? [])],
  };
}
