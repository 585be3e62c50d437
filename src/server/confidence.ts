/**
 * The goal's Confidence cell follows the confidence of its newest check-in that gave one:
 * the owner's latest judgement, shown beside the computed status and never mixed into it.
 */
import type { LogRow } from '../sheet/kpi-log.ts';
import { newestConfidence } from '../sheet/kpi-log.ts';
import { owns } from '../sheet/table-formulas.ts';
import type { OpenTable } from './open-table.ts';

/**
 * Writes the cell when the newest judgement differs from it; returns the log row it came from.
 * With `blankWhenNone` (a correction or deletion took a confidence away) the cell is cleared
 * when no remaining check-in gives one; otherwise a cell without a logged judgement (typed by
 * hand) stays.
 */
export function showNewestConfidence(t: OpenTable, index: number, rows: readonly LogRow[], blankWhenNone = false): number | undefined {
  // An adopted sheet may have no Confidence column, or one that stays the person's.
  if (!owns(t.geometry, 'confidence')) return undefined;
  const newest = newestConfidence(rows, t.zone);
  if (!newest && !blankWhenNone) return undefined;
  const shown = newest?.confidence ?? '';
  const col = t.column('confidence');
  const cell = t.state.values[index]?.[col - 1] ?? '';
  if (cell !== shown) t.table.sheet.getRange(t.state.table.headerRow + 1 + index, col).setValue(shown);
  return newest?.row;
}
