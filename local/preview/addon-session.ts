/**
 * One running add-on for the preview: the BUILT dist/Code.js (exactly what clasp pushes)
 * loaded into a vm whose globals are the local services, plus the workbook it edits and
 * the file that workbook persists to.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import vm from 'node:vm';
import { createLocalServices, loadStateFile, type LocalServices, type SavedState } from '../index.ts';
import type { MenuItem, UiEvent } from '../services/ui.ts';

/** A menu entry the add-on recorded: something to click, or a separator. */
export type MenuEntry = { readonly caption: string; readonly handler: string } | { readonly separator: true };

export interface AddonMenu {
  readonly caption: string;
  readonly items: readonly MenuEntry[];
}

export interface AddonSessionOptions {
  /** The built script's source (dist/Code.js). */
  readonly code: string;
  /** Where the workbook is saved after every change. */
  readonly statePath: string;
  readonly timeZone?: string;
}

function flattenItems(items: readonly MenuItem[]): MenuEntry[] {
  return items.flatMap((item): MenuEntry[] => {
    if (item.separator) return [{ separator: true }];
    if (item.subMenu) return flattenItems(item.subMenu.items);
    return item.functionName ? [{ caption: item.caption, handler: item.functionName }] : [];
  });
}

/** A saved file that no longer loads is moved aside, not overwritten by the next save. */
function readSavedState(path: string): SavedState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return loadStateFile(path);
  } catch (error) {
    const aside = `${path}.unreadable-${Date.now()}`;
    renameSync(path, aside);
    process.stderr.write(`Could not read ${path} (${(error as Error).message}); moved it to ${aside} and started fresh.\n`);
    return undefined;
  }
}

export class AddonSession {
  services!: LocalServices;
  menu: AddonMenu = { caption: '', items: [] };
  private script!: vm.Context;
  private uiCursor = 0;

  constructor(private readonly options: AddonSessionOptions) {
    this.open(readSavedState(options.statePath));
  }

  /** Starts over from one empty sheet, as a new spreadsheet would. */
  reset(): void {
    this.open(undefined);
    this.persist();
  }

  /** Runs a top-level function of the script, but only one the add-on put in its menu. */
  runMenuHandler(handler: string): void {
    if (!this.menuHandlers().includes(handler)) throw new Error(`handler: ${handler} is not in the add-on menu`);
    try {
      vm.runInContext(`${handler}()`, this.script, { filename: 'menu' });
    } finally {
      // A script that fails halfway keeps what it already wrote, as in Sheets: save that too.
      this.persist();
    }
  }

  menuHandlers(): string[] {
    return this.menu.items.flatMap((i) => ('handler' in i ? [i.handler] : []));
  }

  /** Alerts, toasts, sidebars and dialogs shown since the previous call. */
  takeUiEvents(): UiEvent[] {
    const events = this.services.local.ui.events.slice(this.uiCursor);
    this.uiCursor = this.services.local.ui.events.length;
    return events.filter((e) => e.kind !== 'menu');
  }

  /** Written to a temporary file first, so a crash mid-write never leaves half a workbook. */
  persist(): void {
    mkdirSync(dirname(this.options.statePath), { recursive: true });
    const temp = `${this.options.statePath}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.services.save())}\n`);
    renameSync(temp, this.options.statePath);
  }

  private open(state: SavedState | undefined): void {
    this.services = createLocalServices({ state, timeZone: state ? undefined : (this.options.timeZone ?? 'Etc/UTC') });
    // A fresh realm each time: the script caches the spreadsheet's zone in module scope.
    const s = this.services;
    this.script = vm.createContext({
      SpreadsheetApp: s.SpreadsheetApp, PropertiesService: s.PropertiesService, LockService: s.LockService,
      HtmlService: s.HtmlService, ScriptApp: s.ScriptApp, Session: s.Session,
    });
    vm.runInContext(this.options.code, this.script, { filename: 'Code.js' });
    vm.runInContext(`onOpen({ authMode: 'FULL' })`, this.script, { filename: 'onOpen' });
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
