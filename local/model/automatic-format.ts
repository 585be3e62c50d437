/**
 * Sheets' automatic format for a formula result shown without a format of its own.
 *
 * Dates: whether a number result shows as a date is read from the formula itself, as Sheets
 * does, on top of HyperFormula's value type (which knows DATE and date arithmetic but not
 * that MAX of two dates is a date):
 * - functions that return a date (DATE, WORKDAY, EDATE, EOMONTH, TODAY, ...) give a date;
 *   functions that return a plain number (DATEVALUE, DAYS, YEAR, NETWORKDAYS, ...) do not;
 * - functions that pass an argument's value through (MAX, MIN, MEDIAN, LARGE, SMALL, INDEX,
 *   IF, CHOOSE, IFERROR, ...) give that argument's format, so MAX of date cells is a date;
 * - date ± number is a date, date − date a number; a reference is as its first cell shows
 *   (a formula cell with the automatic format is read the same way, a few levels deep).
 * A date result shows with the date pattern it came from (`=MAX(A1:A2)` under yyyy-mm-dd
 * shows 2026-04-15), else the first date cell the formula refers to, else M/d/yyyy.
 *
 * Numbers: a numeric result takes the percent or currency pattern of the first percent or
 * currency cell it refers to (`=B2*2` with B2 at 50% shows 100%, `=E1*3` with E1 at $5
 * shows $15.00). Spilled cells take their anchor formula's choice. Display only:
 * getNumberFormat() still reports the automatic format; getValues() gives a Date where the
 * cell shows a date, as Apps Script does.
 */
import { tokenize, type RefToken, type Token } from '../formula/tokens.ts';
import { Formula } from './cell.ts';
import { AUTOMATIC_FORMAT, isDateFormat, plainPattern } from './number-format.ts';
import type { SheetStore } from './sheet-store.ts';
import type { WorkbookStore } from './workbook-store.ts';

export interface InheritedFormats {
  /** The date pattern a date result shows with, when a referenced cell has one. */
  readonly date?: string;
  /** The percent or currency pattern a numeric result shows with, when a referenced cell has one. */
  readonly percent?: string;
}

/** A percent pattern: a `%` outside quoted text, and not a date pattern. */
export function isPercentFormat(pattern: string): boolean {
  return pattern.replace(/"[^"]*"|\\./g, '').includes('%') && !isDateFormat(pattern);
}

/** A currency pattern: a currency sign, quoted or as a [$€] code, and not a date pattern. */
export function isCurrencyFormat(pattern: string): boolean {
  return /[$€£¥₹]/.test(plainPattern(pattern).split(';')[0] ?? '') && !isDateFormat(pattern);
}

/**
 * Functions whose number result is a date, with the pattern Sheets gives it when no date
 * argument lends one (undefined: M/d/yyyy, or M/d/yyyy H:mm:ss with a time of day).
 */
const DATE_FUNCTIONS: ReadonlyMap<string, string | undefined> = new Map([
  ['DATE', undefined], ['EDATE', undefined], ['EOMONTH', undefined], ['WORKDAY', undefined], ['WORKDAY.INTL', undefined],
  ['TODAY', undefined], ['NOW', undefined], ['EPOCHTODATE', undefined], ['TIME', 'h:mm:ss am/pm'],
]);

/** Functions whose number result is a plain number even when they read dates. */
const NUMBER_FUNCTIONS = new Set([
  'DATEVALUE', 'TIMEVALUE', 'DAYS', 'DAYS360', 'DATEDIF', 'YEAR', 'MONTH', 'DAY', 'WEEKDAY', 'WEEKNUM',
  'ISOWEEKNUM', 'HOUR', 'MINUTE', 'SECOND', 'NETWORKDAYS', 'NETWORKDAYS.INTL', 'YEARFRAC', 'COUNT',
  'COUNTA', 'COUNTIF', 'COUNTIFS', 'COUNTBLANK', 'ROWS', 'COLUMNS', 'ROW', 'COLUMN', 'MATCH', 'LEN',
  'N', 'VALUE', 'RANK', 'PERCENTRANK', 'STDEV', 'VAR',
]);

