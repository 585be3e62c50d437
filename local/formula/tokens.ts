/**
 * A formula tokenizer that knows just enough of Sheets' grammar to find references: string
 * literals, quoted sheet names, cell and range references (including open B2:B, whole
 * columns and rows), function names, other names (named ranges, TRUE/FALSE) and error
 * literals. Everything else passes through untouched, so rendering the tokens back gives
 * the original text.
 */
import { columnIndex } from '../a1/columns.ts';

export interface RefPart {
  readonly row?: number;
  readonly col?: number;
  readonly rowAbs: boolean;
  readonly colAbs: boolean;
}

export interface RefToken {
  readonly kind: 'ref';
  readonly sheet?: string;
  readonly start: RefPart;
  readonly end?: RefPart;
}

export type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'func'; readonly text: string }
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string }
  | RefToken;

const PART = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;
const REF_AT = /(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+))?/y;
const IDENT_AT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER_AT = /\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/y;
const ERROR_AT = /#(?:REF!|N\/A|NAME\?|DIV\/0!|VALUE!|NUM!|NULL!|ERROR!|SPILL!)/iy;

function parsePart(text: string): RefPart | undefined {
  const m = PART.exec(text);
  if (!m) return undefined;
  const col = m[2] === undefined ? undefined : columnIndex(m[2]);
  if (m[2] !== undefined && col === undefined) return undefined;
  const row = m[4] === undefined ? undefined : Number(m[4]);
  if (row === 0) return undefined;
  // A lone "$" with no row (e.g. "$A") belongs to the column.
  return { col, row, colAbs: m[1] === '$' && col !== undefined, rowAbs: m[3] === '$' || (m[1] === '$' && col === undefined) };
}

function validPair(start: RefPart, end?: RefPart): boolean {
  const full = (p: RefPart) => p.row !== undefined && p.col !== undefined;
  if (!end) return full(start);
  if (start.row === undefined && end.row === undefined) return start.col !== undefined && end.col !== undefined;
  if (start.col === undefined && end.col === undefined) return start.row !== undefined && end.row !== undefined;
  return full(start) || full(end);
}

const IDENT_CHAR = /[A-Za-z0-9_.$]/;

/** Tries to read a reference at `pos`; returns it with its end offset. */
function refAt(text: string, pos: number, sheet?: string): { token: RefToken; end: number } | undefined {
  REF_AT.lastIndex = pos;
  const m = REF_AT.exec(text);
  if (!m) return undefined;
  const after = text[pos + m[0].length] ?? '';
  if (IDENT_CHAR.test(after) || after === '(' || after === '!') return undefined;
  const start = parsePart(m[1] ?? '');
  const end = m[2] === undefined ? undefined : parsePart(m[2]);
  if (!start || (m[2] !== undefined && !end) || !validPair(start, end)) return undefined;
  const token: RefToken = sheet === undefined ? { kind: 'ref', start, end } : { kind: 'ref', sheet, start, end };
  return { token, end: pos + m[0].length };
}

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    const prev = formula[i - 1] ?? '';
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      flush();
      out.push({ kind: 'string', text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] === '!') {
        const ref = refAt(formula, j + 2, formula.slice(i + 1, j).replace(/''/g, "'"));
        if (ref) {
          flush();
          out.push(ref.token);
          i = ref.end;
          continue;
        }
      }
    }
    if (ch === '#') {
      ERROR_AT.lastIndex = i;
      const m = ERROR_AT.exec(formula);
      if (m) {
        flush();
        out.push({ kind: 'error', text: m[0] });
        i += m[0].length;
        continue;
      }
    }
    if (/[A-Za-z_$\d]/.test(ch) && !IDENT_CHAR.test(prev)) {
      IDENT_AT.lastIndex = i;
      const ident = IDENT_AT.exec(formula);
      if (ident && formula[i + ident[0].length] === '!') {
        const ref = refAt(formula, i + ident[0].length + 1, ident[0]);
        if (ref) {
          flush();
          out.push(ref.token);
          i = ref.end;
          continue;
        }
      }
      const ref = refAt(formula, i);
      if (ref) {
        flush();
        out.push(ref.token);
        i = ref.end;
        continue;
      }
      if (ident) {
        const rest = formula.slice(i + ident[0].length);
        flush();
        out.push({ kind: /^\s*\(/.test(rest) ? 'func' : 'name', text: ident[0] });
        i += ident[0].length;
        continue;
      }
      NUMBER_AT.lastIndex = i;
      const num = NUMBER_AT.exec(formula);
      if (num) {
        text += num[0];
        i += num[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}
