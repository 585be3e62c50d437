/**
 * A platform case: one behaviour Goalpost relies on, the fact from
 * ../shared/docs/apps-script-platform.md it comes from, and a check written only against
 * the ports, so it runs against the local spreadsheet (vitest) and the real one (the
 * platform-cases build, see scripts/build-platform-cases.ts).
 */
import type { LockServicePort, PropertiesServicePort, RangePort, SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';

export interface PlatformEnv {
  readonly app: SpreadsheetAppPort;
  readonly properties: PropertiesServicePort;
  readonly lock: LockServicePort;
  /** A fresh sheet for this case, deleted afterwards. */
  readonly sheet: SheetPort;
  /** A prefix for property keys and metadata keys, unique to this run. */
  readonly prefix: string;
  /** Values after formulas settle (real Sheets may show "Loading..." for a moment). */
  settled(range: RangePort): unknown[][];
}

export interface PlatformCase {
  readonly name: string;
  /** The platform fact, quoted with its section and tag. */
  readonly fact: string;
  /** Set when the docs tag the fact [UNCONFIRMED] or [3P]: README's release checklist lists it. */
  readonly unconfirmed?: boolean;
  run(env: PlatformEnv): void;
}
