/**
 * What conditional-format rules draw on cells (local only: Apps Script never returns it).
 * Rules apply in their order and the first that applies to a cell gives its whole format,
 * as Sheets shows it: a boolean rule whose condition holds, or a gradient over a number.
 * Text conditions compare case-insensitively with the text the cell shows; custom
 * formulas are relative to the top-left cell of the rule's first range.
 */
import { rectsIntersect, type Rect } from '../a1/a1-notation.ts';
import { offsetFormula } from '../formula/references.ts';
import type { Plain } from '../model/cell.ts';
import { readDisplayValues, readRaw } from '../model/read-cells.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { BooleanFormatSpec, ConditionalRuleSpec, CriterionValue } from '../model/specs.ts';
import { gradientColor } from './gradient.ts';
import type { LocalContext } from './context.ts';

export interface ConditionalStyle {
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strikethrough?: boolean;
  readonly underline?: boolean;
}

type Value = Plain | null;

/** One cell as conditions see it, with the formula evaluator for custom formulas. */
interface Subject {
  readonly value: Value;
  readonly text: string;
  /** Evaluates a formula written for the rule's anchor as if at this cell. */
  evaluate(formula: string): Value;
}

const isNumber = (v: Value): v is number => typeof v === 'number';
const isBlank = (v: Value) => v === null || v === '';

