/**
 * LockService. Node runs one execution at a time, so contention is simulated: a test lets
 * "another execution" hold a lock (LockController), and then tryLock returns false and
 * waitLock throws Sheets' timeout error, unless the other execution lets go within the
 * timeout. [DOC] platform §5 "LockService".
 */
import { fail, MESSAGES } from '../errors.ts';
import type { LockPort, LockServicePort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';

export type LockScope = 'document' | 'script' | 'user';

interface LockState {
  holder: 'self' | 'other' | null;
  /** When another execution holds it: how long until it lets go (Infinity = never). */
  otherReleasesAfterMs: number;
}

export class LocalLock implements LockPort {
  readonly [KIND] = 'Lock';
  constructor(private readonly state: LockState) {}

  tryLock(timeoutInMillis: number): boolean {
    const s = this.state;
    if (s.holder === 'other') {
      if (timeoutInMillis < s.otherReleasesAfterMs) return false;
      s.holder = null;
    }
    s.holder = 'self';
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail(MESSAGES.lockTimeout);
  }
  hasLock(): boolean { return this.state.holder === 'self'; }
  releaseLock(): void {
    if (this.state.holder === 'self') this.state.holder = null;
  }
}

/** Local only: lets tests play the other execution. */
export class LockController {
  readonly states: Record<LockScope, LockState> = {
    document: { holder: null, otherReleasesAfterMs: Infinity },
    script: { holder: null, otherReleasesAfterMs: Infinity },
    user: { holder: null, otherReleasesAfterMs: Infinity },
  };
  /** Another execution takes the lock; it lets go after `releasesAfterMs` of waiting (never by default). */
  holdByOtherExecution(scope: LockScope = 'document', releasesAfterMs = Infinity): void {
    this.states[scope] = { holder: 'other', otherReleasesAfterMs: releasesAfterMs };
  }
  releaseOtherExecution(scope: LockScope = 'document'): void {
    if (this.states[scope].holder === 'other') this.states[scope] = { holder: null, otherReleasesAfterMs: Infinity };
  }
  /** Who holds the lock now. */
  holder(scope: LockScope = 'document'): 'self' | 'other' | null { return this.states[scope].holder; }
}

export class LocalLockService implements LockServicePort {
  readonly [KIND] = 'LockService';
  constructor(private readonly controller: LockController) {}
  getDocumentLock(): LocalLock { return new LocalLock(this.controller.states.document); }
  getScriptLock(): LocalLock { return new LocalLock(this.controller.states.script); }
  getUserLock(): LocalLock { return new LocalLock(this.controller.states.user); }
}
