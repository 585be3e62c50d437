import { describe, expect, it } from 'vitest';
import { instantFromSerial, isoFromDay } from '../../src/core/dates.ts';
import { parseGoalSentence } from '../../src/core/sentence.ts';
import { bindCustomFunctions, ENTRIES } from '../../src/functions/index.ts';
import { FUNCTIONS_HEADER_ROW, GUIDE_ROWS, guideLayout, type LayoutValue } from '../../src/sheet/function-guide-layout.ts';
import { parseFormula } from '../support/literal-formula.ts';

const ZONE = 'Europe/Berlin';
const fns = bindCustomFunctions({ timeZone: () => ZONE });
const toCell = (v: LayoutValue): unknown => (typeof v === 'object' ? new Date(instantFromSerial(v.day, ZONE)) : v);

/** The guide's cells by A1 address, with its range formulas evaluated and spilled like Sheets does. */
function guideGrid() {
  const grid = new Map<string, unknown>();
  const col = (n: number) => String.fromCharCode(64 + n);
  for (const block of guideLayout().blocks) {
    block.values.forEach((row, r) => row.forEach((v, c) => grid.set(`${col(block.column + c)}${block.row + r}`, toCell(v))));
  }
  const lookup = (ref: string): unknown => {
    const [a, b] = ref.split(':');
    const cell = (s: string) => /^([A-Z]+)(\d+)$/.exec(s) as RegExpExecArray;
    if (!b) return grid.get(ref) ?? '';
    const [, c1, r1] = cell(a as string);
    const [, c2, r2] = cell(b);
    const out: unknown[][] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      const line: unknown[] = [];
      for (let c = (c1 as string).charCodeAt(0); c <= (c2 as string).charCodeAt(0); c++) line.push(grid.get(`${String.fromCharCode(c)}${r}`) ?? '');
      out.push(line);
    }
    return out;
  };
  // The examples block's live columns are range calls: spill them down before the rows read them.
  for (const anchor of ['J5', 'K5']) {
    const call = parseFormula(grid.get(anchor) as string, ZONE, lookup);
    const result = fns[call.name]?.(...call.args) as unknown[][];
    result.forEach((row, i) => grid.set(`${anchor[0]}${5 + i}`, row[0]));
  }
  return Object.assign(grid, { lookup });
}

describe('function guide', () => {
  const grid = guideGrid();

  it('has one row per custom function, in registry order', () => {
    expect(GUIDE_ROWS.map((r) => r.fn).sort()).toEqual(ENTRIES.map((e) => e.name).sort());
  });

  it('works live on all four examples in one range call each: progress and status', () => {
    expect([grid.get('J5'), grid.get('J6'), grid.get('J8')]).toEqual([0.4, 0.5, -1]);
    expect(grid.get('J7') as number).toBeCloseTo(0.11135 / 0.102, 9);
    // Retail: p 0.4, E 45/89 = 0.506, r 0.79: At risk. Healthcare: p 0.5, E 90/180 = 0.5,
    // r 1.0: On track. Manufacturing: p 1.09 ≥ 1: Achieved. Software: p −1 as of Jul 1,
    // E 181/364 = 0.497 (Jan 1 → Jul 1 of Jan 1 → Dec 31), r −2.01: Off track.
    expect(['K5', 'K6', 'K7', 'K8'].map((a) => grid.get(a))).toEqual(['At risk', 'On track', 'Achieved', 'Off track']);
  });

  it.each(GUIDE_ROWS.map((r, i) => [r.fn, r, FUNCTIONS_HEADER_ROW + 1 + i] as const))('%s row computes its expected value', (name, row, n) => {
    const formula = grid.get(`F${n}`) as string;
    expect(formula).toBe(row.formula);
    expect(grid.get(`C${n}`)).toBe(`'${row.formula}`);
    const call = parseFormula(formula, ZONE, grid.lookup);
    expect(call.name).toBe(name);
    const raw = fns[name]?.(...call.args);
    const result = Array.isArray(raw) ? raw[0]?.[0] : raw;
    const expected = grid.get(`D${n}`);
    if (typeof expected === 'number') expect(result as number).toBeCloseTo(expected, 9);
    else expect(result).toEqual(expected);
  });
});

describe('function guide: the example sentences give the windows the guide uses', () => {
  const block = guideLayout().blocks.find((b) => b.row === 4 && b.column === 1);
  const [header = [], ...rows] = block?.values ?? [];
  const at = (r: readonly LayoutValue[], name: string): LayoutValue | undefined => r[header.indexOf(name)];
  const dayOf = (v: LayoutValue | undefined): number => (typeof v === 'object' ? v.day : Number.NaN);

  it('has the four examples', () => {
    expect(rows.map((r) => at(r, 'Example'))).toEqual(['Retail: sales revenue', 'Healthcare: average wait (min)', 'Manufacturing: OEE', 'Software: NPS']);
  });

  // Read from the guide's Start (2026-01-01): "in the next quarter" is Q1 2026, the first
  // quarter starting on or after it; "within six months" ends 2026-06-30, the day before
  // 2026-07-01; "in the next year" is 2026; "within the next year" ends 2026-12-31, the day
  // before 2027-01-01. Blank Kind: the kind is read from Baseline and Target. The change
  // turns Baseline into Target: 500,000 × 1.1 = 550,000, 40 × 0.8 = 32, 0.68 × 1.15 = 0.782,
  // 25 × 1.2 = 30.
  it.each(rows.map((r) => [at(r, 'Example'), r] as const))('%s', (_name, r) => {
    const [baseline, target, start, due] = [at(r, 'Baseline'), at(r, 'Target'), dayOf(at(r, 'Start')), dayOf(at(r, 'Due'))];
    const goal = parseGoalSentence(String(at(r, 'Goal')), start);
    expect(goal.kind).toBe((target as number) > (baseline as number) ? 'increase' : 'decrease');
    expect(goal.change?.type).toBe('relative');
    const fraction = goal.change?.type === 'relative' ? goal.change.fraction : Number.NaN;
    // goal-math.md: T = B + |B| × change.
    const [b, t] = [baseline as number, target as number];
    expect(b + Math.abs(b) * fraction).toBeCloseTo(t, 9);
    expect([isoFromDay(goal.start ?? Number.NaN), isoFromDay(goal.due ?? Number.NaN)]).toEqual([isoFromDay(start), isoFromDay(due)]);
  });
});
