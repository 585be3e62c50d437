/**
 * Numeric patterns such as `"$"#,##0.00`, `0.0%`, `#,##0.0,"K"` or `0.00E+00`, one section
 * at a time (positive;negative;zero), as Sheets shows them in en_US. Bracket codes are
 * resolved before (number-format.ts plainPattern).
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Rounds as Sheets shows numbers: to 15 significant digits first, then half away from zero
 * in decimal, so 0.875 × 0.952 × 0.95 (0.79134999...) shows as 79.14% like 0.79135 does.
 */
function roundDecimal(v: number, places: number): string {
  const clean = Number(v.toPrecision(15));
  const text = String(clean);
  if (text.includes('e')) return clean.toFixed(places);
  return Number(`${Math.round(Number(`${text}e${places}`))}e-${places}`).toFixed(places);
}

/** Quoted text and \x escapes as themselves; _x (a space as wide as x) as a space; *x (fill) dropped. */
function literal(s: string): string {
  return s.replace(/"([^"]*)"|\\(.)|_.|\*./g, (m, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? (m.startsWith('_') ? ' ' : ''));
}

/** Digits of a number under an integer and a fraction pattern. */
function digits(v: number, intPat: string, fracPat: string, hasPoint: boolean): string {
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  let [intDigits = '0', fracDigits = ''] = roundDecimal(v, maxFrac).split('.');
  fracDigits = fracDigits.replace(/0+$/, '');
  while (fracDigits.length < minFrac) fracDigits += '0';
  const minInt = (intPat.match(/0/g) ?? []).length;
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (intPat.includes(',')) intDigits = groupThousands(intDigits);
  // A pattern with a point keeps it even when no decimals show: 42 under 0.## is "42.", as in Sheets.
  return fracDigits.length > 0 || hasPoint ? `${intDigits}.${fracDigits}` : intDigits;
}

/** 1.23E+04 for `0.00E+00`: one digit before the point, the exponent padded to the pattern's zeros. */
function scientific(v: number, mantissaPat: string, exponentPat: string): string {
  const [intPat = '', fracPat = ''] = mantissaPat.split('.');
  let exponent = v === 0 ? 0 : Math.floor(Math.log10(v));
  let mantissa = v / 10 ** exponent;
  // Rounding can carry the mantissa to 10 (9.999 at two decimals): move it to the exponent.
  if (Number(roundDecimal(mantissa, (fracPat.match(/[0#?]/g) ?? []).length)) >= 10) {
    exponent += 1;
    mantissa = v / 10 ** exponent;
  }
  const sign = exponent < 0 ? '-' : exponentPat.startsWith('+') ? '+' : '';
  const width = (exponentPat.match(/0/g) ?? []).length;
  return `${digits(mantissa, intPat, fracPat, mantissaPat.includes('.'))}E${sign}${String(Math.abs(exponent)).padStart(width, '0')}`;
}

/** The closest fraction n/d with d up to `maxDen` (or exactly `fixedDen`). */
function nearestFraction(x: number, maxDen: number, fixedDen: number | undefined): [number, number] {
  if (fixedDen !== undefined) return [Math.round(x * fixedDen), fixedDen];
  let best: [number, number] = [Math.round(x), 1];
  let bestErr = Math.abs(x - best[0]);
  for (let d = 2; d <= maxDen && bestErr > 1e-12; d++) {
    const n = Math.round(x * d);
    const err = Math.abs(x - n / d);
    if (err < bestErr - 1e-12) {
      best = [n, d];
      bestErr = err;
    }
  }
  return best;
}

const FRACTION = /(?:([#0?,]+)(\s+))?([#0?]+)\/([#0?]+|[1-9]\d*)/;

/** `# ?/?`, `# ??/??`, `?/?`, `# ?/8`: a whole part (when the pattern has one) and a fraction, 0.25 → 1/4. */
function fraction(v: number, m: RegExpExecArray): string {
  const [, intPat, gap = ' ', , denPat = ''] = m;
  const fixedDen = /^\d+$/.test(denPat) ? Number(denPat) : undefined;
  const maxDen = 10 ** denPat.length - 1;
  let whole = intPat === undefined ? 0 : Math.floor(v);
  let [num, den] = nearestFraction(v - whole, maxDen, fixedDen);
  if (intPat !== undefined && num === den) {
    whole += 1;
    num = 0;
  }
  if (intPat === undefined) return `${num}/${den}`;
  if (num === 0) return intPat.includes('0') || whole !== 0 ? String(whole) : '0';
  const wholeText = whole === 0 && !intPat.includes('0') ? '' : `${whole}${gap}`;
  return `${wholeText}${num}/${den}`;
}

function formatSection(value: number, section: string, negativeSign: boolean): string {
  const firstDigit = section.search(/[0#?]/);
  if (firstDigit < 0) return literal(section);
  const frac = FRACTION.exec(section.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length)));
  if (frac) {
    const text = fraction(Math.abs(value), frac);
    const sign = negativeSign && value < 0 && /[1-9]/.test(text) ? '-' : '';
    return `${sign}${literal(section.slice(0, frac.index))}${text}${literal(section.slice(frac.index + frac[0].length))}`;
  }
  const sci = /([0#?.,]+)E([+-][0#?]+)/i.exec(section);
  let lastDigit = -1;
  for (let i = section.length - 1; i >= 0; i--) if (/[0#?,.]/.test(section[i] ?? '')) { lastDigit = i; break; }
  const start = sci ? sci.index : firstDigit;
  const end = sci ? sci.index + sci[0].length : lastDigit + 1;
  const prefix = literal(section.slice(0, start));
  const suffix = literal(section.slice(end));
  const percents = (section.replace(/"[^"]*"/g, '').match(/%/g) ?? []).length;
  let v = Math.abs(value) * 100 ** percents;
  let number: string;
  if (sci) {
    number = scientific(v, sci[1] as string, sci[2] as string);
  } else {
    let body = section.slice(firstDigit, lastDigit + 1);
    // Commas right after the last digit scale by a thousand each: #,##0.0,"K" shows thousands.
    const scale = /,+$/.exec(body)?.[0].length ?? 0;
    body = body.slice(0, body.length - scale);
    v /= 1000 ** scale;
    const [intPat = '', fracPat = ''] = body.split('.');
    number = digits(v, intPat, fracPat, body.includes('.'));
  }
  const sign = negativeSign && value < 0 && /[1-9]/.test(number.replace(/E.*$/, '')) ? '-' : '';
  return `${sign}${prefix}${number}${suffix}`;
}

/** The section (positive;negative;zero;text) a number shows with, and whether it writes its own sign. */
export function sectionFor(value: number, pattern: string): { section: string; ownSign: boolean } {
  const sections = pattern.split(';');
  if (value < 0 && sections.length >= 2) return { section: sections[1] ?? '', ownSign: true };
  if (value === 0 && sections.length >= 3) return { section: sections[2] ?? '', ownSign: true };
  return { section: sections[0] ?? '', ownSign: false };
}

export function formatNumber(value: number, pattern: string): string {
  const { section, ownSign } = sectionFor(value, pattern);
  return formatSection(value, section, !ownSign);
}