/** Which arguments (0-based) a function passes through: all, from an index on, or some. */
type Passes = 'all' | { readonly from: number; readonly step?: number } | readonly number[];

/** Functions whose result is one of their arguments' values (or made of them) and takes its format. */
const PASS_THROUGH: ReadonlyMap<string, Passes> = new Map<string, Passes>([
  ['MAX', 'all'], ['MIN', 'all'], ['MAXA', 'all'], ['MINA', 'all'], ['MEDIAN', 'all'], ['AVERAGE', 'all'],
  ['MODE', 'all'], ['MODE.SNGL', 'all'], ['LARGE', [0]], ['SMALL', [0]], ['PERCENTILE', [0]], ['QUARTILE', [0]],
  ['MAXIFS', [0]], ['MINIFS', [0]], ['AVERAGEIF', [2, 0]], ['AVERAGEIFS', [0]], ['INDEX', [0]], ['OFFSET', [0]],
  ['IF', [1, 2]], ['IFERROR', [0, 1]], ['IFNA', [0, 1]], ['IFS', { from: 1, step: 2 }], ['CHOOSE', { from: 1 }],
  ['SWITCH', { from: 2, step: 2 }], ['ROUND', [0]], ['ROUNDDOWN', [0]], ['ROUNDUP', [0]], ['FLOOR', [0]],
  ['CEILING', [0]], ['MROUND', [0]], ['TRUNC', [0]], ['INT', [0]], ['ABS', [0]],
  ['FILTER', [0]], ['SORT', [0]], ['UNIQUE', [0]], ['TRANSPOSE', [0]], ['ARRAY_CONSTRAINT', [0]], ['ARRAYFORMULA', [0]],
]);

function passes(p: Passes, index: number): boolean {
  if (p === 'all') return true;
  if (Array.isArray(p)) return (p as readonly number[]).includes(index);
  const { from, step = 1 } = p as { from: number; step?: number };
  return index >= from && (index - from) % step === 0;
}

/** A formula as a small tree: what its result's format depends on. */
type Node =
  | { readonly kind: 'ref'; readonly ref: RefToken }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: 'plain' }
  | { readonly kind: 'other' };

type Lexeme = Token | { readonly kind: 'punct'; readonly text: string } | { readonly kind: 'number' };

/** Splits the tokenizer's text runs into punctuation, operators and number literals. */
function lex(formula: string): Lexeme[] {
  const out: Lexeme[] = [];
  for (const token of tokenize(formula.replace(/^=/, ''))) {
    if (token.kind !== 'text') {
      out.push(token);
      continue;
    }
    const re = /\s+|<=|>=|<>|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/^&=<>%(),;{}:]|./gy;
    for (const m of token.text.matchAll(re)) {
      const t = m[0];
      if (/^\s+$/.test(t)) continue;
      out.push(/^[\d.]/.test(t) ? { kind: 'number' } : { kind: 'punct', text: t });
    }
  }
  return out;
}

const PRECEDENCE: Readonly<Record<string, number>> = { '=': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '<>': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };
const OTHER: Node = { kind: 'other' };
const PLAIN: Node = { kind: 'plain' };

