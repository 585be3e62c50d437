/**
 * The slice of the Apps Script services that Goalpost's sheet code calls. Each port lists
 * only the methods used, with the signatures of @types/google-apps-script; returned
 * objects are ports too, so the local spreadsheet (local/) can implement them without the
 * other 400 methods. test/ports.typecheck.ts (compiled by `npm run typecheck`) checks that
 * the real Apps Script types satisfy every port, so code written against a port runs
 * against real Sheets.
 */

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

// ---------------------------------------------------------------------------------------
// Extensions (local spreadsheet issue): the rest of the surface Goalpost's sheet code may
// call. Enum-typed parameters use the Apps Script enums; at run time they are opaque
// values read from the injected service (e.g. `app.DeveloperMetadataVisibility.DOCUMENT`).
// Builders and typed chart builders return `this` where Apps Script returns the same kind.
// ---------------------------------------------------------------------------------------

export type MetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
export type MetadataLocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
export type ProtectionTypeEnum = GoogleAppsScript.Spreadsheet.ProtectionType;
export type InterpolationTypeEnum = GoogleAppsScript.Spreadsheet.InterpolationType;
export type BooleanCriteriaEnum = GoogleAppsScript.Spreadsheet.BooleanCriteria;
export type DataValidationCriteriaEnum = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** Range methods beyond RangePort's first cut. */
export interface RangePort {
  getSheet(): SheetPort;
  getValue(): unknown;
  getDisplayValue(): string;
  getFormula(): string;
  getLastRow(): number;
  getLastColumn(): number;
  getCell(row: number, column: number): RangePort;
  offset(rowOffset: number, columnOffset: number): RangePort;
  offset(rowOffset: number, columnOffset: number, numRows: number): RangePort;
  offset(rowOffset: number, columnOffset: number, numRows: number, numColumns: number): RangePort;
  isBlank(): boolean;
  getNumberFormat(): string;
  getNumberFormats(): string[][];
  getBackground(): string;
  getBackgrounds(): string[][];
  setBackgrounds(color: Array<Array<string | null>>): RangePort;
  setFontColor(color: string | null): RangePort;
  setFontColors(colors: unknown[][]): RangePort;
  /** Deprecated in Apps Script in favour of colour objects, but still there and simplest to test. */
  getFontColor(): string;
  getFontColors(): string[][];
  getFontWeight(): string;
  getFontWeights(): string[][];
  setFontWeights(fontWeights: Array<Array<'normal' | 'bold' | null>>): RangePort;
  getFontStyle(): string;
  setFontStyle(fontStyle: 'normal' | 'italic' | null): RangePort;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangePort;
  getWrap(): boolean;
  getNote(): string;
  getNotes(): string[][];
  setNotes(notes: Array<Array<string | null>>): RangePort;
  clearNote(): RangePort;
  getDataValidation(): DataValidationPort | null;
  getDataValidations(): Array<Array<DataValidationPort | null>>;
  setDataValidation(rule: DataValidationPort | null): RangePort;
  setDataValidations(rules: Array<Array<DataValidationPort | null>>): RangePort;
  clearDataValidations(): RangePort;
  insertCheckboxes(): RangePort;
  clear(options: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): RangePort;
  clearContent(): RangePort;
  clearFormat(): RangePort;
  addDeveloperMetadata(key: string): RangePort;
  addDeveloperMetadata(key: string, visibility: MetadataVisibility): RangePort;
  addDeveloperMetadata(key: string, value: string): RangePort;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): RangePort;
  getDeveloperMetadata(): DeveloperMetadataPort[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinderPort;
  protect(): ProtectionPort;
  /** Selects the range (its top-left cell current) and shows its sheet. */
  activate(): RangePort;
  /** Sorts the rows by a column number, a { column, ascending } spec, or an array of them. */
  sort(sortSpecObj: number | { column: number; ascending?: boolean } | ReadonlyArray<number | { column: number; ascending?: boolean }>): RangePort;
}

