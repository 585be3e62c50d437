/** Calling the custom functions as Sheets would, in a spreadsheet in SHEET_ZONE (Tokyo). */
import { expect } from 'vitest';
import { dayFromInstant, isoFromDay } from '../../src/core/dates.ts';
import { bindCustomFunctions } from '../../src/functions/index.ts';
import { SHEET_ZONE, sheetDate } from '../fixtures/examples.ts';

export const fns = bindCustomFunctions({ timeZone: () => SHEET_ZONE });

export function call(name: string, ...args: unknown[]): unknown {
  const f = fns[name];
  if (!f) throw new Error(`no custom function ${name}`);
  return f(...args);
}

/** The message a single-value call throws (Sheets shows it under #ERROR!). */
export function thrown(name: string, ...args: unknown[]): string {
  try {
    call(name, ...args);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    return (e as Error).message;
  }
  throw new Error(`${name} did not throw`);
}

export const d = (iso: string): Date => sheetDate(iso);
export const col = (...v: unknown[]): unknown[][] => v.map((x) => [x]);
export const row = (...v: unknown[]): unknown[][] => [v];

/** A returned Date as the day it shows in the spreadsheet's zone. */
export const shown = (v: unknown): unknown => (Array.isArray(v) ? v.map(shown) : v instanceof Date ? isoFromDay(dayFromInstant(v.getTime(), SHEET_ZONE)) : v);
