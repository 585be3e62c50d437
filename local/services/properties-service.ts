/**
 * PropertiesService: document, user and script stores of strings, with the documented
 * limits of 9 KB per value and 500 KB per store. [DOC] platform §5 "PropertiesService".
 * getProperties returns a copy, not a live view.
 */
import { fail, MESSAGES } from '../errors.ts';
import type { PropertiesPort, PropertiesServicePort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class LocalProperties implements PropertiesPort {
  readonly [KIND] = 'Properties';
  constructor(readonly data: Map<string, string> = new Map()) {}

  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) fail(MESSAGES.propertyStoreFull);
  }
  private value(key: string, value: unknown): string {
    const text = String(value);
    if (bytes(key) + bytes(text) > VALUE_LIMIT_BYTES) fail(MESSAGES.propertyValueTooLarge);
    return text;
  }

  getProperty(key: string): string | null { return this.data.get(key) ?? null; }
  setProperty(key: string, value: string): this { return this.setProperties({ [key]: value }); }
  getProperties(): { [key: string]: string } { return Object.fromEntries(this.data); }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [k, v] of Object.entries(properties)) next.set(k, this.value(k, v));
    this.check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }
  deleteProperty(key: string): this { this.data.delete(key); return this; }
  deleteAllProperties(): this { this.data.clear(); return this; }
  getKeys(): string[] { return [...this.data.keys()]; }
}

export class LocalPropertiesService implements PropertiesServicePort {
  readonly [KIND] = 'PropertiesService';
  constructor(readonly document = new LocalProperties(), readonly user = new LocalProperties(), readonly script = new LocalProperties()) {}
  getDocumentProperties(): LocalProperties { return this.document; }
  getUserProperties(): LocalProperties { return this.user; }
  getScriptProperties(): LocalProperties { return this.script; }
}
