/**
 * The ids a goal row refers to, checked against the table: a new id must not be taken
 * (matched as the functions match keys: case and spaces aside), and a parent must be a
 * goal of the same table that is not the goal itself or one of its descendants.
 */
import { fail, ok, type Result } from '../core/result.ts';
import { goalKey } from '../sheet/kpi-log.ts';
import { columnLetter } from '../sheet/table-formulas.ts';
import { textOf } from './cells.ts';
import { withParam } from './goal-checks.ts';
import type { OpenTable } from './open-table.ts';

export interface Ids {
  /** The id given, trimmed; undefined when none was. */
  readonly id: string | undefined;
  /** Every goal id in the table, as typed. */
  readonly taken: string[];
}

const idsOf = (t: OpenTable): string[] =>
  t.state.values.slice(0, t.state.goalRows).map((r) => textOf(r[t.column('id') - 1], t.zone).trim());

/** Checks a new goal's id and parent. */
export function checkIds(t: OpenTable, id: string | undefined, parent: string | undefined, prefix = ''): Result<Ids> {
  const taken = idsOf(t);
  const given = id?.trim() ? id.trim() : undefined;
  const used = given === undefined ? -1 : taken.findIndex((x) => goalKey(x) === goalKey(given));
  if (given !== undefined && used >= 0) {
    const cell = `${t.table.sheet.getName()}!${columnLetter(t.column('id'))}${t.state.table.headerRow + 1 + used}`;
    return withParam(fail('duplicate-id', { field: 'id', id: given, first: `in ${cell}` }), `${prefix}id`);
  }
  const p = checkParent(t, taken, given, parent, prefix);
  return p.ok ? ok({ id: given, taken: taken.filter((x) => x !== '') }) : p;
}

/** A parent that is a goal of the table, and not the goal itself or below it (that would be a cycle). */
export function checkParent(t: OpenTable, taken: readonly string[], self: string | undefined, parent: string | undefined, prefix = ''): Result<void> {
  const wanted = goalKey(parent);
  if (wanted === '') return ok(undefined);
  if (!taken.some((x) => goalKey(x) === wanted)) {
    return withParam(fail('unknown-parent', { field: 'parent', id: String(parent).trim() }), `${prefix}parent`);
  }
  if (self === undefined) return ok(undefined);
  const parentCol = t.column('parent');
  const parentOf = new Map(t.state.values.slice(0, t.state.goalRows).map((r, i) => [goalKey(taken[i]), goalKey(textOf(r[parentCol - 1], t.zone))]));
  const path = [String(self).trim()];
  for (let at: string | undefined = wanted; at; at = parentOf.get(at)) {
    path.push(taken.find((x) => goalKey(x) === at) ?? at);
    if (at === goalKey(self)) {
      return withParam(fail('parent-cycle', { field: 'parent', path: path.join(' → ') }), `${prefix}parent`);
    }
    if (path.length > taken.length + 1) break;
  }
  return ok(undefined);
}
