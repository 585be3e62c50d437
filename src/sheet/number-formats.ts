/**
 * Number formats with fixed decimal places. Sheets, like Excel, keeps the decimal point of
 * a pattern with optional places: 42 under `0.##` shows "42.", and $42 under
 * `"$"#,##0.##` shows "$42.". So Goalpost never writes optional places: it fixes the
 * places from the numbers the cells hold (an integer gets none).
 */

/** Places after the point in x's shortest decimal form (0 for an integer), at most max. */
export function decimalsOf(x: unknown, max: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || Number.isInteger(x)) return 0;
  // toExponential() with no argument gives the shortest digits that read back as x.
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(max, Math.max(0, digits - Number(exponent)));
}

/** The most places any of the numbers needs, at most max. */
export const placesFor = (numbers: readonly unknown[], max: number): number => numbers.reduce<number>((m, x) => Math.max(m, decimalsOf(x, max)), 0);

/** A pattern with exactly `places` decimal places, grouped in thousands unless told not to. */
export const fixedPattern = (places: number, grouping = true): string => `${grouping ? '#,##0' : '0'}${places > 0 ? `.${'0'.repeat(places)}` : ''}`;