/** A precedence-climbing parser over the lexemes; anything it does not follow is 'other'. */
function parse(formula: string): Node {
  const lexemes = lex(formula);
  let pos = 0;
  const peek = (): Lexeme | undefined => lexemes[pos];
  const isPunct = (l: Lexeme | undefined, text: string) => l?.kind === 'punct' && l.text === text;

  function primary(): Node {
    const l = lexemes[pos++];
    if (!l) return OTHER;
    if (l.kind === 'punct' && (l.text === '-' || l.text === '+')) return primary();
    if (l.kind === 'punct' && l.text === '(') {
      const inner = expression(0);
      if (isPunct(peek(), ')')) pos++;
      return inner;
    }
    if (l.kind === 'punct' && l.text === '{') {
      let depth = 1;
      while (pos < lexemes.length && depth > 0) {
        const t = lexemes[pos++];
        if (isPunct(t, '{')) depth++;
        if (isPunct(t, '}')) depth--;
      }
      return OTHER;
    }
    if (l.kind === 'ref') return { kind: 'ref', ref: l };
    if (l.kind === 'number' || l.kind === 'string') return PLAIN;
    if (l.kind === 'func') {
      const args: Node[] = [];
      if (isPunct(peek(), '(')) {
        pos++;
        while (pos < lexemes.length && !isPunct(peek(), ')')) {
          if (isPunct(peek(), ',') || isPunct(peek(), ';')) {
            args.push(OTHER);
            pos++;
            continue;
          }
          args.push(expression(0));
          if (isPunct(peek(), ',') || isPunct(peek(), ';')) pos++;
          else if (!isPunct(peek(), ')')) break;
        }
        if (isPunct(peek(), ')')) pos++;
      }
      return { kind: 'call', name: l.text.toUpperCase(), args };
    }
    return OTHER;
  }

  function expression(minPrec: number): Node {
    let left = primary();
    while (isPunct(peek(), '%')) {
      pos++;
      left = PLAIN;
    }
    for (;;) {
      const l = peek();
      const prec = l?.kind === 'punct' ? PRECEDENCE[l.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      pos++;
      const right = expression(prec + (l?.kind === 'punct' && l.text === '^' ? 0 : 1));
      left = { kind: 'binary', op: (l as { text: string }).text, left, right };
    }
  }

  return expression(0);
}

const parsed = new Map<string, Node>();
function parseCached(text: string): Node {
  let node = parsed.get(text);
  if (node === undefined) {
    if (parsed.size > 50_000) parsed.clear();
    node = parse(text);
    parsed.set(text, node);
  }
  return node;
}

/** What a formula's result shows as: a date (with the pattern it came from, if any), a plain number, or no opinion. */
export type DateVerdict = { readonly date: true; readonly pattern?: string } | { readonly date: false } | undefined;

const NOT_DATE: DateVerdict = { date: false };
const MAX_DEPTH = 4;

function firstCell(book: WorkbookStore, own: SheetStore, ref: RefToken): { sheet: SheetStore; row: number; col: number } | undefined {
  const sheet = ref.sheet === undefined ? own : book.sheetByName(ref.sheet);
  if (!sheet) return undefined;
  return { sheet, row: (ref.start.row ?? ref.end?.row ?? 1) - 1, col: (ref.start.col ?? ref.end?.col ?? 1) - 1 };
}

function firstCellFormat(book: WorkbookStore, own: SheetStore, ref: RefToken): string | undefined {
  const cell = firstCell(book, own, ref);
  const format = cell?.sheet.layers.numberFormat.get(cell.row, cell.col);
  return format === AUTOMATIC_FORMAT ? undefined : format;
}

function verdict(book: WorkbookStore, sheet: SheetStore, node: Node, depth: number): DateVerdict {
  switch (node.kind) {
    case 'plain':
      return NOT_DATE;
    case 'other':
      return undefined;
    case 'ref': {
      const cell = firstCell(book, sheet, node.ref);
      if (!cell) return undefined;
      const format = cell.sheet.layers.numberFormat.get(cell.row, cell.col);
      if (format !== undefined && format !== AUTOMATIC_FORMAT) return isDateFormat(format) ? { date: true, pattern: format } : NOT_DATE;
      const content = cell.sheet.content.get(cell.row, cell.col);
      if (content instanceof Formula && depth < MAX_DEPTH) return formulaVerdict(book, cell.sheet, content.text, depth + 1);
      return content === undefined ? undefined : NOT_DATE;
    }
    case 'call': {
      if (DATE_FUNCTIONS.has(node.name)) {
        for (const arg of node.args) {
          const v = verdict(book, sheet, arg, depth);
          if (v?.date && v.pattern !== undefined) return v;
        }
        const pattern = DATE_FUNCTIONS.get(node.name);
        return pattern === undefined ? { date: true } : { date: true, pattern };
      }
      if (NUMBER_FUNCTIONS.has(node.name)) return NOT_DATE;
      const p = PASS_THROUGH.get(node.name);
      if (p === undefined) return undefined;
      let all: DateVerdict = NOT_DATE;
      for (let i = 0; i < node.args.length; i++) {
        if (!passes(p, i)) continue;
        const v = verdict(book, sheet, node.args[i] as Node, depth);
        if (v?.date) return v;
        if (v === undefined) all = undefined;
      }
      return all;
    }
    case 'binary': {
      if (node.op !== '+' && node.op !== '-') return undefined;
      const l = verdict(book, sheet, node.left, depth);
      const r = verdict(book, sheet, node.right, depth);
      // date ± number is a date; number + date too; date − date and number − date are numbers.
      if (l?.date && r?.date === false) return l;
      if (r?.date) return node.op === '+' ? (l?.date === false ? r : undefined) : NOT_DATE;
      return l?.date === false && r?.date === false ? NOT_DATE : undefined;
    }
  }
}

function formulaVerdict(book: WorkbookStore, sheet: SheetStore, text: string, depth: number): DateVerdict {
  return verdict(book, sheet, parseCached(text), depth);
}

/**
 * Whether a formula's number result shows as a date, read from the formula: a date
 * function, a pass-through of a date argument, date arithmetic. undefined: the formula
 * does not say (the engine's value type decides).
 */
export function dateVerdict(book: WorkbookStore, sheet: SheetStore, formula: Formula): DateVerdict {
  return formulaVerdict(book, sheet, formula.text, 0);
}

export function inheritedFormats(book: WorkbookStore, sheet: SheetStore, formula: Formula): InheritedFormats {
  let date: string | undefined;
  let percent: string | undefined;
  for (const token of tokenize(formula.text)) {
    if (token.kind !== 'ref') continue;
    const format = firstCellFormat(book, sheet, token);
    if (format === undefined) continue;
    if (date === undefined && isDateFormat(format)) date = format;
    else if (percent === undefined && (isPercentFormat(format) || isCurrencyFormat(format))) percent = format;
    if (date !== undefined && percent !== undefined) break;
  }
  return { ...(date === undefined ? {} : { date }), ...(percent === undefined ? {} : { percent }) };
}

/** Reads each formula's references once per read, however many cells it spills over. */
export class InheritedFormatCache {
  private readonly inherited = new Map<Formula, InheritedFormats>();
  private readonly verdicts = new Map<Formula, DateVerdict>();
  constructor(private readonly book: WorkbookStore, private readonly sheet: SheetStore) {}

  private verdictOf(formula: Formula): DateVerdict {
    if (this.verdicts.has(formula)) return this.verdicts.get(formula);
    const v = dateVerdict(this.book, this.sheet, formula);
    this.verdicts.set(formula, v);
    return v;
  }

  private inheritedOf(formula: Formula): InheritedFormats {
    let found = this.inherited.get(formula);
    if (!found) {
      found = inheritedFormats(this.book, this.sheet, formula);
      this.inherited.set(formula, found);
    }
    return found;
  }

  /** Whether a number result of the formula shows as a date, given the engine's own verdict. */
  isDate(formula: Formula, engineIsDate: boolean): boolean {
    const v = this.verdictOf(formula);
    return v === undefined ? engineIsDate : v.date;
  }

  /**
   * The pattern a number result shows with under the automatic format: a date pattern for
   * a date, else a percent or currency one; undefined for General or the default date.
   */
  patternFor(formula: Formula, engineIsDate: boolean): string | undefined {
    const v = this.verdictOf(formula);
    if (v === undefined ? engineIsDate : v.date) return (v?.date ? v.pattern : undefined) ?? this.inheritedOf(formula).date;
    return this.inheritedOf(formula).percent;
  }
}
