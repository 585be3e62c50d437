/**
 * Text from people written as literal text. setValues parses strings as if typed: "=IMPORTXML(…)"
 * would become a formula, "+cmd" or "-1" a formula or number, "1/2" a date, "00123" a number.
 * A leading apostrophe keeps the rest as text in the cell, and is not part of its value.
 */
const PARSED = /^\s*[=+\-@']|^\s*[\d.,$€£¥%(]|^\s*(true|false)\s*$/i;

export function literal(value: string): string {
  return PARSED.test(value) ? `'${value}` : value;
}

/** A row of cells where strings are people's text: numbers, booleans and Dates pass through. */
export const literalRow = (row: readonly unknown[]): unknown[] => row.map((v) => (typeof v === 'string' && v !== '' ? literal(v) : v));
