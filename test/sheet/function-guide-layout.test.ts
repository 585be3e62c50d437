import { describe, expect, it } from 'vitest';
import { instantFromSerial } from '../../src/core/dates.ts';
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
