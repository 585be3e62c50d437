/**
 * A goal's typed fields as a request gives them, turned into the cells a row holds: text
 * from people as literal text (=, +, - and @ at the start stay text), numbers as numbers,
 * days as Dates in the spreadsheet's zone, null or "" as a blank cell. And back: the
 * goal's shape (kind, numbers, window) from a row's cells, for the rules it must keep.
 */
import { instantFromSerial, parseIsoDay, type Day } from '../core/dates.ts';
import { parseKind } from '../core/kinds.ts';
import type { ColumnRole } from '../sheet/goal-columns.ts';
import type { RoleCells } from '../sheet/goal-row.ts';
import { dayOf, numberOf } from '../sheet/kpi-log.ts';
import { literal } from '../sheet/literal.ts';
import { textOf } from './cells.ts';
import type { GoalShape } from './goal-checks.ts';

const DAY_ROLES: ReadonlySet<string> = new Set<ColumnRole>(['start', 'due']);

/** The cells of the fields given (absent ones are left out: they stay as they are). */
export function cellsOf(fields: Readonly<Record<string, string | number | boolean | null | undefined>>, zone: string): RoleCells {
  const cells: RoleCells = {};
  for (const [role, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    let cell: unknown = v;
    if (v === null || v === '') cell = '';
    else if (DAY_ROLES.has(role)) cell = new Date(instantFromSerial(parseIsoDay(String(v)) as Day, zone));
    else if (typeof v === 'string') cell = literal(v);
    cells[role as ColumnRole] = cell;
  }
  return cells;
}

/** The goal a row's cells describe; a kind that is not one reads as blank (the table reports it). */
export function shapeOf(cells: RoleCells, zone: string): GoalShape {
  const kind = parseKind(textOf(cells.kind, zone).replace(/^'/, ''));
  return {
    kind: kind.ok ? kind.value : undefined,
    baseline: numberOf(cells.baseline),
    target: numberOf(cells.target),
    upper: numberOf(cells.upper),
    start: dayOf(cells.start, zone),
    due: dayOf(cells.due, zone),
    weight: numberOf(cells.weight),
  };
}
