/**
 * Conditional format rules and their builder, as Apps Script has them: rules carry their
 * ranges, a boolean condition (criteria + format) or a gradient; a sheet's rules are
 * replaced as a whole by setConditionalFormatRules. [DOC] platform §4.
 */
import { fail, MESSAGES } from '../errors.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { BooleanFormatSpec, ConditionalRuleSpec, GradientPoint, GradientSpec } from '../model/specs.ts';
import type {
  BooleanConditionPort, BooleanCriteriaEnum, ConditionalFormatRuleBuilderPort, ConditionalFormatRulePort, GradientConditionPort, InterpolationTypeEnum,
} from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { fromCriterion, toCriterion } from './criteria.ts';
import { BooleanCriteria, enumName, InterpolationType, member } from './enums.ts';
import type { LocalRange } from './local-range.ts';

const NO_FORMAT = { background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null } as const;

export class LocalBooleanCondition implements BooleanConditionPort {
  readonly [KIND] = 'BooleanCondition';
  constructor(private readonly ctx: LocalContext, private readonly spec: BooleanFormatSpec) {}
  getCriteriaType(): BooleanCriteriaEnum { return member(BooleanCriteria, this.spec.criteria); }
  getCriteriaValues(): unknown[] { return this.spec.values.map((v) => fromCriterion(this.ctx, v)); }
  getBackground(): string | null { return this.spec.background; }
  getFontColor(): string | null { return this.spec.fontColor; }
  getBold(): boolean | null { return this.spec.bold; }
  getItalic(): boolean | null { return this.spec.italic; }
  getStrikethrough(): boolean | null { return this.spec.strikethrough; }
  getUnderline(): boolean | null { return this.spec.underline; }
}

export class LocalGradientCondition implements GradientConditionPort {
  readonly [KIND] = 'GradientCondition';
  constructor(private readonly spec: GradientSpec) {}
  private type(p?: GradientPoint): InterpolationTypeEnum | null { return p?.type ? member(InterpolationType, p.type) : null; }
  getMinColor(): string { return this.spec.min?.color ?? ''; }
  getMinType(): InterpolationTypeEnum | null { return this.type(this.spec.min); }
  getMinValue(): string { return this.spec.min?.value ?? ''; }
  getMidColor(): string { return this.spec.mid?.color ?? ''; }
  getMidType(): InterpolationTypeEnum | null { return this.type(this.spec.mid); }
  getMidValue(): string { return this.spec.mid?.value ?? ''; }
  getMaxColor(): string { return this.spec.max?.color ?? ''; }
  getMaxType(): InterpolationTypeEnum | null { return this.type(this.spec.max); }
  getMaxValue(): string { return this.spec.max?.value ?? ''; }
}

/** The parts both a rule and its builder read. */
abstract class RuleView {
  constructor(protected readonly ctx: LocalContext, protected sheet: SheetStore | undefined, protected spec: ConditionalRuleSpec) {}
  getBooleanCondition(): LocalBooleanCondition | null { return this.spec.boolean ? new LocalBooleanCondition(this.ctx, this.spec.boolean) : null; }
  getGradientCondition(): LocalGradientCondition | null { return this.spec.gradient ? new LocalGradientCondition(this.spec.gradient) : null; }
  getRanges(): LocalRange[] {
    const sheet = this.sheet;
    return sheet ? this.spec.ranges.map((r) => this.ctx.range(sheet, r)) : [];
  }
}

export class LocalConditionalFormatRule extends RuleView implements ConditionalFormatRulePort {
  readonly [KIND] = 'ConditionalFormatRule';
  copy(): LocalConditionalFormatRuleBuilder { return new LocalConditionalFormatRuleBuilder(this.ctx, this.sheet, this.spec); }
  /** Local only: the rule as stored. */
  toSpec(): ConditionalRuleSpec { return this.spec; }
  sheetStore(): SheetStore | undefined { return this.sheet; }
}

export class LocalConditionalFormatRuleBuilder extends RuleView implements ConditionalFormatRuleBuilderPort {
  readonly [KIND] = 'ConditionalFormatRuleBuilder';
  constructor(ctx: LocalContext, sheet?: SheetStore, spec: ConditionalRuleSpec = { ranges: [] }) {
    super(ctx, sheet, spec);
  }

  build(): LocalConditionalFormatRule { return new LocalConditionalFormatRule(this.ctx, this.sheet, this.spec); }
  copy(): LocalConditionalFormatRuleBuilder { return new LocalConditionalFormatRuleBuilder(this.ctx, this.sheet, this.spec); }

