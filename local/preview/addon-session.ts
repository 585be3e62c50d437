/**
 * One running add-on for the preview: the BUILT dist/Code.js (exactly what clasp pushes)
 * loaded into a vm whose globals are the local services, plus the workbook it edits, the
 * file that workbook persists to, and the dialogs and sidebar the script has open.
 */
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { createLocalServices, parseSavedState, type LocalServices, type SavedState } from '../index.ts';
import { PromptNeeded, type MenuItem, type PromptAnswer, type UiEvent } from '../services/ui.ts';
import { FrameRegistry, type FrameView } from './frames.ts';
import { callScriptFunction, scriptFunctionNames, type ScriptResult } from './script-bridge.ts';
import { WorkbookFile } from './workbook-file.ts';

/** A menu entry the add-on recorded: something to click, or a separator. */
export type MenuEntry = { readonly caption: string; readonly handler: string } | { readonly separator: true };

export interface AddonMenu {
  readonly caption: string;
  readonly items: readonly MenuEntry[];
}

/** What the page shows of a Ui event: dialogs and sidebars by frame id, never their HTML. */
export type UiEventView =
  | Exclude<UiEvent, { kind: 'menu' | 'sidebar' | 'dialog' }>
  | FrameView;

/** A prompt a menu item is waiting on, with the answers it was given before it. */
export interface PendingPrompt {
  readonly handler: string;
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly answers: readonly PromptAnswer[];
}

export interface AddonSessionOptions {
  /** The built script's source (dist/Code.js). */
  readonly code: string;
  /** Where the workbook is saved after every change. */
  readonly statePath: string;
  readonly timeZone?: string;
}

/** A submenu's items are listed in place, each caption led by the submenu's ("New goal table ▸ Retail"). */
function flattenItems(items: readonly MenuItem[], prefix = ''): MenuEntry[] {
  return items.flatMap((item): MenuEntry[] => {
    if (item.separator) return [{ separator: true }];
    if (item.subMenu) return flattenItems(item.subMenu.items, `${prefix}${item.caption} ▸ `);
    return item.functionName ? [{ caption: `${prefix}${item.caption}`, handler: item.functionName }] : [];
  });
}

export class AddonSession {
  services!: LocalServices;
  menu: AddonMenu = { caption: '', items: [] };
  readonly frames = new FrameRegistry();
  private script!: vm.Context;
  private callable = new Set<string>();
  private uiCursor = 0;
  private readonly file: WorkbookFile;
  /** Things the person should know that no action of theirs caused (a damaged saved workbook). */
  private notices: string[] = [];
  /** How many times a script run moved the selection (script-api.ts); kept across a reset. */
  scriptMoves = 0;

  constructor(private readonly options: AddonSessionOptions) {
    this.file = new WorkbookFile(options.statePath, () => this.services.saveJson());
    const loaded = this.file.load();
    if (loaded.notice) this.notices.push(loaded.notice);
    this.open(loaded.state);
    // A repaired file is saved repaired (soon, as after an edit), so the repair is reported once.
    if (loaded.repaired) this.persist();
  }

  /** Starts over from one empty sheet, as a new spreadsheet would. */
  reset(): void {
    this.open(undefined);
    this.file.saveNow();
  }

  /**
   * Runs a top-level function of the script, but only one the add-on put in its menu. A
   * prompt suspends a script in Sheets until the person answers; here the run stops at a
   * prompt without an answer, the workbook goes back to how it was before the run, and the
   * prompt comes back for the page to ask. The page then runs the item again with every
   * answer so far, which the prompts give in order.
   */
  runMenuHandler(handler: string, answers: readonly PromptAnswer[] = []): PendingPrompt | undefined {
    if (!this.menuHandlers().includes(handler)) throw new Error(`handler: ${handler} is not in the add-on menu`);
    const ui = this.services.local.ui;
    const before = this.services.saveJson();
    ui.answerPrompts(...answers);
    ui.askPerson = true;
    try {
      vm.runInContext(`${handler}()`, this.script, { filename: 'menu' });
      return undefined;
    } catch (error) {
      if (!(error instanceof PromptNeeded)) throw error;
      // Reopened only when the run wrote something before its prompt (that also closes open dialogs).
      if (this.services.saveJson() !== before) this.open(parseSavedState(before));
      return { handler, title: error.title, prompt: error.prompt, buttons: error.buttons, answers: [...answers] };
    } finally {
      ui.askPerson = false;
      // Answers the run did not reach are dropped: the next run starts with none.
      while (ui.nextPrompt() !== undefined) continue;
      // A script that fails halfway keeps what it already wrote, as in Sheets: save that too.
      this.persist();
    }
  }

  /** The functions google.script.run may call: the script's top-level ones not ending in "_". */
  scriptFunctions(): string[] {
    return [...this.callable].sort();
  }

  menuHandlers(): string[] {
    return this.menu.items.flatMap((i) => ('handler' in i ? [i.handler] : []));
  }

  /**
   * google.script.run from an open dialog or sidebar: a top-level function of the script,
   * called with arguments already checked against what Apps Script lets cross.
   */
  runFromFrame(frameId: string, name: string, args: unknown): ScriptResult {
    if (!this.frames.isOpen(frameId)) return { ok: false, error: 'This dialog is closed: its script calls no longer run.' };
    try {
      return callScriptFunction(this.script, this.callable, name, args);
    } finally {
      this.persist();
    }
  }

  /** Alerts, toasts, sidebars and dialogs shown since the previous call. */
  takeUiEvents(): UiEventView[] {
    const events = this.services.local.ui.events.slice(this.uiCursor);
    this.uiCursor = this.services.local.ui.events.length;
    return events.flatMap((e): UiEventView[] => {
      if (e.kind === 'menu') return [];
      if (e.kind === 'dialog' || e.kind === 'sidebar') return [this.frames.open(e)];
      return [e];
    });
  }

  /** The notices waiting to be shown, left waiting. */
  peekNotices(): string[] {
    return [...this.notices];
  }

  takeNotices(): string[] {
    const out = this.notices;
    this.notices = [];
    return out;
  }

  /** Saves soon, off the request's path: a burst of edits is written once. */
  persist(): void {
    this.file.scheduleSave();
  }

  /** Writes any pending save now (on shutdown). */
  flush(): void {
    this.file.flush();
  }

  private open(state: SavedState | undefined): void {
    this.services = createLocalServices({ state, timeZone: state ? undefined : (this.options.timeZone ?? 'Etc/UTC') });
    this.frames.closeAll();
    // A fresh realm each time: the script caches the spreadsheet's zone in module scope.
    const s = this.services;
    const globals = {
      SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService,
      HtmlService: s.HtmlService, ScriptApp: s.ScriptApp, Session: s.Session,
    };
    this.script = vm.createContext({ ...globals });
    vm.runInContext(this.options.code, this.script, { filename: 'Code.js' });
    this.callable = scriptFunctionNames(this.script, Object.keys(globals));
    if (this.callable.has('onOpen')) vm.runInContext(`onOpen({ authMode: 'FULL' })`, this.script, { filename: 'onOpen' });
    const recorded = s.local.ui.menus().filter((m) => m.addon).at(-1);
    this.menu = recorded ? { caption: recorded.caption, items: flattenItems(recorded.items) } : { caption: '', items: [] };
    this.uiCursor = s.local.ui.events.length;
  }
}

/** Reads dist/Code.js, failing with the command that makes it. */
export function readBuiltScript(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build (npm start does).`);
  return readFileSync(path, 'utf8');
}
