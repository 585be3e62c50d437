/**
 * Data validation rules and their builder. Rules are immutable specs stored per cell;
 * `copy()` gives a builder to derive a new one, as in Apps Script. Criteria values follow
 * Apps Script: requireValueInList(values, showDropdown) reads back as [values, showDropdown].
 */
import type { ValidationSpec } from '../model/specs.ts';
import type { DataValidationBuilderPort, DataValidationCriteriaEnum, DataValidationPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import { fromCriterion, toCriterion } from './criteria.ts';
import { DataValidationCriteria, enumName, member } from './enums.ts';
import type { LocalRange } from './local-range.ts';

export class LocalDataValidation implements DataValidationPort {
  readonly [KIND] = 'DataValidation';
  constructor(private readonly ctx: LocalContext, readonly spec: ValidationSpec) {}
  copy(): LocalDataValidationBuilder { return new LocalDataValidationBuilder(this.ctx, this.spec); }
  getAllowInvalid(): boolean { return this.spec.allowInvalid; }
  getCriteriaType(): DataValidationCriteriaEnum { return member(DataValidationCriteria, this.spec.criteria); }
  getCriteriaValues(): unknown[] { return this.spec.values.map((v) => fromCriterion(this.ctx, v)); }
  getHelpText(): string { return this.spec.helpText; }
}

const START: ValidationSpec = { criteria: 'DATE_IS_VALID_DATE', values: [], allowInvalid: true, helpText: '' };

export class LocalDataValidationBuilder implements DataValidationBuilderPort {
  readonly [KIND] = 'DataValidationBuilder';
  private helpSet: boolean;
  constructor(private readonly ctx: LocalContext, private spec: ValidationSpec = START) {
    this.helpSet = spec !== START && spec.helpText !== '';
  }

  private require(criteria: string, values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values: values.map((v) => toCriterion(this.ctx, v)) };
    return this;
  }

  build(): LocalDataValidation { return new LocalDataValidation(this.ctx, this.spec); }
  copy(): LocalDataValidationBuilder { return new LocalDataValidationBuilder(this.ctx, this.spec); }
  getAllowInvalid(): boolean { return this.spec.allowInvalid; }
  getCriteriaType(): DataValidationCriteriaEnum { return member(DataValidationCriteria, this.spec.criteria); }
  getCriteriaValues(): unknown[] { return this.spec.values.map((v) => fromCriterion(this.ctx, v)); }
  getHelpText(): string | null { return this.helpSet ? this.spec.helpText : null; }
  setAllowInvalid(allowInvalidData: boolean): this { this.spec = { ...this.spec, allowInvalid: allowInvalidData }; return this; }
  setHelpText(helpText: string): this { this.spec = { ...this.spec, helpText }; this.helpSet = true; return this; }

  requireCheckbox(...values: unknown[]): this { return this.require('CHECKBOX', values); }
  requireDate(): this { return this.require('DATE_IS_VALID_DATE', []); }
  requireDateAfter(date: Date): this { return this.require('DATE_AFTER', [date]); }
  requireDateBefore(date: Date): this { return this.require('DATE_BEFORE', [date]); }
  requireDateBetween(start: Date, end: Date): this { return this.require('DATE_BETWEEN', [start, end]); }
  requireDateNotBetween(start: Date, end: Date): this { return this.require('DATE_NOT_BETWEEN', [start, end]); }
  requireDateEqualTo(date: Date): this { return this.require('DATE_EQUAL_TO', [date]); }
  requireDateOnOrAfter(date: Date): this { return this.require('DATE_ON_OR_AFTER', [date]); }
  requireDateOnOrBefore(date: Date): this { return this.require('DATE_ON_OR_BEFORE', [date]); }
  requireFormulaSatisfied(formula: string): this { return this.require('CUSTOM_FORMULA', [formula]); }
  requireNumberBetween(start: number, end: number): this { return this.require('NUMBER_BETWEEN', [start, end]); }
  requireNumberNotBetween(start: number, end: number): this { return this.require('NUMBER_NOT_BETWEEN', [start, end]); }
  requireNumberEqualTo(n: number): this { return this.require('NUMBER_EQUAL_TO', [n]); }
  requireNumberNotEqualTo(n: number): this { return this.require('NUMBER_NOT_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number): this { return this.require('NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number): this { return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThan(n: number): this { return this.require('NUMBER_LESS_THAN', [n]); }
  requireNumberLessThanOrEqualTo(n: number): this { return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireTextContains(text: string): this { return this.require('TEXT_CONTAINS', [text]); }
  requireTextDoesNotContain(text: string): this { return this.require('TEXT_DOES_NOT_CONTAIN', [text]); }
  requireTextEqualTo(text: string): this { return this.require('TEXT_EQUAL_TO', [text]); }
  requireTextIsEmail(): this { return this.require('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): this { return this.require('TEXT_IS_VALID_URL', []); }
  requireValueInList(values: string[], showDropdown = true): this { return this.require('VALUE_IN_LIST', [values, showDropdown]); }
  requireValueInRange(range: LocalRange, showDropdown = true): this { return this.require('VALUE_IN_RANGE', [range, showDropdown]); }
  withCriteria(criteria: DataValidationCriteriaEnum, args: unknown[]): this { return this.require(enumName(criteria), args); }
}
