// Compile-time only (checked by `npm run typecheck`): the real Apps Script types satisfy every port.
import type { RangePort, SheetPort, SpreadsheetPort, UiPort, MenuPort, SpreadsheetAppPort } from '../src/sheet/ports.ts';

type Assert<T extends true> = T;
type Satisfies<Real, Port> = Real extends Port ? true : false;

export type PortChecks = [
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Range, RangePort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.Ui, UiPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.Menu, MenuPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppPort>>,
];