export interface SheetPort {
  getSheetId(): number;
  /** A copy of the sheet ("Copy of <name>", with its metadata) in the spreadsheet given. */
  copyTo(spreadsheet: SpreadsheetPort): SheetPort;
  getIndex(): number;
  getParent(): SpreadsheetPort;
  setName(name: string): SheetPort;
  getMaxRows(): number;
  getMaxColumns(): number;
  getDataRange(): RangePort;
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][];
  getFrozenRows(): number;
  getFrozenColumns(): number;
  setFrozenColumns(columns: number): void;
  insertRowBefore(beforePosition: number): SheetPort;
  insertRowAfter(afterPosition: number): SheetPort;
  insertRowsBefore(beforePosition: number, howMany: number): SheetPort;
  insertRowsAfter(afterPosition: number, howMany: number): SheetPort;
  insertRows(rowIndex: number): void;
  insertRows(rowIndex: number, numRows: number): void;
  deleteRow(rowPosition: number): SheetPort;
  deleteRows(rowPosition: number, howMany: number): void;
  insertColumnBefore(beforePosition: number): SheetPort;
  insertColumnAfter(afterPosition: number): SheetPort;
  insertColumnsBefore(beforePosition: number, howMany: number): SheetPort;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetPort;
  insertColumns(columnIndex: number): void;
  insertColumns(columnIndex: number, numColumns: number): void;
  deleteColumn(columnPosition: number): SheetPort;
  deleteColumns(columnPosition: number, howMany: number): void;
  appendRow(rowContents: unknown[]): SheetPort;
  hideSheet(): SheetPort;
  showSheet(): SheetPort;
  isSheetHidden(): boolean;
  hideRows(rowIndex: number): void;
  hideRows(rowIndex: number, numRows: number): void;
  showRows(rowIndex: number): void;
  showRows(rowIndex: number, numRows: number): void;
  isRowHiddenByUser(rowPosition: number): boolean;
  hideColumns(columnIndex: number): void;
  hideColumns(columnIndex: number, numColumns: number): void;
  showColumns(columnIndex: number): void;
  showColumns(columnIndex: number, numColumns: number): void;
  isColumnHiddenByUser(columnPosition: number): boolean;
  getColumnWidth(columnPosition: number): number;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetPort;
  clear(options: { formatOnly?: boolean; contentsOnly?: boolean }): SheetPort;
  clearContents(): SheetPort;
  clearFormats(): SheetPort;
  clearNotes(): SheetPort;
  getConditionalFormatRules(): ConditionalFormatRulePort[];
  setConditionalFormatRules(rules: ConditionalFormatRulePort[]): void;
  clearConditionalFormatRules(): void;
  newChart(): ChartBuilderPort;
  insertChart(chart: EmbeddedChartPort): void;
  getCharts(): EmbeddedChartPort[];
  updateChart(chart: EmbeddedChartPort): void;
  removeChart(chart: EmbeddedChartPort): void;
  protect(): ProtectionPort;
  getProtections(type: ProtectionTypeEnum): ProtectionPort[];
  addDeveloperMetadata(key: string): SheetPort;
  addDeveloperMetadata(key: string, visibility: MetadataVisibility): SheetPort;
  addDeveloperMetadata(key: string, value: string): SheetPort;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): SheetPort;
  getDeveloperMetadata(): DeveloperMetadataPort[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinderPort;
  getNamedRanges(): NamedRangePort[];
}

