/**
 * A number typed into a text field, read without Number()'s traps: Number('') is 0, so a
 * cleared field would send 0, and Number('abc') is NaN, which reaches the server as null.
 * A blank or a non-number is a message naming the field and the fix instead.
 */
export type ReadNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

export function readNumber(label: string, text: string, example = '12.5'): ReadNumber {
  const t = text.trim();
  if (t === '') return { ok: false, message: `${label} is blank: give a number` };
  const n = Number(t);
  // Number() also reads "0x1f" and "1_0" style inputs oddly: only plain decimal notation counts.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) || !Number.isFinite(n)) {
    return { ok: false, message: `${label} "${t.length > 20 ? `${t.slice(0, 19)}…` : t}" is not a number: give a number such as ${example}` };
  }
  return { ok: true, value: n };
}

/** The number, or null for a blank or a non-number (for live previews, which say nothing). */
export const numberOrNull = (text: string): number | null => {
  const r = readNumber('', text);
  return r.ok ? r.value : null;
};
