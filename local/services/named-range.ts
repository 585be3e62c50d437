/** Named ranges: a name bound to a rectangle of one sheet, moving with structure changes. */
import { fail, MESSAGES } from '../errors.ts';
import type { NamedRangeSpec } from '../model/specs.ts';
import type { NamedRangePort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import type { LocalRange } from './local-range.ts';

/** Sheets' rule: letters, digits and underscores, not starting with a digit, not like A1 or R1C1. */
export function isValidRangeName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name) && !/^(true|false)$/i.test(name);
}

export class LocalNamedRange implements NamedRangePort {
  readonly [KIND] = 'NamedRange';
  constructor(private readonly ctx: LocalContext, private name: string) {}

  private index(): number {
    const i = this.ctx.book.namedRanges.findIndex((n) => n.name === this.name);
    if (i < 0) fail(MESSAGES.namedRangeMissing(this.name));
    return i;
  }
  private spec(): NamedRangeSpec { return this.ctx.book.namedRanges[this.index()] as NamedRangeSpec; }

  getName(): string { return this.spec().name; }
  getRange(): LocalRange {
    const { range } = this.spec();
    const store = this.ctx.book.sheetById(range.sheetId);
    if (!store) fail(MESSAGES.rangeNotFound);
    return this.ctx.range(store, range);
  }
  setName(name: string): this {
    if (!isValidRangeName(name)) fail(MESSAGES.namedRangeName);
    const i = this.index();
    this.ctx.book.namedRanges[i] = { ...this.spec(), name };
    this.name = name;
    this.ctx.book.hooks.structureChanged();
    return this;
  }
  setRange(range: LocalRange): this {
    const i = this.index();
    this.ctx.book.namedRanges[i] = { name: this.name, range: { sheetId: range.store.id, ...range.rect } };
    this.ctx.book.hooks.structureChanged();
    return this;
  }
  remove(): void {
    this.ctx.book.namedRanges.splice(this.index(), 1);
    this.ctx.book.hooks.structureChanged();
  }
}
