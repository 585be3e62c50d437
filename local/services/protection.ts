/**
 * Protections, kept as inspectable specs. Local code always runs as an editor, so a
 * protection never blocks a write; what matters to Goalpost is that its protections can
 * be found again (by description) and carry the settings it gave them.
 */
import type { Rect } from '../a1/a1-notation.ts';
import { fail, MESSAGES } from '../errors.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { ProtectionSpec } from '../model/specs.ts';
import type { ProtectionPort, ProtectionTypeEnum, UserPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { member, ProtectionType } from './enums.ts';
import type { LocalRange } from './local-range.ts';

export class LocalUser implements UserPort {
  readonly [KIND] = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string { return this.email; }
}

export class LocalProtection implements ProtectionPort {
  readonly [KIND] = 'Protection';
  constructor(private readonly ctx: LocalContext, private readonly store: SheetStore, private readonly id: number) {}

  private spec(): ProtectionSpec {
    const spec = this.store.protections.find((p) => p.id === this.id);
    if (!spec) fail(MESSAGES.protectionRemoved);
    return spec;
  }
  private update(patch: Partial<ProtectionSpec>): this {
    const spec = this.spec();
    this.store.protections[this.store.protections.indexOf(spec)] = { ...spec, ...patch };
    return this;
  }
  private emails(list: ReadonlyArray<string | UserPort>): string[] {
    return list.map((u) => (typeof u === 'string' ? u : u.getEmail()));
  }

  addEditor(emailAddress: string): this { return this.addEditors([emailAddress]); }
  addEditors(emailAddresses: string[]): this {
    const editors = new Set([...this.spec().editors, ...this.emails(emailAddresses)]);
    return this.update({ editors: [...editors] });
  }
  removeEditor(emailAddress: string): this { return this.removeEditors([emailAddress]); }
  removeEditors(users: ReadonlyArray<string | UserPort>): this {
    const gone = new Set(this.emails(users));
    return this.update({ editors: this.spec().editors.filter((e) => !gone.has(e)) });
  }
  getEditors(): LocalUser[] { return this.spec().editors.map((e) => new LocalUser(e)); }
  canDomainEdit(): boolean { return this.spec().domainEdit; }
  setDomainEdit(editable: boolean): this { return this.update({ domainEdit: editable }); }
  canEdit(): boolean { return true; }
  getDescription(): string { return this.spec().description; }
  setDescription(description: string): this { return this.update({ description }); }
  getProtectionType(): ProtectionTypeEnum { return member(ProtectionType, this.spec().type); }
  getRange(): LocalRange {
    const rect = this.spec().rect ?? { row: 1, col: 1, numRows: this.store.maxRows, numCols: this.store.maxColumns };
    return this.ctx.range(this.store, rect);
  }
  setRange(range: LocalRange): this { return this.update({ rect: range.rect }); }
  getUnprotectedRanges(): LocalRange[] { return this.spec().unprotected.map((r) => this.ctx.range(this.store, r)); }
  setUnprotectedRanges(ranges: LocalRange[]): this {
    if (this.spec().type !== 'SHEET') fail(MESSAGES.unprotectedOnSheetOnly);
    return this.update({ unprotected: ranges.map((r) => r.rect) });
  }
  isWarningOnly(): boolean { return this.spec().warningOnly; }
  setWarningOnly(warningOnly: boolean): this { return this.update({ warningOnly }); }
  remove(): void {
    const spec = this.spec();
    this.store.protections.splice(this.store.protections.indexOf(spec), 1);
  }
}

export function newProtection(ctx: LocalContext, store: SheetStore, type: 'RANGE' | 'SHEET', rect?: Rect): LocalProtection {
  const id = ctx.book.nextProtectionId++;
  store.protections.push({ id, type, rect, description: '', warningOnly: false, editors: [], domainEdit: true, unprotected: [] });
  return new LocalProtection(ctx, store, id);
}