  setRanges(ranges: LocalRange[]): this {
    const first = ranges[0];
    if (first && ranges.some((r) => r.store !== first.store)) fail(MESSAGES.ruleRangesOneSheet);
    if (first) this.sheet = first.store;
    this.spec = { ...this.spec, ranges: ranges.map((r) => r.rect) };
    return this;
  }

  private format(patch: Partial<BooleanFormatSpec>): this {
    const b = this.spec.boolean ?? { criteria: 'CELL_NOT_EMPTY', values: [], ...NO_FORMAT };
    this.spec = { ranges: this.spec.ranges, boolean: { ...b, ...patch } };
    return this;
  }
  private when(criteria: string, values: unknown[]): this {
    return this.format({ criteria, values: values.map((v) => toCriterion(this.ctx, v)) });
  }
  private point(which: keyof GradientSpec, color: string, type: InterpolationTypeEnum | null, value: string): this {
    const gradient = { ...this.spec.gradient, [which]: { color, type: type === null ? null : enumName(type), value } };
    this.spec = { ranges: this.spec.ranges, gradient };
    return this;
  }

  setBackground(color: string | null): this { return this.format({ background: color }); }
  setFontColor(color: string | null): this { return this.format({ fontColor: color }); }
  setBold(bold: boolean | null): this { return this.format({ bold }); }
  setItalic(italic: boolean | null): this { return this.format({ italic }); }
  setStrikethrough(strikethrough: boolean | null): this { return this.format({ strikethrough }); }
  setUnderline(underline: boolean | null): this { return this.format({ underline }); }
  setGradientMinpoint(color: string): this { return this.point('min', color, member(InterpolationType, 'MIN'), ''); }
  setGradientMaxpoint(color: string): this { return this.point('max', color, member(InterpolationType, 'MAX'), ''); }
  setGradientMinpointWithValue(color: string, type: InterpolationTypeEnum, value: string): this { return this.point('min', color, type, value); }
  setGradientMidpointWithValue(color: string, type: InterpolationTypeEnum, value: string): this { return this.point('mid', color, type, value); }
  setGradientMaxpointWithValue(color: string, type: InterpolationTypeEnum, value: string): this { return this.point('max', color, type, value); }
  whenCellEmpty(): this { return this.when('CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return this.when('CELL_NOT_EMPTY', []); }
  whenFormulaSatisfied(formula: string): this { return this.when('CUSTOM_FORMULA', [formula]); }
  whenNumberBetween(start: number, end: number): this { return this.when('NUMBER_BETWEEN', [start, end]); }
  whenNumberNotBetween(start: number, end: number): this { return this.when('NUMBER_NOT_BETWEEN', [start, end]); }
  whenNumberEqualTo(n: number): this { return this.when('NUMBER_EQUAL_TO', [n]); }
  whenNumberNotEqualTo(n: number): this { return this.when('NUMBER_NOT_EQUAL_TO', [n]); }
  whenNumberGreaterThan(n: number): this { return this.when('NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number): this { return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number): this { return this.when('NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number): this { return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenTextContains(text: string): this { return this.when('TEXT_CONTAINS', [text]); }
  whenTextDoesNotContain(text: string): this { return this.when('TEXT_DOES_NOT_CONTAIN', [text]); }
  whenTextEqualTo(text: string): this { return this.when('TEXT_EQUAL_TO', [text]); }
  whenTextStartsWith(text: string): this { return this.when('TEXT_STARTS_WITH', [text]); }
  whenTextEndsWith(text: string): this { return this.when('TEXT_ENDS_WITH', [text]); }
  whenDateBefore(date: Date): this { return this.when('DATE_BEFORE', [date]); }
  whenDateAfter(date: Date): this { return this.when('DATE_AFTER', [date]); }
  whenDateEqualTo(date: Date): this { return this.when('DATE_EQUAL_TO', [date]); }
  withCriteria(criteria: BooleanCriteriaEnum, args: unknown[]): this { return this.when(enumName(criteria), args); }
}

/** Rules handed to setConditionalFormatRules, as the specs the sheet keeps. */
export function rulesToSpecs(ctx: LocalContext, sheet: SheetStore, rules: readonly LocalConditionalFormatRule[]): ConditionalRuleSpec[] {
  return rules.map((r) => {
    const raw = ctx.counter.unwrap(r);
    const owner = raw.sheetStore();
    if (owner && owner !== sheet) fail(MESSAGES.ruleOnOtherSheet);
    return raw.toSpec();
  });
}
