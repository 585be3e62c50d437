/**
 * The goal list's filters and grouping, pure so they are tested alone and fast on 1,000
 * goals: one pass to filter, one to group each goal under its parent.
 */
import type { GoalDto } from '../src/contract/dto.ts';

export interface Filters {
  readonly status: string;
  readonly owner: string;
  readonly parent: string;
  readonly search: string;
}

export const NO_FILTERS: Filters = { status: '', owner: '', parent: '', search: '' };

const key = (g: Pick<GoalDto, 'tableId' | 'id'>) => `${g.tableId}\u0000${g.id}`;

function matches(g: GoalDto, f: Filters, words: readonly string[]): boolean {
  if (f.status && g.status !== f.status) return false;
  if (f.owner && g.owner !== f.owner) return false;
  if (f.parent && g.parent !== f.parent && g.id !== f.parent) return false;
  if (words.length === 0) return true;
  const text = `${g.id} ${g.goal} ${g.kpi} ${g.owner}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

export const filterGoals = (goals: readonly GoalDto[], f: Filters): GoalDto[] => {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  return goals.filter((g) => matches(g, f, words));
};

export interface Row {
  readonly goal: GoalDto;
  /** 0 for a goal shown at the top level; 1 under its parent, and so on. */
  readonly depth: number;
}

/**
 * The goals in tree order: each top-level goal (sheet order) followed by its children,
 * at any depth. A child whose parent is filtered out stands at the top level.
 */
export function treeOrder(goals: readonly GoalDto[]): Row[] {
  const shown = new Set(goals.map(key));
  const children = new Map<string, GoalDto[]>();
  const tops: GoalDto[] = [];
  for (const g of goals) {
    const parentKey = key({ tableId: g.tableId, id: g.parent });
    if (g.parent && g.parent !== g.id && shown.has(parentKey)) {
      const list = children.get(parentKey);
      if (list) list.push(g);
      else children.set(parentKey, [g]);
    } else tops.push(g);
  }
  const out: Row[] = [];
  const placed = new Set<string>();
  const visit = (goal: GoalDto, depth: number) => {
    if (placed.has(key(goal))) return;
    placed.add(key(goal));
    out.push({ goal, depth });
    for (const c of children.get(key(goal)) ?? []) visit(c, depth + 1);
  };
  for (const g of tops) visit(g, 0);
  // Goals in a parent cycle (A under B under A) have no top: list them rather than lose them.
  for (const g of goals) visit(g, 0);
  return out;
}

/** The distinct non-blank values of a field, sorted, for a filter's options. */
export const choices = (goals: readonly GoalDto[], field: 'status' | 'owner' | 'parent'): string[] =>
  [...new Set(goals.map((g) => g[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b));
