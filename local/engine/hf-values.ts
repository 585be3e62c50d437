/**
 * Values crossing between HyperFormula and Sheets' view of them. HyperFormula keeps dates
 * as numbers tagged with a subtype; Sheets hands custom functions JS Dates (midnight in the
 * spreadsheet's zone) and turns returned Dates back into date serials.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { isoFromDay } from '../../src/core/dates.ts';
import type { Plain } from '../model/cell.ts';
import type { ZoneClock } from '../model/zone-clock.ts';

/** HyperFormula's tagged numbers (DateNumber, PercentNumber...), seen structurally. */
interface RichNumber {
  readonly val: number;
  getDetailedType(): string;
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function isRichNumber(v: unknown): v is RichNumber {
  return typeof v === 'object' && v !== null && typeof (v as RichNumber).val === 'number' && typeof (v as RichNumber).getDetailedType === 'function';
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A thrown error stops the call; Sheets shows its message. */
export class ArgumentError {
  constructor(readonly error: CellError) {}
}

function scalarToSheets(v: unknown, clock: ZoneClock): unknown {
  if (v instanceof CellError) throw new ArgumentError(v);
  if (v === EmptyValue) return '';
  if (isRichNumber(v)) return DATE_TYPES.has(v.getDetailedType()) ? clock.dateFromSerial(v.val) : v.val;
  return v;
}

/** An evaluated argument as Sheets passes it: a value, or a 2-D array for a range. */
export function argumentToSheets(v: unknown, clock: ZoneClock): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map((x) => scalarToSheets(x, clock)));
  return scalarToSheets(v, clock);
}

/** Wraps a serial as a date-typed number; supplied by the plugin (HyperFormula's factory). */
export type DateWrapper = (serial: number, withTime: boolean) => unknown;

function scalarFromSheets(v: unknown, clock: ZoneClock, wrapDate: DateWrapper): unknown {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, 'Result was not a number.');
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) {
    const serial = clock.serialFromDate(v);
    return wrapDate(serial, serial % 1 !== 0);
  }
  return new CellError(ErrorType.VALUE, 'Result was not a value Sheets can show.');
}

export interface ReturnedValue {
  readonly value: unknown;
  readonly rows: number;
  readonly cols: number;
}

/** A custom function's return value for HyperFormula, with the size it spills to. */
export function resultFromSheets(v: unknown, clock: ZoneClock, wrapDate: DateWrapper): ReturnedValue {
  if (!Array.isArray(v)) return { value: scalarFromSheets(v, clock, wrapDate), rows: 1, cols: 1 };
  if (v.length === 0) return { value: EmptyValue, rows: 1, cols: 1 };
  // A 1-D array is taken as one row. [UNCONFIRMED] see README checklist.
  const grid: unknown[][] = v.every((row) => Array.isArray(row)) ? (v as unknown[][]) : [v];
  const cols = Math.max(1, ...grid.map((row) => row.length));
  const data = grid.map((row) => Array.from({ length: cols }, (_, c) => scalarFromSheets(row[c] === undefined ? '' : row[c], clock, wrapDate)));
  if (grid.length === 1 && cols === 1) return { value: data[0]?.[0], rows: 1, cols: 1 };
  return { value: SimpleRangeValue.onlyValues(data as never), rows: grid.length, cols };
}

/**
 * A result cut to the area HyperFormula reserved for it. HyperFormula cannot grow an array
 * while evaluating it; the engine learns the real size and enters the formula again.
 */
export function clipResult(result: ReturnedValue, reserved: { rows: number; cols: number } | undefined): unknown {
  if (!reserved || !(result.value instanceof SimpleRangeValue)) return result.value;
  if (result.rows <= reserved.rows && result.cols <= reserved.cols) return result.value;
  const rows = Math.min(result.rows, reserved.rows);
  const cols = Math.min(result.cols, reserved.cols);
  return SimpleRangeValue.onlyValues(result.value.data.slice(0, rows).map((row) => row.slice(0, cols)) as never);
}

/** How a plain store value is written into HyperFormula so its type survives. */
export function plainToHf(value: Plain, isDateCell: boolean): string | number | boolean {
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && isDateCell && Number.isFinite(value) && value >= 0) {
    const day = Math.floor(value);
    const secs = Math.round((value - day) * 86_400);
    if (secs === 0) return isoFromDay(day);
    const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
    const mm = String(Math.floor((secs % 3600) / 60)).padStart(2, '0');
    const ss = String(secs % 60).padStart(2, '0');
    return `${isoFromDay(day)} ${hh}:${mm}:${ss}`;
  }
  return value;
}
