/**
 * Numbers as people read them: results are rounded to 12 significant digits before they
 * are shown, and compared within 12 significant digits, so a target computed as
 * 0.35 × 0.8 is 0.28, not 0.27999999999999997, and a current typed as 0.28 reaches it.
 */

const SIGNIFICANT_DIGITS = 12;

/** The largest and smallest magnitudes Goalpost computes with; beyond them sums and ratios overflow or vanish. */
export const MAX_MAGNITUDE = 1e300;
export const MIN_MAGNITUDE = 1e-300;

/** A relative change of this much (500%) or more is far likelier a percentage typed as a whole number (10 for 10%): refused. */
export const MAX_RELATIVE_CHANGE = 5;

/** Whether a number is one Goalpost accepts as input: finite, and 0 or within the magnitudes above. */
export function isComputable(x: number): boolean {
  const a = Math.abs(x);
  return a === 0 || (a >= MIN_MAGNITUDE && a <= MAX_MAGNITUDE);
}

/** 10^-30 … 10^30, exact where a double can be: `**` is slow enough to show on a 100,000-row call. */
const POW10 = Array.from({ length: 61 }, (_, i) => Number(`1e${i - 30}`));

/**
 * x rounded to 12 significant digits, half away from zero. Integers below 10¹² (most
 * KPI values) return at once; most others scale by a power of ten from a table, many
 * times faster than toPrecision; the extremes use toPrecision.
 */
export function round12(x: number): number {
  const a = Math.abs(x);
  if ((a < 1e12 && Number.isInteger(x)) || !(a < Number.POSITIVE_INFINITY)) return x + 0; // −0 reads as 0
  let e = Math.floor(Math.log10(a));
  // 10^k is exact only up to 10^22: beyond, the division would be a unit off in the last place.
  if (e < SIGNIFICANT_DIGITS - 1 - 22 || e > 11) return Number(x.toPrecision(SIGNIFICANT_DIGITS));
  const p = POW10[e + 30] as number;
  if (a < p) e--;
  else if (a >= p * 10) e++;
  const scale = POW10[30 + SIGNIFICANT_DIGITS - 1 - e] as number;
  const scaled = a * scale;
  // Near a tie the product's own rounding decides: there, toPrecision reads the exact value.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-3) return Number(x.toPrecision(SIGNIFICANT_DIGITS));
  const r = Math.round(scaled) / scale;
  return x < 0 && r !== 0 ? -r : r;
}

/** Half a unit in the 12th significant digit, relative: within it, two numbers read the same. */
const SAME = 5e-13;

/** a ≥ b as people read them: a equal to b within 12 significant digits reaches it. */
export const reaches = (a: number, b: number): boolean => a >= b || b - a <= SAME * Math.abs(b);
