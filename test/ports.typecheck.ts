// Compile-time only (checked by `npm run typecheck`): the real Apps Script types satisfy every port.
import type {
  RangePort, SheetPort, SpreadsheetPort, UiPort, MenuPort, SpreadsheetAppPort,
  NamedRangePort, DeveloperMetadataPort, DeveloperMetadataFinderPort, DeveloperMetadataLocationPort,
  ConditionalFormatRulePort, ConditionalFormatRuleBuilderPort, BooleanConditionPort, GradientConditionPort,
  DataValidationPort, DataValidationBuilderPort, EmbeddedChartPort, ChartBuilderPort, ContainerInfoPort,
  ChartOptionsPort, TitledChartBuilderPort, AxisChartBuilderPort, StackedChartBuilderPort, PieChartBuilderPort,
  ProtectionPort, UserPort, HtmlOutputPort, HtmlServicePort, PropertiesPort, PropertiesServicePort,
  LockPort, LockServicePort, SessionPort, ScriptAppPort, PromptResponsePort,
} from '../src/sheet/ports.ts';

type Assert<T extends true> = T;
type Satisfies<Real, Port> = Real extends Port ? true : false;
type S = typeof GoogleAppsScript.Spreadsheet;

export type PortChecks = [
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Range, RangePort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.Ui, UiPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.Menu, MenuPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.PromptResponse, PromptResponsePort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.NamedRange, NamedRangePort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadataPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, DeveloperMetadataLocationPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ConditionalFormatRulePort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.BooleanCondition, BooleanConditionPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.GradientCondition, GradientConditionPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.DataValidation, DataValidationPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChart, EmbeddedChartPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.ContainerInfo, ContainerInfoPort>>,
  Assert<Satisfies<GoogleAppsScript.Charts.ChartOptions, ChartOptionsPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder, TitledChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder, AxisChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder, StackedChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder, StackedChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, StackedChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder, StackedChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder, PieChartBuilderPort>>,
  Assert<Satisfies<GoogleAppsScript.Spreadsheet.Protection, ProtectionPort>>,
  Assert<Satisfies<GoogleAppsScript.Base.User, UserPort>>,
  Assert<Satisfies<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputPort>>,
  Assert<Satisfies<GoogleAppsScript.HTML.HtmlService, HtmlServicePort>>,
  Assert<Satisfies<GoogleAppsScript.Properties.Properties, PropertiesPort>>,
  Assert<Satisfies<GoogleAppsScript.Properties.PropertiesService, PropertiesServicePort>>,
  Assert<Satisfies<GoogleAppsScript.Lock.Lock, LockPort>>,
  Assert<Satisfies<GoogleAppsScript.Lock.LockService, LockServicePort>>,
  Assert<Satisfies<GoogleAppsScript.Base.Session, SessionPort>>,
  Assert<Satisfies<GoogleAppsScript.Script.ScriptApp, ScriptAppPort>>,
];
export type EnumsUsed = S;
