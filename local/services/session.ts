/** Session and ScriptApp, minimal: the user, locale, script time zone and AuthMode. */
import type { ScriptAppPort, SessionPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import { AuthMode } from './enums.ts';
import { LocalUser } from './protection.ts';

export class LocalSession implements SessionPort {
  readonly [KIND] = 'Session';
  constructor(private readonly email: string, private readonly locale: string, private readonly scriptTimeZone: string) {}
  getActiveUser(): LocalUser { return new LocalUser(this.email); }
  getEffectiveUser(): LocalUser { return new LocalUser(this.email); }
  getActiveUserLocale(): string { return this.locale; }
  getScriptTimeZone(): string { return this.scriptTimeZone; }
  getTemporaryActiveUserKey(): string { return 'local-temporary-active-user-key'; }
}

export class LocalScriptApp implements ScriptAppPort {
  readonly [KIND] = 'ScriptApp';
  readonly AuthMode = AuthMode;
}
