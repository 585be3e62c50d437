/**
 * Refresh on a table people have worked in: a damaged trend block is rebuilt, what a person
 * typed (values and formulas) stays and is named by cell, Goalpost's formulas are known by
 * their exact text (moved by a sort, or broken by a deleted column), people's conditional
 * format rules stay, and a malformed table is reported rather than dropped in silence.
 * Created on 2026-11-29, like goal-table.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices, type LocalServices } from '../../local/index.ts';
import { dayFromYmd } from '../../src/core/dates.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { createTable } from '../../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { refreshTables } from '../../src/sheet/table-refresh.ts';

const TODAY = dayFromYmd(2026, 11, 29);

function retail(): { s: LocalServices; app: SpreadsheetAppPort; sheet: ReturnType<typeof createTable>['sheet'] } {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  const app = s.SpreadsheetApp as unknown as SpreadsheetAppPort;
  const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
  return { s, app, sheet };
}

const TREND_X4 = '=IF(COUNT(AA4:AL4)<2, "", SPARKLINE(AA4:AL4, {"charttype","line";"empty","ignore";"linewidth",2;"color","#4285f4"}))';

describe('a damaged trend block is rebuilt, never a crash', () => {
  it('its header cleared: the block is found by its formula and the header comes back', () => {
    const { s, app, sheet } = retail();
    sheet.getRange('AA2').setValue('');
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual([]);
    expect(sheet.getRange('AA2').getValue()).toBe('Trend data');
    expect(sheet.getRange('AA3').getFormula()).toMatch(/^=KPI_SERIES\(/);
    expect(sheet.getRange('X4').getFormula()).toBe(TREND_X4);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
  });

  it('its columns deleted: the sheet grows, the block is rebuilt, the trend charts read it again, and the report says so', () => {
    const { s, app, sheet } = retail();
    sheet.deleteColumns(26, 13);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual(["Retail goals: the hidden trend block (KPI_SERIES, headed \"Trend data\") was missing: Goalpost rebuilt it in AA:AL"]);
    expect(sheet.getMaxColumns()).toBe(38);
    expect(sheet.getRange('AA2').getValue()).toBe('Trend data');
    expect(sheet.getRange('AA3').getFormula()).toMatch(/^=KPI_SERIES\(/);
    expect(sheet.getRange('X4').getFormula()).toBe(TREND_X4);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
  });
});
