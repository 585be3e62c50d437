/** What every view shares: where the user is, the goal list and the settings. */
import { computed, signal } from '@preact/signals';
import type { GoalDto } from '../src/contract/dto.ts';
import { loader } from './remote.ts';

export type View =
  | { readonly name: 'goals' }
  | { readonly name: 'goal'; readonly tableId: string; readonly goalId: string; readonly focus?: 'checkin' }
  | { readonly name: 'add' }
  | { readonly name: 'adopt' }
  | { readonly name: 'settings' };

export const view = signal<View>({ name: 'goals' });

/** What the last action did, read out by the live region at the top. */
export const announcement = signal('');

export const goals = loader('listGoals', () => ({}));
export const settings = loader('getSettings', () => ({}));

/** The as-of date every status is judged on. */
export const asOf = computed(() => (settings.data.value.state === 'ready' ? settings.data.value.value.asOf : null));

/** The document's status colours, by status label ({} until the settings arrive). */
export const statusColours = computed((): Readonly<Record<string, string>> => {
  const s = settings.data.value;
  return s.state === 'ready' ? (s.value.statusColours as Record<string, string>) : {};
});

export const colourOf = (status: string): string | undefined => statusColours.value[status];

export function findGoal(tableId: string, goalId: string): GoalDto | undefined {
  const list = goals.data.value;
  return list.state === 'ready' ? list.value.goals.find((g) => g.tableId === tableId && g.id === goalId) : undefined;
}

/** After a change: the list and the settings as the sheet now has them. */
export const reloadAll = (): Promise<unknown> => Promise.all([goals.load(), settings.load()]);

/**
 * Where the keyboard focus goes once the view the user moved to is drawn: its heading (a
 * goal's h1 exists only once the goal has loaded, so the heading claims the focus when it
 * mounts), or, back on the list, the row of the goal just left.
 */
let focusWanted: string | null = null;

/** A user's move to another view: the focus follows it. */
export function go(next: View): void {
  const was = view.value;
  // A goal opened at its check-in (the menu's Check in) focuses the check-in's value itself.
  focusWanted = 'focus' in next ? null : next.name === 'goals' && was.name === 'goal' ? `${was.tableId}/${was.goalId}` : 'h1';
  view.value = next;
}

/** Gives the focus to `el` if the view just moved and wants it there (a ref callback for each view's h1; the list calls it too). */
export function claimFocus(el: HTMLElement | null): void {
  if (!el || !focusWanted) return;
  const row = focusWanted !== 'h1' ? el.ownerDocument.querySelector<HTMLElement>(`button[data-goal="${CSS.escape(focusWanted)}"]`) : null;
  if (focusWanted !== 'h1' && !row && el.tagName !== 'H1') return;
  focusWanted = null;
  const target = row ?? el;
  if (!row) target.tabIndex = -1;
  target.focus();
}
