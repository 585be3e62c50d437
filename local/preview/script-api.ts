/**
 * Running the add-on's script for the page: a menu item, or google.script.run from a dialog
 * or sidebar. Either runs with the page's selection (the script reads it as the active
 * range), and either answers with the selection the script moved to, if it moved it: as in
 * Sheets, a script's activate() (of a range or a sheet), setActiveRange, setActiveSelection
 * or setActiveSheet switches the page to that sheet with that range selected. A write alone
 * moves nothing.
 */
import type { AddonSession, PendingPrompt, UiEventView } from './addon-session.ts';
import { asInput, book, sheetNamed } from './api.ts';
import { InputError, integer, optionalText, promptAnswers, text, type Body } from './input.ts';
import type { ScriptResult } from './script-bridge.ts';

/** Where a script left the selection: a sheet, a range on it in A1 notation ("A5:T5"), and the moves so far. */
export interface ScriptSelection {
  readonly sheet: string;
  readonly range: string;
  readonly moves: number;
}

/**
 * The page's selection becomes the active range, as the person's selection is in Sheets;
 * but not a page that has not yet caught up with a script's move (a call it sent while
 * another call's activate() was on its way back): its selection is stale.
 */
function usePageSelection(session: AddonSession, body: Body): void {
  const sheet = optionalText(body, 'sheet');
  const selection = optionalText(body, 'selection');
  if (sheet === undefined || selection === undefined) return;
  if (body.moves !== undefined && integer(body, 'moves', 0, Number.MAX_SAFE_INTEGER) !== session.scriptMoves) return;
  asInput(() => sheetNamed(session, 'sheet', sheet).getRange(selection)).activate();
}

/** What identifies the selection now: the activations so far and the active sheet. */
function mark(session: AddonSession): string {
  return `${session.services.local.activations} ${book(session).getActiveSheet().getSheetId()}`;
}

/** Runs the script, then says where it moved the selection, if it did. */
function tracked<T>(session: AddonSession, body: Body, run: () => T): { value: T; selection?: ScriptSelection } {
  usePageSelection(session, body);
  const before = mark(session);
  const value = run();
  if (mark(session) === before) return { value };
  const range = book(session).getActiveRange();
  if (!range) return { value };
  session.scriptMoves++;
  return { value, selection: { sheet: range.getSheet().getName(), range: range.getA1Notation(), moves: session.scriptMoves } };
}

/**
 * Runs a menu item with the page's selection and the answers the person gave its prompts
 * so far; a prompt still to answer comes back (the run was undone, so nothing moved).
 */
export function runMenu(session: AddonSession, body: Body): { readonly prompt?: PendingPrompt; readonly selection?: ScriptSelection } {
  const handler = text(body, 'handler');
  if (!session.menuHandlers().includes(handler)) throw new InputError(`handler: "${handler}" is not an item of the add-on menu`);
  const { value: prompt, selection } = tracked(session, body, () => session.runMenuHandler(handler, promptAnswers(body)));
  if (prompt) return { prompt };
  return selection ? { selection } : {};
}

/** google.script.run from a dialog or sidebar, forwarded by the page with its selection. */
export function runScript(session: AddonSession, body: Body): { readonly result: ScriptResult; readonly ui: readonly UiEventView[]; readonly selection?: ScriptSelection } {
  const frame = text(body, 'frame');
  const fn = text(body, 'fn');
  if (!Array.isArray(body.args)) throw new InputError('args: expected an array of arguments');
  const args: unknown[] = body.args;
  const { value: result, selection } = tracked(session, body, () => session.runFromFrame(frame, fn, args));
  return { result, ui: session.takeUiEvents(), ...(selection ? { selection } : {}) };
}

export function closeFrame(session: AddonSession, body: Body): void {
  session.frames.close(text(body, 'frame'));
}
