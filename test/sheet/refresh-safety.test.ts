/**
 * Refresh on a table people have worked in: a damaged trend block is rebuilt, what a person
 * typed (values and formulas) stays and is named by cell, Goalpost's formulas are known by
 * their exact text (moved by a sort, or broken by a deleted column), people's conditional
 * format rules stay, and a malformed table is reported rather than dropped in silence.
 * Created on 2026-11-29, like goal-table.test.ts.
 */
import { readFileSync } from 'node:fs';
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
    // Z (the gap) through AN: the trend block and the two helper columns after it.
    sheet.deleteColumns(26, 15);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual(["Retail goals: the hidden trend block (KPI_SERIES, headed \"Trend data\") was missing: Goalpost rebuilt it in AA:AL"]);
    expect(sheet.getMaxColumns()).toBe(40);
    expect(sheet.getRange('AA2').getValue()).toBe('Trend data');
    expect(sheet.getRange('AA3').getFormula()).toMatch(/^=KPI_SERIES\(/);
    expect(sheet.getRange('X4').getFormula()).toBe(TREND_X4);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
  });
});

describe('a refresh never changes a cell a person typed, formulas included', () => {
  it('formulas typed in the Bar, Trend and computed columns stay, and are named', () => {
    const { app, sheet } = retail();
    const bar3 = sheet.getRange('W3').getFormula();
    sheet.getRange('W5').setFormula('=1+1');
    sheet.getRange('X6').setFormula('=SPARKLINE({1,2,3})');
    sheet.getRange('S12').setFormula('=ARRAYFORMULA(UPPER("mine"))');
    sheet.getRange('K12').setFormula('=KPI_LATEST(1,2,3)');
    const report = refreshTables(app, DEFAULT_COLOURS, TODAY).report;
    expect(sheet.getRange('W5').getFormula()).toBe('=1+1');
    expect(sheet.getRange('X6').getFormula()).toBe('=SPARKLINE({1,2,3})');
    expect(sheet.getRange('S12').getFormula()).toBe('=ARRAYFORMULA(UPPER("mine"))');
    expect(sheet.getRange('K12').getFormula()).toBe('=KPI_LATEST(1,2,3)');
    // Goalpost's own cells keep Goalpost's formulas.
    expect(sheet.getRange('W3').getFormula()).toBe(bar3);
    expect(sheet.getRange('K3').getFormula()).toMatch(/^=KPI_LATEST\('Retail goals log'/);
    expect(report).toEqual([
      "Retail goals: K12 holds a formula a person typed where Goalpost's Current column fills in from K3, blocking it: Goalpost left it; clear it to let the formula fill the column",
      "Retail goals: S12 holds a formula a person typed where Goalpost's Status column fills in from S3, blocking it: Goalpost left it; clear it to let the formula fill the column",
      'Retail goals: W5 holds a formula a person typed in the Bar column; Goalpost left it',
      'Retail goals: X6 holds a formula a person typed in the Trend column; Goalpost left it',
    ]);
  });

  it('a formula typed over a column\'s first cell stays, and is named', () => {
    const { app, sheet } = retail();
    sheet.getRange('R3').setFormula('=GOAL_EXPECTED(1, 2, 3)');
    const report = refreshTables(app, DEFAULT_COLOURS, TODAY).report;
    expect(sheet.getRange('R3').getFormula()).toBe('=GOAL_EXPECTED(1, 2, 3)');
    expect(report).toEqual([
      "Retail goals!R3 holds a formula a person typed over Goalpost's formula for the Expected column: Goalpost left it; clear the cell and Refresh to bring the column back",
    ]);
  });
});

describe('the report names every cell that blocks a column, and only those', () => {
  const blocked = (set: (sheet: ReturnType<typeof retail>['sheet']) => void) => {
    const { app, sheet } = retail();
    set(sheet);
    return { sheet, report: refreshTables(app, DEFAULT_COLOURS, TODAY).report };
  };

  it('a value in K12 is named; the errors it causes in Progress and Status are not typed values', () => {
    const { sheet, report } = blocked((sh) => sh.getRange('K12').setValue('typed'));
    expect(report).toEqual(["Retail goals: K12 holds a value a person typed where Goalpost's Current column fills in from K3, blocking it: Goalpost left it; clear it to let the formula fill the column"]);
    expect(sheet.getRange('K12').getValue()).toBe('typed');
  });

  it('a formula in K12 is named', () => {
    const { sheet, report } = blocked((sh) => sh.getRange('K12').setFormula('=1+1'));
    expect(report).toEqual(["Retail goals: K12 holds a formula a person typed where Goalpost's Current column fills in from K3, blocking it: Goalpost left it; clear it to let the formula fill the column"]);
    expect(sheet.getRange('K12').getFormula()).toBe('=1+1');
  });

  it('a value inside the hidden trend block is named', () => {
    const { sheet, report } = blocked((sh) => sh.getRange('AB10').setValue(3));
    expect(report).toEqual(["Retail goals: AB10 holds a value a person typed where Goalpost's hidden trend block (AA:AL) fills in from AA3, blocking it: Goalpost left it; clear it to let the formula fill the column"]);
    expect(sheet.getRange('AB10').getValue()).toBe(3);
  });

  it('values typed down a column are named as one range', () => {
    const { report } = blocked((sh) => sh.getRange('R9:R11').setValues([[1], [2], [3]]));
    expect(report).toEqual(["Retail goals: R9:R11 hold values a person typed where Goalpost's Expected column fills in from R3, blocking it: Goalpost left them; clear them to let the formula fill the column"]);
  });

  it('a formula a sort moved is named, cleared and put back in its own cell; a formula like it that a person typed is not Goalpost\'s', () => {
    const { sheet, report } = blocked((sh) => {
      const formula = sh.getRange('T3').getFormula();
      sh.getRange('T3').clearContent();
      sh.getRange('T5').setFormula(formula.replaceAll('3:', '5:'));
      sh.getRange('T9').setFormula(formula.replace('GOAL_OUTLOOK(', 'GOAL_OUTLOOK(1, '));
    });
    expect(sheet.getRange('T5').getFormula()).toBe('');
    expect(sheet.getRange('T3').getFormula()).toMatch(/^=ARRAYFORMULA\(GOAL_OUTLOOK\('Retail goals log'/);
    expect(sheet.getRange('T9').getFormula()).toMatch(/^=ARRAYFORMULA\(GOAL_OUTLOOK\(1, /);
    expect(report).toEqual([
      "Retail goals: T5 held Goalpost's Outlook formula, moved there by a sort: Goalpost cleared it and put the formula back in T3",
      "Retail goals: T9 holds a formula a person typed where Goalpost's Outlook column fills in from T3, blocking it: Goalpost left it; clear it to let the formula fill the column",
    ]);
  });
});

describe("people's conditional format rules stay, on Goalpost's columns too", () => {
  const describeRule = (r: ReturnType<ReturnType<typeof retail>['sheet']['getConditionalFormatRules']>[number]) => {
    const b = r.getBooleanCondition();
    return [String(b?.getCriteriaType()), String(b?.getCriteriaValues()[0]), b?.getBackground() ?? '', b?.getFontColor() ?? '', b?.getBold() ? 'bold' : '', r.getRanges().map((x) => x.getA1Notation()).join(',')].join(' ');
  };

  it('a rule on Status, Stale or Outlook that Goalpost did not make is kept, in its order; Goalpost\'s are written once', () => {
    const { app, sheet } = retail();
    const risk = app.newConditionalFormatRule().whenTextContains('risk').setBold(true).setRanges([sheet.getRange('S3:S1000')]).build();
    const blue = app.newConditionalFormatRule().whenTextEqualTo('On track').setBackground('#0000ff').setRanges([sheet.getRange('S3:S')]).build();
    const stale = app.newConditionalFormatRule().whenTextEqualTo('Stale').setBackground('#fce8b2').setFontColor('#b06000').setBold(true).setRanges([sheet.getRange('U3:U')]).build();
    const ours = sheet.getConditionalFormatRules().map(describeRule);
    sheet.setConditionalFormatRules([risk, ...sheet.getConditionalFormatRules(), blue, stale]);
    const mine = [risk, blue, stale].map(describeRule);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(sheet.getConditionalFormatRules().map(describeRule)).toEqual([...mine, ...ours]);
  });

  it('colours changed in the preferences replace Goalpost\'s old rules, not add to them', () => {
    const { app, sheet } = retail();
    const blue = app.newConditionalFormatRule().whenTextEqualTo('On track').setBackground('#0000ff').setRanges([sheet.getRange('S3:S')]).build();
    sheet.setConditionalFormatRules([blue, ...sheet.getConditionalFormatRules()]);
    const count = sheet.getConditionalFormatRules().length;
    const green = { ...DEFAULT_COLOURS, 'On track': '#00ff00' };
    refreshTables(app, green, TODAY);
    const purple = { ...green, 'At risk': '#800080' };
    refreshTables(app, purple, TODAY);
    const rules = sheet.getConditionalFormatRules().map(describeRule);
    expect(rules).toHaveLength(count);
    expect(rules[0]).toBe(describeRule(blue));
    expect(rules).toContain('TEXT_EQUAL_TO On track #00ff00 #ffffff  S3:S1000');
    expect(rules).toContain('TEXT_EQUAL_TO At risk #800080 #202124  S3:S1000');
  });
});

describe('a malformed table is reported by cell or by sheet, never dropped in silence', () => {
  it('text in Start or Due that is not a date is named (an ISO date typed as text reads as a date)', () => {
    const { app, sheet } = retail();
    sheet.getRange('M4').setValue('soon');
    sheet.getRange('N5').setValue("'2026-12-31");
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual(['Retail goals!M4: Start "soon" is text, not a date: type a date such as 2026-12-31']);
  });

  it('a cycle of parents shows the ids as they are typed', () => {
    const { app, sheet } = retail();
    sheet.getRange('B3').setValue('R1');
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual(['Retail goals: the parents of A3, A4 form a cycle (R → R1 → R): a goal cannot be its own ancestor']);
  });

  it("an edited KPI log header is named by cell", () => {
    const { app } = retail();
    app.getActiveSpreadsheet().getSheetByName('Retail goals log')?.getRange('B1').setValue('Key');
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([
      'Retail goals log!B1: the KPI log\'s header reads "Key", not "Goal id": Goalpost reads the log by position (Date, Goal id, Value, Confidence, Note, Who); type the header back',
    ]);
  });

  it('unreadable table metadata is reported by sheet, and the table left alone', () => {
    const { app, sheet } = retail();
    const ss = app.getActiveSpreadsheet();
    ss.createDeveloperMetadataFinder().withKey('goalpost.table').find()[0]?.setValue('{oops');
    const before = sheet.getDataRange().getFormulas();
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.tables).toBe(0);
    expect(result.report).toEqual([
      "Retail goals: Goalpost's mark on its header row (row 2) is unreadable, so it is no longer found as a goal table: Refresh left it alone (undo the change, or use Adopt this sheet)",
    ]);
    expect(sheet.getDataRange().getFormulas()).toEqual(before);
  });

  it('a deleted header row is reported by sheet, and the sheet left alone', () => {
    const { app, sheet } = retail();
    sheet.deleteRow(2);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.tables).toBe(0);
    expect(result.report).toEqual([
      'Retail goals: the header row that made it a goal table was deleted (its KPI log "Retail goals log" is still there): Refresh left it alone (undo the deletion, or use Adopt this sheet)',
    ]);
  });

  it('a deleted goal sheet whose log stays is reported by the log', () => {
    const { app } = retail();
    const ss = app.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Retail goals') as NonNullable<ReturnType<typeof ss.getSheetByName>>);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([
      'Retail goals log: the goal table this KPI log belongs to was deleted: Refresh left the log alone',
    ]);
  });
});

it("README shows the Retail table's formulas as Goalpost writes them", () => {
  const { sheet } = retail();
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.slice(readme.indexOf('```\nCurrent       ='), readme.indexOf('```', readme.indexOf('```\nCurrent       =') + 3));
  const shown = Object.fromEntries(block.split('\n').slice(1).filter(Boolean).map((l) => [l.slice(0, 14).trim(), l.slice(14)]));
  const log = "'Retail goals log'!$A$2:$A, 'Retail goals log'!$C$2:$C, 'Retail goals log'!$B$2:$B";
  for (const [label, a1] of [['Current', 'K3'], ['Progress', 'Q3'], ['Status', 'S3'], ['Stale', 'U3'], ['Trend (row 4)', 'X4']] as const) {
    expect(shown[label]?.replace('<log>', log), label).toBe(sheet.getRange(a1).getFormula());
  }
  expect(sheet.getRange('W4').getFormula().startsWith(String(shown['Bar (row 4)']).split('…')[0] as string)).toBe(true);
});
