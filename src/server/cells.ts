/**
 * Cell values as JSON for the client: a Date becomes its ISO day in the spreadsheet's zone,
 * a blank becomes null, numbers, text and booleans pass through. Nothing that
 * google.script.run would refuse or mangle (a Date, undefined, NaN) can come out.
 */
import { isoFromDay } from '../core/dates.ts';
import { isDate } from '../functions/coerce.ts';
import { dayOf } from '../sheet/kpi-log.ts';

export type CellJson = number | string | boolean | null;

export function cellJson(v: unknown, zone: string): CellJson {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return isoOrNull(v, zone);
  return String(v);
}

/** A date cell as an ISO day; null when blank or not a date. */
export function isoOrNull(v: unknown, zone: string): string | null {
  if (v === '' || v === null || v === undefined || typeof v === 'boolean') return null;
  const day = dayOf(v, zone);
  return day === undefined ? null : isoFromDay(day);
}

export const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const textOf = (v: unknown, zone: string): string => {
  const j = cellJson(v, zone);
  return j === null ? '' : String(j);
};
