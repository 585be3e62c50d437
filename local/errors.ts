/**
 * Errors as Apps Script raises them: an `Error` named "Exception" whose message is Sheets'
 * own text where it is known, so tests can match on the message like they would in Sheets.
 */
import { KIND } from './services/call-counter.ts';

export class SheetsException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Sheets' messages, one place. Functions take the numbers Sheets puts in the text. */
export const MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  /** A wrong argument type; `types` as Apps Script names them, e.g. "number[]" for setValues([1, 2]). */
  parameters: (types: string, method: string) => `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`,
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rangeNotFound: 'Range not found',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: "You can't delete all the rows on the sheet.",
  deleteAllColumns: "You can't delete all the columns on the sheet.",
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  removeAllSheets: "You can't remove all the sheets in a document.",
  arbitraryMetadata:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to top-level sheets, spreadsheets, and individual rows or columns.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  propertyValueTooLarge: 'Argument too large: value',
  propertyStoreFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  htmlFileMissing: (name: string) => `No HTML file named ${name} was found.`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  namedRangeName: 'The range name is invalid.',
  namedRangeMissing: (name: string) => `Named range ${name} not found.`,
  // Wording not yet checked against Sheets (README release checklist).
  cellOutOfRange: 'Cell reference out of range',
  chartMissing: 'The chart does not exist on this sheet.',
  protectionRemoved: 'The protection has been removed.',
  unprotectedOnSheetOnly: 'Unprotected ranges can only be set on a sheet protection.',
  ruleRangesOneSheet: 'All ranges of a conditional format rule must be on the same sheet.',
  ruleOnOtherSheet: 'The conditional format rule ranges are on a different sheet.',
  // Local-only: no Sheets counterpart.
  formulaQuarantined: 'The local spreadsheet could not evaluate this formula (HyperFormula failed on it); edit the formula to try again.',
} as const;

export function fail(message: string): never {
  throw new SheetsException(message);
}

/**
 * An argument's type as Apps Script names it in "The parameters (...) don't match the
 * method signature" (seen in logs: "number[]", "String", "null", "SpreadsheetApp.Range").
 * Mixed arrays are named "Object[]" [UNCONFIRMED: README checklist].
 */
export function parameterType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  if (Array.isArray(value)) {
    const types = new Set(value.filter((v) => v !== null && v !== undefined).map(parameterType));
    return `${types.size === 1 ? [...types][0] : 'Object'}[]`;
  }
  const kind = typeof value === 'object' && KIND in value ? (value as { [KIND]: unknown })[KIND] : undefined;
  return typeof kind === 'string' ? `SpreadsheetApp.${kind}` : 'Object';
}
