/**
 * The goal's Confidence cell follows the confidence of its newest check-in that gave one:
 * the owner's latest judgement, shown beside the computed status and never mixed into it.
 */
import type { LogRow } from '../sheet/kpi-log.ts';
import { newestConfidence } from '../sheet/kpi-log.ts';
import { owns } from '../sheet/table-formulas.ts';
import type { OpenTable } from './open-table.ts';

/** Writes the cell when the newest judgement differs from it; returns the log row it came from. */
export function showNewestConfidence(t: OpenTable, index: number, rows: readonly LogRow[]): number | undefined {
  const newest = newestConfidence(rows, t.zone);
  // An adopted sheet may have no Confidence column, or one that stays the person's.
  if (!newest || !owns(t.geometry, 'confidence')) return undefined;
  const col = t.column('confidence');
  if (t.state.values[index]?.[col - 1] !== newest.confidence) t.table.sheet.getRange(t.state.table.headerRow + 1 + index, col).setValue(newest.confidence);
  return newest.row;
}
