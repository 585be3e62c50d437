/**
 * What the server's use-cases are handed: the services, each fetched only when a method
 * needs it (a read never touches the lock), and today's date in the spreadsheet's zone.
 * src/gas/ wires the Apps Script globals in; tests wire the local spreadsheet.
 */
import type { Day } from '../core/dates.ts';
import type { LockPort, PropertiesPort, SpreadsheetAppPort } from '../sheet/ports.ts';

export interface ServerContext {
  readonly app: SpreadsheetAppPort;
  /** The document lock: every write runs under it. */
  readonly lock: () => LockPort;
  /** Preferences shared by everyone in the document (status colours). */
  readonly documentProperties: () => PropertiesPort;
  /** This person's own preferences, across documents (the name they check in as). */
  readonly userProperties: () => PropertiesPort;
  /** Today in the spreadsheet's time zone. */
  readonly today: () => Day;
}
