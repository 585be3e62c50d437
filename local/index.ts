/**
 * The local spreadsheet: an in-memory implementation of the Apps Script services Goalpost
 * uses, for tests and the preview. Dev-only: never bundled into dist/ (HyperFormula, the
 * formula engine behind it, is GPL-3.0).
 *
 *   const services = createLocalServices({ timeZone: 'Europe/Paris' });
 *   const app: SpreadsheetAppPort = services.SpreadsheetApp;
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  HtmlServicePort, LockServicePort, PropertiesServicePort, ScriptAppPort, SessionPort, SpreadsheetAppPort,
} from '../src/sheet/ports.ts';
import { FormulaEngine } from './engine/engine.ts';
import type { CustomFunctionSet } from './engine/function-plugin.ts';
import { goalpostFunctions } from './goalpost-functions.ts';
import { WorkbookStore } from './model/workbook-store.ts';
import { loadWorkbook, saveWorkbook, workbookSnapshot, type SavedState } from './persistence/snapshot.ts';
import { CallCounter } from './services/call-counter.ts';
import { LocalHtmlService } from './services/html-service.ts';
import { LocalInspector } from './services/inspector.ts';
import { createContext } from './services/local-context.ts';
import { LocalLockService, LockController } from './services/lock-service.ts';
import { LocalPropertiesService } from './services/properties-service.ts';
import { LocalScriptApp, LocalSession } from './services/session.ts';
import { LocalSpreadsheetApp } from './services/spreadsheet-app.ts';
import { UiRecorder } from './services/ui.ts';

export interface LocalServicesOptions {
  /** A state saved by `save()` (or read from a file written by `saveToFile`). */
  readonly state?: SavedState;
  /** The spreadsheet's time zone (default Etc/UTC); a loaded state keeps its own unless this is set. */
  readonly timeZone?: string;
  /** Custom functions to register: Goalpost's by default, or a set of your own, or none. */
  readonly functions?: 'goalpost' | 'none' | ((timeZone: () => string) => CustomFunctionSet);
  /** Where createHtmlOutputFromFile reads from (default: the repository's dist/). */
  readonly htmlRoot?: string;
  readonly userEmail?: string;
  readonly addonName?: string;
  /**
   * Today's date (default: the real one). Only date text typed without a year ("1/2",
   * "Mar 5") reads it, taking the year in the spreadsheet's zone, as Sheets does; pass a
   * fixed date to keep such writes deterministic.
   */
  readonly today?: Date;
}

export interface LocalServices {
  readonly SpreadsheetApp: SpreadsheetAppPort;
  readonly PropertiesService: PropertiesServicePort;
  readonly LockService: LockServicePort;
  readonly HtmlService: HtmlServicePort;
  readonly ScriptApp: ScriptAppPort;
  readonly Session: SessionPort;
  /** Every service call, counted by method. */
  readonly counter: CallCounter;
  /** Local-only views: cell errors, sparklines, charts, the Ui log, lock contention. */
  readonly local: LocalInspector;
  /** The whole workbook and the property stores, JSON-safe. */
  save(): SavedState;
  /** The same state as JSON text, in one pass (what saving to a file needs). */
  saveJson(): string;
  saveToFile(path: string): void;
}

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function createLocalServices(options: LocalServicesOptions = {}): LocalServices {
  const book = options.state ? loadWorkbook(options.state.workbook) : new WorkbookStore(options.timeZone ?? 'Etc/UTC');
  if (!options.state && book.sheets.length === 0) book.addSheet('Sheet1');
  if (options.state && options.timeZone) book.setTimeZone(options.timeZone);
  const today = options.today;
  if (today) book.today = () => new Date(today.getTime());
  const choice = options.functions ?? 'goalpost';
  const timeZone = () => book.timeZone;
  const functions = choice === 'none' ? undefined : choice === 'goalpost' ? goalpostFunctions(timeZone) : choice(timeZone);
  const engine = new FormulaEngine(book, functions);
  book.hooks = engine;
  const counter = new CallCounter();
  const ui = new UiRecorder();
  const ctx = createContext(book, engine, counter, ui);
  const locks = new LockController();
  const properties = new LocalPropertiesService();
  if (options.state) {
    for (const [store, data] of [[properties.document, options.state.properties.document], [properties.user, options.state.properties.user], [properties.script, options.state.properties.script]] as const) {
      for (const [k, v] of Object.entries(data)) store.data.set(k, v);
    }
  }
  const stores = () => ({ document: properties.document.getProperties(), user: properties.user.getProperties(), script: properties.script.getProperties() });
  const save = (): SavedState => ({ workbook: saveWorkbook(book), properties: stores() });
  const saveJson = (): string => JSON.stringify({ workbook: workbookSnapshot(book), properties: stores() } satisfies SavedState);
  return {
    SpreadsheetApp: counter.wrap(new LocalSpreadsheetApp(ctx, options.addonName ?? 'Goalpost')),
    PropertiesService: counter.wrap(properties),
    LockService: counter.wrap(new LocalLockService(locks)),
    HtmlService: counter.wrap(new LocalHtmlService(options.htmlRoot ?? join(REPO_ROOT, 'dist'))),
    ScriptApp: counter.wrap(new LocalScriptApp()),
    Session: counter.wrap(new LocalSession(options.userEmail ?? 'local-user@example.com', 'en', 'Etc/UTC')),
    counter,
    local: new LocalInspector(ctx, locks),
    save,
    saveJson,
    saveToFile: (path: string) => writeFileSync(path, `${saveJson()}\n`),
  };
}

export type { SavedState } from './persistence/snapshot.ts';
export type { CustomFunctionSet } from './engine/function-plugin.ts';
export { loadStateFile, loadStateFileRepaired } from './persistence/snapshot.ts';
export { checkSavedState, DamagedWorkbookError, parseSavedState } from './persistence/validate.ts';
