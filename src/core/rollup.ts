import { clamp01 } from './progress.ts';
import { fail, ok, type Result } from './result.ts';

export interface Child {
  readonly progress: number;
  readonly weight: number;
}

export interface Rollup {
  readonly progress: number;
  /** Each child's share of the parent's progress, in input order: wᵢ·clamp(pᵢ) / Σw. */
  readonly contributions: readonly number[];
}

/**
 * Σ wᵢ·clamp(pᵢ, 0, 1) / Σ wᵢ. Children arrive as progress already, which is what lets
 * increase and decrease goals mix. Undefined when no child has data.
 */
export function rollup(children: readonly Child[]): Result<Rollup | undefined> {
  if (children.length === 0) return ok(undefined);
  let total = 0;
  for (const [i, c] of children.entries()) {
    if (!(c.weight >= 0)) return fail('negative-weight', { position: i + 1, weight: c.weight });
    total += c.weight;
  }
  if (total === 0) return fail('zero-weights');
  const contributions = children.map((c) => (c.weight * clamp01(c.progress)) / total);
  return ok({ progress: contributions.reduce((a, b) => a + b, 0), contributions });
}
