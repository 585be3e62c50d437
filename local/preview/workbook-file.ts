/**
 * The preview's saved workbook on disk. Loading checks the file; a damaged one is moved
 * aside (never overwritten) and reported. Saving waits until edits pause (IDLE_MS), or
 * MAX_WAIT_MS at most, and happens outside any request: serialising a 10,000-row
 * workbook takes tens of milliseconds that an edit's response should not wait for. A
 * crash loses at most those last moments; closing the preview saves first.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DamagedWorkbookError, loadStateFileRepaired, type SavedState } from '../index.ts';

const IDLE_MS = 1000;
const MAX_WAIT_MS = 10_000;

export interface Loaded {
  readonly state?: SavedState;
  /** Set when a saved file could not be used, or was repaired: what happened to it, for the page and the console. */
  readonly notice?: string;
  /** The state loaded had faults put right (the notice lists them): it should be saved as repaired. */
  readonly repaired?: boolean;
}

export class WorkbookFile {
  private timer: NodeJS.Timeout | undefined;
  /** When the oldest unsaved change was made. */
  private dirtySince: number | undefined;

  constructor(readonly path: string, private readonly snapshot: () => string) {}

  load(): Loaded {
    if (!existsSync(this.path)) return {};
    try {
      const { state, repairs } = loadStateFileRepaired(this.path);
      if (repairs.length === 0) return { state };
      // Put right, and said: the file itself is rewritten with the repair at the next save.
      const notice = `The saved workbook had small faults, repaired on loading: ${repairs.join('; ')}.`;
      process.stderr.write(`${notice}\n`);
      return { state, notice, repaired: true };
    } catch (error) {
      const reason = error instanceof DamagedWorkbookError ? error.message : `could not be read (${(error as Error).message})`;
      const aside = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      // If it cannot be moved, stop here: starting fresh would overwrite it at the first save.
      try {
        renameSync(this.path, aside);
      } catch (e) {
        throw new Error(`The saved workbook ${this.path} is damaged (${reason}) and could not be moved aside (${(e as Error).message}). Move or delete it, then start again.`);
      }
      const notice = `The saved workbook was damaged (${reason}). It was moved to ${aside} and the preview started from an empty workbook.`;
      process.stderr.write(`${notice}\n`);
      return { notice };
    }
  }

  scheduleSave(): void {
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.saveNow(), Math.max(0, Math.min(IDLE_MS, this.dirtySince + MAX_WAIT_MS - now)));
    // A pending save must not keep a test process alive; close() flushes it.
    this.timer.unref();
  }

  /** Saves now if a save is pending (on shutdown). */
  flush(): void {
    if (this.timer) this.saveNow();
  }

  /** Written to a temporary file first, so a crash mid-write never leaves half a workbook. */
  saveNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirtySince = undefined;
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, `${this.snapshot()}\n`);
    renameSync(temp, this.path);
  }
}
