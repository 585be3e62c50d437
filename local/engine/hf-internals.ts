/**
 * The few HyperFormula internals the engine reads, typed structurally in one place: the
 * array (spill) table, the area reserved for the array formula being evaluated, and the
 * size predictor used to name the cell that blocks a spill.
 * Pinned to hyperformula 3.5.0 (package.json pins it exactly); a test fails loudly if they move.
 */
import type { HyperFormula } from 'hyperformula';

export interface HfAddress {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

interface ArrayVertex {
  readonly cellAddress: HfAddress;
  readonly width: number;
  readonly height: number;
  readonly array: { readonly error?: { readonly type?: string } };
  getFormula(service: unknown): unknown;
}

interface Internals {
  arrayMapping: { arrayMapping: Map<string, ArrayVertex> };
  dependencyGraph: { getCell(address: HfAddress): { getFormula?(service: unknown): unknown } | undefined };
  lazilyTransformingAstService: unknown;
}

interface Predictor {
  checkArraySize(ast: unknown, address: HfAddress): { width: number; height: number; isRef: boolean };
}

export interface SpillArea {
  readonly anchor: HfAddress;
  readonly rows: number;
  readonly cols: number;
}

/** Arrays that spilled successfully. */
export function spilledArrays(hf: HyperFormula): SpillArea[] {
  const out: SpillArea[] = [];
  for (const v of (hf as unknown as Internals).arrayMapping.arrayMapping.values()) {
    if (v.array.error === undefined) out.push({ anchor: v.cellAddress, rows: v.height, cols: v.width });
  }
  return out;
}

/** Anchors of arrays that could not spill because cells were in the way. */
export function blockedArrays(hf: HyperFormula): HfAddress[] {
  const out: HfAddress[] = [];
  for (const v of (hf as unknown as Internals).arrayMapping.arrayMapping.values()) {
    if (v.array.error?.type === 'SPILL') out.push(v.cellAddress);
  }
  return out;
}

/** The size an array formula wants, or undefined when it cannot be told. */
export function intendedSize(hf: HyperFormula, predictor: unknown, address: HfAddress): { rows: number; cols: number } | undefined {
  try {
    const internals = hf as unknown as Internals;
    const vertex = internals.dependencyGraph.getCell(address);
    const ast = vertex?.getFormula?.(internals.lazilyTransformingAstService);
    if (ast === undefined || !predictor) return undefined;
    const size = (predictor as Predictor).checkArraySize(ast, address);
    return size.isRef ? undefined : { rows: size.height, cols: size.width };
  } catch {
    return undefined;
  }
}

interface EvaluatedVertex {
  readonly array?: { readonly size?: { readonly width: number; readonly height: number; readonly isRef?: boolean } };
}

/**
 * The area HyperFormula reserved for the array formula being evaluated (the interpreter
 * state's formulaVertex), or undefined for a scalar formula. HyperFormula throws, leaving
 * itself half-updated, when an array result is larger than this area.
 */
export function reservedSize(formulaVertex: unknown): { rows: number; cols: number } | undefined {
  const size = (formulaVertex as EvaluatedVertex | undefined)?.array?.size;
  if (!size || size.isRef || !Number.isFinite(size.width) || !Number.isFinite(size.height)) return undefined;
  return { rows: size.height, cols: size.width };
}