export interface SpreadsheetPort {
  getId(): string;
  getName(): string;
  rename(newName: string): void;
  getUrl(): string;
  getSheets(): SheetPort[];
  getNumSheets(): number;
  getSheetById(id: number): SheetPort | null;
  getActiveSheet(): SheetPort;
  setActiveSheet(sheet: SheetPort): SheetPort;
  /** The selection in the active sheet; null when there is none. */
  getActiveRange(): RangePort | null;
  insertSheet(): SheetPort;
  insertSheet(sheetIndex: number): SheetPort;
  insertSheet(sheetName: string, sheetIndex: number): SheetPort;
  deleteSheet(sheet: SheetPort): void;
  /** A copy of the active sheet right after it, made active. */
  duplicateActiveSheet(): SheetPort;
  setSpreadsheetTimeZone(timezone: string): void;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
  getRange(a1Notation: string): RangePort;
  getRangeByName(name: string): RangePort | null;
  setNamedRange(name: string, range: RangePort): void;
  getNamedRanges(): NamedRangePort[];
  removeNamedRange(name: string): void;
  addDeveloperMetadata(key: string): SpreadsheetPort;
  addDeveloperMetadata(key: string, visibility: MetadataVisibility): SpreadsheetPort;
  addDeveloperMetadata(key: string, value: string): SpreadsheetPort;
  addDeveloperMetadata(key: string, value: string, visibility: MetadataVisibility): SpreadsheetPort;
  getDeveloperMetadata(): DeveloperMetadataPort[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinderPort;
  getProtections(type: ProtectionTypeEnum): ProtectionPort[];
}

export interface MenuPort {
  addSubMenu(menu: MenuPort): MenuPort;
}

export interface UiPort {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): MenuPort;
  alert(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  showSidebar(userInterface: HtmlOutputPort): void;
  showModalDialog(userInterface: HtmlOutputPort, title: string): void;
  prompt(prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponsePort;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponsePort;
}

/** What a person typed in a prompt, and the button they closed it with. */
export interface PromptResponsePort {
  getResponseText(): string;
  getSelectedButton(): GoogleAppsScript.Base.Button;
}

export interface SpreadsheetAppPort {
  DeveloperMetadataVisibility: typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  DeveloperMetadataLocationType: typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  InterpolationType: typeof GoogleAppsScript.Spreadsheet.InterpolationType;
  BooleanCriteria: typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  getActive(): SpreadsheetPort;
  getActiveSheet(): SheetPort;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderPort;
  newDataValidation(): DataValidationBuilderPort;
}

export interface NamedRangePort {
  getName(): string;
  getRange(): RangePort;
  remove(): void;
  setName(name: string): NamedRangePort;
  setRange(range: RangePort): NamedRangePort;
}

export interface DeveloperMetadataLocationPort {
  getLocationType(): MetadataLocationType;
  getRow(): RangePort | null;
  getColumn(): RangePort | null;
  getSheet(): SheetPort | null;
  getSpreadsheet(): SpreadsheetPort | null;
}

export interface DeveloperMetadataPort {
  getId(): number;
  getKey(): string;
  getValue(): string | null;
  getVisibility(): MetadataVisibility;
  getLocation(): DeveloperMetadataLocationPort;
  setKey(key: string): DeveloperMetadataPort;
  setValue(value: string): DeveloperMetadataPort;
  setVisibility(visibility: MetadataVisibility): DeveloperMetadataPort;
  moveToRow(row: RangePort): DeveloperMetadataPort;
  moveToColumn(column: RangePort): DeveloperMetadataPort;
  moveToSheet(sheet: SheetPort): DeveloperMetadataPort;
  moveToSpreadsheet(): DeveloperMetadataPort;
  remove(): void;
}

export interface DeveloperMetadataFinderPort {
  find(): DeveloperMetadataPort[];
  onIntersectingLocations(): DeveloperMetadataFinderPort;
  withId(id: number): DeveloperMetadataFinderPort;
  withKey(key: string): DeveloperMetadataFinderPort;
  withValue(value: string): DeveloperMetadataFinderPort;
  withLocationType(locationType: MetadataLocationType): DeveloperMetadataFinderPort;
  withVisibility(visibility: MetadataVisibility): DeveloperMetadataFinderPort;
}

export interface BooleanConditionPort {
  getCriteriaType(): BooleanCriteriaEnum;
  getCriteriaValues(): unknown[];
  getBackground(): string | null;
  getFontColor(): string | null;
  getBold(): boolean | null;
  getItalic(): boolean | null;
  getStrikethrough(): boolean | null;
  getUnderline(): boolean | null;
}

export interface GradientConditionPort {
  getMinColor(): string;
  getMinType(): InterpolationTypeEnum | null;
  getMinValue(): string;
  getMidColor(): string;
  getMidType(): InterpolationTypeEnum | null;
  getMidValue(): string;
  getMaxColor(): string;
  getMaxType(): InterpolationTypeEnum | null;
  getMaxValue(): string;
}

export interface ConditionalFormatRulePort {
  copy(): ConditionalFormatRuleBuilderPort;
  getBooleanCondition(): BooleanConditionPort | null;
  getGradientCondition(): GradientConditionPort | null;
  getRanges(): RangePort[];
}

export interface ConditionalFormatRuleBuilderPort {
  build(): ConditionalFormatRulePort;
  copy(): ConditionalFormatRuleBuilderPort;
  getBooleanCondition(): BooleanConditionPort | null;
  getGradientCondition(): GradientConditionPort | null;
  getRanges(): RangePort[];
  setRanges(ranges: RangePort[]): ConditionalFormatRuleBuilderPort;
  setBackground(color: string | null): ConditionalFormatRuleBuilderPort;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderPort;
  setBold(bold: boolean | null): ConditionalFormatRuleBuilderPort;
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilderPort;
  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilderPort;
  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilderPort;
  setGradientMinpoint(color: string): ConditionalFormatRuleBuilderPort;
  setGradientMaxpoint(color: string): ConditionalFormatRuleBuilderPort;
  setGradientMinpointWithValue(color: string, type: InterpolationTypeEnum, value: string): ConditionalFormatRuleBuilderPort;
  setGradientMidpointWithValue(color: string, type: InterpolationTypeEnum, value: string): ConditionalFormatRuleBuilderPort;
  setGradientMaxpointWithValue(color: string, type: InterpolationTypeEnum, value: string): ConditionalFormatRuleBuilderPort;
  whenCellEmpty(): ConditionalFormatRuleBuilderPort;
  whenCellNotEmpty(): ConditionalFormatRuleBuilderPort;
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderPort;
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilderPort;
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilderPort;
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilderPort;
  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilderPort;
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilderPort;
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilderPort;
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilderPort;
  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilderPort;
  whenTextContains(text: string): ConditionalFormatRuleBuilderPort;
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilderPort;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderPort;
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilderPort;
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilderPort;
  withCriteria(criteria: BooleanCriteriaEnum, args: unknown[]): ConditionalFormatRuleBuilderPort;
}

export interface DataValidationPort {
  copy(): DataValidationBuilderPort;
  getAllowInvalid(): boolean;
  getCriteriaType(): DataValidationCriteriaEnum;
  getCriteriaValues(): unknown[];
  getHelpText(): string;
}

export interface DataValidationBuilderPort {
  build(): DataValidationPort;
  copy(): DataValidationBuilderPort;
  getAllowInvalid(): boolean;
  getCriteriaType(): DataValidationCriteriaEnum;
  getCriteriaValues(): unknown[];
  getHelpText(): string | null;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderPort;
  setHelpText(helpText: string): DataValidationBuilderPort;
  requireCheckbox(): DataValidationBuilderPort;
  requireCheckbox(checkedValue: unknown): DataValidationBuilderPort;
  requireCheckbox(checkedValue: unknown, uncheckedValue: unknown): DataValidationBuilderPort;
  requireDate(): DataValidationBuilderPort;
  requireDateAfter(date: Date): DataValidationBuilderPort;
  requireDateBefore(date: Date): DataValidationBuilderPort;
  requireDateBetween(start: Date, end: Date): DataValidationBuilderPort;
  requireDateOnOrAfter(date: Date): DataValidationBuilderPort;
  requireDateOnOrBefore(date: Date): DataValidationBuilderPort;
  requireFormulaSatisfied(formula: string): DataValidationBuilderPort;
  requireNumberBetween(start: number, end: number): DataValidationBuilderPort;
  requireNumberNotBetween(start: number, end: number): DataValidationBuilderPort;
  requireNumberEqualTo(number: number): DataValidationBuilderPort;
  requireNumberNotEqualTo(number: number): DataValidationBuilderPort;
  requireNumberGreaterThan(number: number): DataValidationBuilderPort;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderPort;
  requireNumberLessThan(number: number): DataValidationBuilderPort;
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderPort;
  requireTextContains(text: string): DataValidationBuilderPort;
  requireTextDoesNotContain(text: string): DataValidationBuilderPort;
  requireTextEqualTo(text: string): DataValidationBuilderPort;
  requireTextIsEmail(): DataValidationBuilderPort;
  requireTextIsUrl(): DataValidationBuilderPort;
  requireValueInList(values: string[]): DataValidationBuilderPort;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderPort;
  requireValueInRange(range: RangePort): DataValidationBuilderPort;
  requireValueInRange(range: RangePort, showDropdown: boolean): DataValidationBuilderPort;
  withCriteria(criteria: DataValidationCriteriaEnum, args: unknown[]): DataValidationBuilderPort;
}

export interface ContainerInfoPort {
  getAnchorRow(): number;
  getAnchorColumn(): number;
  getOffsetX(): number;
  getOffsetY(): number;
}

export interface ChartOptionsPort {
  get(option: string): unknown;
}

export interface EmbeddedChartPort {
  getChartId(): number | null;
  getContainerInfo(): ContainerInfoPort;
  getNumHeaders(): number;
  getOptions(): ChartOptionsPort;
  getRanges(): RangePort[];
  getTransposeRowsAndColumns(): boolean;
  modify(): ChartBuilderPort;
}

/** The chart builder from `sheet.newChart()` and `chart.modify()` (Apps Script's EmbeddedChartBuilder). */
export interface ChartBuilderPort {
  addRange(range: RangePort): ChartBuilderPort;
  removeRange(range: RangePort): ChartBuilderPort;
  clearRanges(): ChartBuilderPort;
  getRanges(): RangePort[];
  getContainer(): ContainerInfoPort;
  setNumHeaders(headers: number): ChartBuilderPort;
  setOption(option: string, value: unknown): ChartBuilderPort;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderPort;
  setTransposeRowsAndColumns(transpose: boolean): ChartBuilderPort;
  asAreaChart(): StackedChartBuilderPort;
  asBarChart(): StackedChartBuilderPort;
  asColumnChart(): StackedChartBuilderPort;
  asComboChart(): StackedChartBuilderPort;
  asLineChart(): AxisChartBuilderPort;
  asPieChart(): PieChartBuilderPort;
  build(): EmbeddedChartPort;
}

/** What every typed builder Goalpost uses (area, bar, column, combo, line, pie) offers. */
export interface TitledChartBuilderPort extends ChartBuilderPort {
  setTitle(chartTitle: string): this;
  setColors(cssValues: string[]): this;
  setBackgroundColor(cssValue: string): this;
  reverseCategories(): this;
}

export interface AxisChartBuilderPort extends TitledChartBuilderPort {
  setXAxisTitle(title: string): this;
  setYAxisTitle(title: string): this;
  setRange(start: number, end: number): this;
  useLogScale(): this;
}

export interface StackedChartBuilderPort extends AxisChartBuilderPort {
  setStacked(): this;
}

export interface PieChartBuilderPort extends TitledChartBuilderPort {
  set3D(): this;
}

export interface UserPort {
  getEmail(): string;
}

export interface ProtectionPort {
  addEditor(emailAddress: string): ProtectionPort;
  addEditors(emailAddresses: string[]): ProtectionPort;
  removeEditor(emailAddress: string): ProtectionPort;
  removeEditors(emailAddresses: string[]): ProtectionPort;
  removeEditors(users: UserPort[]): ProtectionPort;
  getEditors(): UserPort[];
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionPort;
  canEdit(): boolean;
  getDescription(): string;
  setDescription(description: string): ProtectionPort;
  getProtectionType(): ProtectionTypeEnum;
  getRange(): RangePort;
  setRange(range: RangePort): ProtectionPort;
  getUnprotectedRanges(): RangePort[];
  setUnprotectedRanges(ranges: RangePort[]): ProtectionPort;
  isWarningOnly(): boolean;
  setWarningOnly(warningOnly: boolean): ProtectionPort;
  remove(): void;
}

export interface HtmlOutputPort {
  getContent(): string;
  setContent(content: string): HtmlOutputPort;
  append(addedContent: string): HtmlOutputPort;
  getTitle(): string;
  setTitle(title: string): HtmlOutputPort;
  getWidth(): number;
  setWidth(width: number): HtmlOutputPort;
  getHeight(): number;
  setHeight(height: number): HtmlOutputPort;
}

export interface HtmlServicePort {
  createHtmlOutput(html: string): HtmlOutputPort;
  createHtmlOutputFromFile(filename: string): HtmlOutputPort;
}

export interface PropertiesPort {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesPort;
  getProperties(): { [key: string]: string };
  setProperties(properties: { [key: string]: string }): PropertiesPort;
  setProperties(properties: { [key: string]: string }, deleteAllOthers: boolean): PropertiesPort;
  deleteProperty(key: string): PropertiesPort;
  deleteAllProperties(): PropertiesPort;
  getKeys(): string[];
}

export interface PropertiesServicePort {
  getDocumentProperties(): PropertiesPort;
  getUserProperties(): PropertiesPort;
  getScriptProperties(): PropertiesPort;
}

export interface LockPort {
  tryLock(timeoutInMillis: number): boolean;
  waitLock(timeoutInMillis: number): void;
  hasLock(): boolean;
  releaseLock(): void;
}

export interface LockServicePort {
  getDocumentLock(): LockPort;
  getScriptLock(): LockPort;
  getUserLock(): LockPort;
}

export interface SessionPort {
  getActiveUser(): UserPort;
  getEffectiveUser(): UserPort;
  getActiveUserLocale(): string;
  getScriptTimeZone(): string;
  getTemporaryActiveUserKey(): string;
}

export interface ScriptAppPort {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
}
