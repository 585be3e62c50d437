/**
 * The goal list's filters and grouping, pure so they are tested alone and fast on 1,000
 * goals: one pass to filter, one to group each goal under its parent. Each goal's search
 * text is lower-cased once (per goal object), not on every keystroke.
 */
import type { GoalDto } from '../src/contract/dto.ts';
import { statusOf } from './format.ts';

export interface Filters {
  readonly status: string;
  readonly owner: string;
  readonly parent: string;
  readonly search: string;
}

export const NO_FILTERS: Filters = { status: '', owner: '', parent: '', search: '' };

/** The lower-cased text a search looks in, made once per goal object (a reload brings new objects). */
const searchTexts = new WeakMap<GoalDto, string>();
function searchText(g: GoalDto): string {
  let text = searchTexts.get(g);
  if (text === undefined) {
    text = `${g.id} ${g.goal} ${g.kpi} ${g.owner}`.toLowerCase();
    searchTexts.set(g, text);
  }
  return text;
}

/**
 * The goal `id` and all its descendants, at any depth, in each table (a child belongs to a
 * parent of its own table only): per table, the ids of the family. A goal whose parent is
 * `id` counts even where no goal `id` exists in its table.
 */
export function family(goals: readonly GoalDto[], id: string): Map<string, Set<string>> {
  const children = new Map<string, Map<string, string[]>>();
  for (const g of goals) {
    if (!g.parent || g.parent === g.id) continue;
    let table = children.get(g.tableId);
    if (!table) children.set(g.tableId, (table = new Map()));
    const list = table.get(g.parent);
    if (list) list.push(g.id);
    else table.set(g.parent, [g.id]);
  }
  const out = new Map<string, Set<string>>();
  for (const g of goals) {
    if (out.has(g.tableId)) continue;
    const members = new Set([id]);
    const kids = children.get(g.tableId);
    // Breadth first; the set stops a parent cycle from going round.
    for (const queue = [id]; queue.length > 0; ) {
      for (const c of kids?.get(queue.pop() as string) ?? []) {
        if (members.has(c)) continue;
        members.add(c);
        queue.push(c);
      }
    }
    out.set(g.tableId, members);
  }
  return out;
}

function matches(g: GoalDto, f: Filters, words: readonly string[], within: Map<string, Set<string>> | null): boolean {
  if (f.status && statusOf(g.status) !== f.status) return false;
  if (f.owner && g.owner !== f.owner) return false;
  if (within && !within.get(g.tableId)?.has(g.id)) return false;
  if (words.length === 0) return true;
  const text = searchText(g);
  return words.every((w) => text.includes(w));
}

/** The goals every filter keeps; the parent filter keeps the parent and all its descendants. */
export const filterGoals = (goals: readonly GoalDto[], f: Filters): readonly GoalDto[] => {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  if (!f.status && !f.owner && !f.parent && words.length === 0) return goals;
  const within = f.parent ? family(goals, f.parent) : null;
  return goals.filter((g) => matches(g, f, words, within));
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
  // Keyed by table, then id: the goals' own strings, no key built per goal and lookup.
  const ids = new Map<string, Set<string>>();
  for (const g of goals) {
    const set = ids.get(g.tableId);
    if (set) set.add(g.id);
    else ids.set(g.tableId, new Set([g.id]));
  }
  const children = new Map<string, Map<string, GoalDto[]>>();
  const tops: GoalDto[] = [];
  for (const g of goals) {
    if (g.parent && g.parent !== g.id && ids.get(g.tableId)?.has(g.parent)) {
      let table = children.get(g.tableId);
      if (!table) children.set(g.tableId, (table = new Map()));
      const list = table.get(g.parent);
      if (list) list.push(g);
      else table.set(g.parent, [g]);
    } else tops.push(g);
  }
  const out: Row[] = [];
  const placed = new Map<string, Set<string>>();
  const visit = (goal: GoalDto, depth: number) => {
    let done = placed.get(goal.tableId);
    if (!done) placed.set(goal.tableId, (done = new Set()));
    if (done.has(goal.id)) return;
    done.add(goal.id);
    out.push({ goal, depth });
    for (const c of children.get(goal.tableId)?.get(goal.id) ?? []) visit(c, depth + 1);
  };
  for (const g of tops) visit(g, 0);
  // Goals in a parent cycle (A under B under A) have no top: list them rather than lose them.
  for (const g of goals) visit(g, 0);
  return out;
}

/** Plain text: letters, digits, spaces and common punctuation in ASCII. */
const PLAIN = /^[\x20-\x7e]*$/;
const CHUNKS = /\d+|\D+/g;

/**
 * Plain values in natural order: case-insensitive, runs of digits by their number (G2
 * before G10), lower case before upper as a tie-break. Worked out without ICU: a fresh
 * sidebar's first Intl.Collator (or String.prototype.localeCompare) loads the collation
 * data, about 20 ms on a slow machine, before the list can paint.
 */
function natural(a: string, b: string): number {
  const x = a.toLowerCase().match(CHUNKS) ?? [];
  const y = b.toLowerCase().match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const digits = p.charCodeAt(0) <= 57 && p.charCodeAt(0) >= 48 && q.charCodeAt(0) <= 57 && q.charCodeAt(0) >= 48;
    if (digits && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  // The same but for case: lower case first, as the locale's collation has it.
  return a < b ? 1 : a > b ? -1 : 0;
}

let collator: Intl.Collator | undefined;

/**
 * The distinct non-blank values of a field (statuses as statusOf names them: one "Error"), sorted, for a filter's options: in natural
 * order when all are plain ASCII, else by the user's locale (Intl.Collator, numeric).
 */
export function choices(goals: readonly GoalDto[], field: 'status' | 'owner' | 'parent'): string[] {
  const values = new Set<string>();
  for (const g of goals) if (g[field]) values.add(field === 'status' ? statusOf(g.status) : g[field]);
  const list = [...values];
  if (list.every((v) => PLAIN.test(v))) return list.sort(natural);
  collator ??= new Intl.Collator(undefined, { numeric: true });
  return list.sort(collator.compare);
}
