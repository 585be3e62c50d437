/**
 * Every write runs under the document lock, so two people checking in at once both land,
 * one after the other. A lock that stays busy is a clear "try again" failure and nothing is
 * written: never a lost or half-made write. Pending writes are flushed before the lock is
 * let go, so the next holder reads them.
 */
import { fail, type Result } from '../core/result.ts';
import type { LockPort, SpreadsheetAppPort } from '../sheet/ports.ts';

/** How long a request waits for another execution's change to finish. */
export const LOCK_WAIT_MS = 10_000;

export function underLock<T>(lock: LockPort, app: SpreadsheetAppPort, work: () => Result<T>): Result<T> {
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail('busy');
  try {
    const result = work();
    app.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
