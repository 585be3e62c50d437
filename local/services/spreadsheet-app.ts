/** SpreadsheetApp: the entry point Goalpost's sheet code is handed instead of the global. */
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import { LocalConditionalFormatRuleBuilder } from './conditional-format.ts';
import type { LocalContext } from './context.ts';
import { LocalDataValidationBuilder } from './data-validation.ts';
import * as enums from './enums.ts';
import type { LocalSheet } from './local-sheet.ts';
import type { LocalSpreadsheet } from './local-spreadsheet.ts';
import { LocalUi } from './ui.ts';

export class LocalSpreadsheetApp implements SpreadsheetAppPort {
  readonly [KIND] = 'SpreadsheetApp';
  readonly DeveloperMetadataVisibility = enums.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = enums.DeveloperMetadataLocationType;
  readonly ProtectionType = enums.ProtectionType;
  readonly InterpolationType = enums.InterpolationType;
  readonly BooleanCriteria = enums.BooleanCriteria;
  readonly DataValidationCriteria = enums.DataValidationCriteria;
  private readonly ui: LocalUi;

  constructor(private readonly ctx: LocalContext, addonName: string) {
    this.ui = new LocalUi(ctx.ui, addonName);
  }

  getActiveSpreadsheet(): LocalSpreadsheet { return this.ctx.spreadsheet(); }
  getActive(): LocalSpreadsheet { return this.ctx.spreadsheet(); }
  getActiveSheet(): LocalSheet { return this.ctx.spreadsheet().getActiveSheet(); }
  getUi(): LocalUi { return this.ui; }
  /** Applies pending changes: locally, brings every formula result up to date. */
  flush(): void { this.ctx.engine.sync(); }
  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder { return new LocalConditionalFormatRuleBuilder(this.ctx); }
  newDataValidation(): LocalDataValidationBuilder { return new LocalDataValidationBuilder(this.ctx); }
}