function criterionNumber(c: CriterionValue | undefined, cell: Subject): number | undefined {
  if (typeof c === 'number') return c;
  if (c !== null && typeof c === 'object' && 'date' in c) return c.date;
  if (typeof c !== 'string' || c.trim() === '') return undefined;
  const v = c.startsWith('=') ? cell.evaluate(c) : Number(c);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function criterionText(c: CriterionValue | undefined, cell: Subject): string {
  if (typeof c === 'string' && c.startsWith('=')) return String(cell.evaluate(c) ?? '').toLowerCase();
  return String(c ?? '').toLowerCase();
}

/** Today's serial and the relative-date windows of DATE_*_RELATIVE criteria. */
function relativeDay(name: string, today: number): [number, number] | undefined {
  const windows: Record<string, [number, number]> = {
    TODAY: [today, today], TOMORROW: [today + 1, today + 1], YESTERDAY: [today - 1, today - 1],
    PAST_WEEK: [today - 7, today - 1], PAST_MONTH: [today - 30, today - 1], PAST_YEAR: [today - 365, today - 1],
  };
  return windows[name];
}

type Test = (cell: Subject, values: readonly CriterionValue[], today: number) => boolean;

function compare(test: (n: number, a: number, b: number) => boolean): Test {
  return (cell, values) => {
    if (!isNumber(cell.value)) return false;
    const a = criterionNumber(values[0], cell);
    const b = criterionNumber(values[1], cell);
    return a !== undefined && test(cell.value, a, b ?? a);
  };
}

function text(test: (s: string, t: string) => boolean): Test {
  return (cell, values) => test(cell.text.toLowerCase(), criterionText(values[0], cell));
}

function relative(test: (day: number, from: number, to: number) => boolean): Test {
  return (cell, values, today) => {
    const window = relativeDay(String(values[0] ?? ''), today);
    return isNumber(cell.value) && window !== undefined && test(Math.floor(cell.value), window[0], window[1]);
  };
}

const TESTS: Record<string, Test> = {
  CELL_EMPTY: (cell) => isBlank(cell.value),
  CELL_NOT_EMPTY: (cell) => !isBlank(cell.value),
  NUMBER_GREATER_THAN: compare((n, a) => n > a),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: compare((n, a) => n >= a),
  NUMBER_LESS_THAN: compare((n, a) => n < a),
  NUMBER_LESS_THAN_OR_EQUAL_TO: compare((n, a) => n <= a),
  NUMBER_EQUAL_TO: compare((n, a) => n === a),
  NUMBER_NOT_EQUAL_TO: compare((n, a) => n !== a),
  NUMBER_BETWEEN: compare((n, a, b) => n >= Math.min(a, b) && n <= Math.max(a, b)),
  NUMBER_NOT_BETWEEN: compare((n, a, b) => n < Math.min(a, b) || n > Math.max(a, b)),
  TEXT_CONTAINS: text((s, t) => s.includes(t)),
  TEXT_DOES_NOT_CONTAIN: text((s, t) => !s.includes(t)),
  TEXT_EQUAL_TO: text((s, t) => s === t),
  TEXT_STARTS_WITH: text((s, t) => s.startsWith(t)),
  TEXT_ENDS_WITH: text((s, t) => s.endsWith(t)),
  DATE_BEFORE: compare((n, a) => Math.floor(n) < Math.floor(a)),
  DATE_AFTER: compare((n, a) => Math.floor(n) > Math.floor(a)),
  DATE_EQUAL_TO: compare((n, a) => Math.floor(n) === Math.floor(a)),
  DATE_BEFORE_RELATIVE: relative((day, from) => day < from),
  DATE_AFTER_RELATIVE: relative((day, _from, to) => day > to),
  DATE_EQUAL_TO_RELATIVE: relative((day, from, to) => day >= from && day <= to),
  CUSTOM_FORMULA: (cell, values) => {
    const v = typeof values[0] === 'string' ? cell.evaluate(values[0]) : null;
    return v === true || (typeof v === 'number' && v !== 0);
  },
};

function booleanStyle(b: BooleanFormatSpec): ConditionalStyle {
  const style: { -readonly [K in keyof ConditionalStyle]: ConditionalStyle[K] } = {};
  if (b.background) style.background = b.background;
  if (b.fontColor) style.fontColor = b.fontColor;
  if (b.bold !== null) style.bold = b.bold;
  if (b.italic !== null) style.italic = b.italic;
  if (b.strikethrough !== null) style.strikethrough = b.strikethrough;
  if (b.underline !== null) style.underline = b.underline;
  return style;
}

// --- the rules over a rectangle -------------------------------------------------------

/**
 * The conditional style of each cell of a 1-based rectangle (undefined where no rule
 * applies), or undefined when no rule reaches the rectangle at all.
 */
export function conditionalStyles(ctx: LocalContext, sheet: SheetStore, rect: Rect): Array<Array<ConditionalStyle | undefined>> | undefined {
  const rules = sheet.conditionalRules.filter((rule) => rule.ranges.some((r) => rectsIntersect(r, rect)));
  if (rules.length === 0) return undefined;
  const raw = readRaw(ctx.engine, sheet, rect);
  const shown = readDisplayValues(ctx.book, ctx.engine, sheet, rect);
  const today = Math.floor(ctx.book.clock.serialFromDate(ctx.book.today()));
  const out: Array<Array<ConditionalStyle | undefined>> = raw.map((row) => new Array<ConditionalStyle | undefined>(row.length).fill(undefined));
  for (const rule of rules) applyRule(ctx, sheet, rule, rect, { raw, shown, today, out });
  return out;
}

interface Pass {
  readonly raw: ReadonlyArray<ReadonlyArray<Value>>;
  readonly shown: ReadonlyArray<ReadonlyArray<string>>;
  readonly today: number;
  readonly out: Array<Array<ConditionalStyle | undefined>>;
}

function applyRule(ctx: LocalContext, sheet: SheetStore, rule: ConditionalRuleSpec, rect: Rect, pass: Pass): void {
  const anchor = rule.ranges[0];
  if (!anchor) return;
  const style = rule.boolean ? booleanStyle(rule.boolean) : undefined;
  const test = rule.boolean ? TESTS[rule.boolean.criteria] : undefined;
  let sorted: number[] | undefined;
  for (const range of rule.ranges) {
    const top = Math.max(range.row, rect.row);
    const left = Math.max(range.col, rect.col);
    const bottom = Math.min(range.row + range.numRows, rect.row + rect.numRows);
    const right = Math.min(range.col + range.numCols, rect.col + rect.numCols);
    for (let row = top; row < bottom; row++) {
      for (let col = left; col < right; col++) {
        const [i, j] = [row - rect.row, col - rect.col];
        const outRow = pass.out[i] as Array<ConditionalStyle | undefined>;
        if (outRow[j] !== undefined) continue;
        const value = pass.raw[i]?.[j] ?? null;
        if (rule.gradient) {
          if (!isNumber(value)) continue;
          sorted ??= ruleNumbers(ctx, sheet, rule);
          const background = gradientColor(rule.gradient, sorted, value);
          if (background) outRow[j] = { background };
          continue;
        }
        const cell: Subject = {
          value,
          text: pass.shown[i]?.[j] ?? '',
          evaluate: (formula) => {
            const v = ctx.engine.evaluate(sheet, offsetFormula(formula, row - anchor.row, col - anchor.col));
            return v !== null && typeof v === 'object' ? null : v;
          },
        };
        if (test && rule.boolean && style && test(cell, rule.boolean.values, pass.today)) outRow[j] = style;
      }
    }
  }
}

/** The numbers in a gradient rule's ranges, sorted: its min, max and percentiles. */
function ruleNumbers(ctx: LocalContext, sheet: SheetStore, rule: ConditionalRuleSpec): number[] {
  const numbers: number[] = [];
  for (const r of rule.ranges) {
    const rows = Math.max(0, Math.min(r.numRows, sheet.maxRows - r.row + 1));
    const cols = Math.max(0, Math.min(r.numCols, sheet.maxColumns - r.col + 1));
    if (rows === 0 || cols === 0) continue;
    for (const row of readRaw(ctx.engine, sheet, { ...r, numRows: rows, numCols: cols })) for (const v of row) if (isNumber(v)) numbers.push(v);
  }
  return numbers.sort((a, b) => a - b);
}
