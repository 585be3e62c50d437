/**
 * Apps Script enums at run time: opaque singletons whose String() is the member name, as
 * in Sheets. They are typed as the @types enums the ports use; the cast is the one place
 * where a local value stands in for an Apps Script type.
 */

export class EnumValue {
  constructor(readonly enumName: string, readonly memberName: string, readonly ordinal: number) {}
  toString(): string {
    return this.memberName;
  }
  toJSON(): string {
    return this.memberName;
  }
  name(): string {
    return this.memberName;
  }
}

export function makeEnum<T>(enumName: string, members: readonly string[]): T {
  const out: Record<string, EnumValue> = {};
  members.forEach((m, i) => {
    out[m] = new EnumValue(enumName, m, i);
  });
  return Object.freeze(out) as unknown as T;
}

/** The member name of an enum value (or of a string naming one). */
export function enumName(value: unknown): string {
  return value instanceof EnumValue ? value.memberName : String(value);
}

type SS = typeof GoogleAppsScript.Spreadsheet;
export const DeveloperMetadataVisibility = makeEnum<SS['DeveloperMetadataVisibility']>('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum<SS['DeveloperMetadataLocationType']>('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
export const ProtectionType = makeEnum<SS['ProtectionType']>('ProtectionType', ['RANGE', 'SHEET']);
export const InterpolationType = makeEnum<SS['InterpolationType']>('InterpolationType', ['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export const BooleanCriteria = makeEnum<SS['BooleanCriteria']>('BooleanCriteria', [
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]);
export const DataValidationCriteria = makeEnum<SS['DataValidationCriteria']>('DataValidationCriteria', [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE',
  'CUSTOM_FORMULA', 'CHECKBOX',
]);
export const Button = makeEnum<typeof GoogleAppsScript.Base.Button>('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

/** Looks an enum member up by name, e.g. member(ProtectionType, 'RANGE'). */
export function member<T>(enumObject: T, name: string): T[keyof T] {
  return (enumObject as Record<string, T[keyof T]>)[name] as T[keyof T];
}
