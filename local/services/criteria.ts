/**
 * Criteria arguments of validation and conditional-format rules, stored as plain data
 * (dates as serials, ranges as positions) and handed back as Apps Script gives them.
 */
import { isDate } from '../engine/hf-values.ts';
import type { CriterionValue, SheetRect } from '../model/specs.ts';
import type { LocalContext } from './context.ts';
import type { LocalRange } from './local-range.ts';

function isRange(v: unknown): v is LocalRange {
  return typeof v === 'object' && v !== null && 'store' in v && 'rect' in v;
}

export function toCriterion(ctx: LocalContext, v: unknown): CriterionValue {
  const raw = ctx.counter.unwrap(v);
  if (isDate(raw)) return { date: ctx.book.clock.serialFromDate(raw) };
  if (isRange(raw)) return { range: { sheetId: raw.store.id, ...raw.rect } };
  if (Array.isArray(raw)) return raw.map(String);
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

export function fromCriterion(ctx: LocalContext, v: CriterionValue): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return [...(v as readonly string[])];
  if ('date' in v) return ctx.book.clock.dateFromSerial(v.date);
  const { range } = v as { readonly range: SheetRect };
  const store = ctx.book.sheetById(range.sheetId);
  return store ? ctx.range(store, range) : null;
}
