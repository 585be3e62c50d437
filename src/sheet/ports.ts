/**
 * The slice of the Apps Script services that Goalpost's sheet code calls. Each port lists
 * only the methods used, with the signatures of @types/google-apps-script; returned
 * objects are ports too, so the local spreadsheet (local/) can implement them without the
 * other 400 methods. test/sheet/ports.test.ts checks that the real Apps Script types
 * satisfy every port, so code written against a port runs against real Sheets.
 */

export type CellValue = string | number | boolean | Date;

export interface RangePort {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): RangePort;
  setValue(value: unknown): RangePort;
  setFormulas(formulas: string[][]): RangePort;
  setFormula(formula: string): RangePort;
  setNumberFormat(numberFormat: string): RangePort;
  setNumberFormats(numberFormats: string[][]): RangePort;
  setFontWeight(fontWeight: string | null): RangePort;
  setBackground(color: string | null): RangePort;
  setNote(note: string | null): RangePort;
  setWrap(isWrapEnabled: boolean): RangePort;
  clear(): RangePort;
}

export interface SheetPort {
  getName(): string;
  getRange(a1Notation: string): RangePort;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangePort;
  getLastRow(): number;
  getLastColumn(): number;
  clear(): SheetPort;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetPort;
  activate(): SheetPort;
}

export interface SpreadsheetPort {
  getSpreadsheetTimeZone(): string;
  getSheetByName(name: string): SheetPort | null;
  insertSheet(sheetName: string): SheetPort;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
}

export interface MenuPort {
  addItem(caption: string, functionName: string): MenuPort;
  addSeparator(): MenuPort;
  addToUi(): void;
}

export interface UiPort {
  createAddonMenu(): MenuPort;
  alert(prompt: string): unknown;
}

export interface SpreadsheetAppPort {
  getActiveSpreadsheet(): SpreadsheetPort;
  getUi(): UiPort;
  flush(): void;
}
