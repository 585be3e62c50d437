/** Builders and per-sheet lists: conditional formats, data validation, charts, protections, named ranges. */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

describe('conditional format rules', () => {
  it('builder criteria read back as Apps Script gives them', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    const cases: Array<[ReturnType<typeof app.newConditionalFormatRule>, string, unknown[]]> = [
      [app.newConditionalFormatRule().whenNumberBetween(1, 10), 'NUMBER_BETWEEN', [1, 10]],
      [app.newConditionalFormatRule().whenTextContains('risk'), 'TEXT_CONTAINS', ['risk']],
      [app.newConditionalFormatRule().whenCellEmpty(), 'CELL_EMPTY', []],
      [app.newConditionalFormatRule().withCriteria(app.BooleanCriteria.NUMBER_LESS_THAN, [0.5]), 'NUMBER_LESS_THAN', [0.5]],
    ];
    for (const [builder, type, values] of cases) {
      const rule = builder.setRanges([sheet.getRange('A1:A5')]).setBackground('#fce8e6').build();
      const condition = rule.getBooleanCondition();
      expect([String(condition?.getCriteriaType()), condition?.getCriteriaValues(), condition?.getBackground()]).toEqual([type, values, '#fce8e6']);
    }
  });

  it('copy() derives a new rule and leaves the old one alone', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$B2<$C2').setFontColor('#d93025').setRanges([sheet.getRange('A2:C9')]).build();
    const bolder = rule.copy().setBold(true).build();
    expect([rule.getBooleanCondition()?.getBold(), bolder.getBooleanCondition()?.getBold(), bolder.getBooleanCondition()?.getFontColor()]).toEqual([null, true, '#d93025']);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule, bolder]);
    expect(sheet.getConditionalFormatRules().length).toBe(2);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('a rule whose ranges are on another sheet cannot be set here', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const other = app.getActiveSpreadsheet().insertSheet('Other');
    const rule = app.newConditionalFormatRule().whenCellNotEmpty().setRanges([other.getRange('A1')]).build();
    expect(() => firstSheet(s).setConditionalFormatRules([rule])).toThrow();
  });
});

describe('data validation', () => {
  it.each([
    ['requireCheckbox()', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireCheckbox(), 'CHECKBOX', []],
    ['requireCheckbox(yes, no)', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireCheckbox('yes', 'no'), 'CHECKBOX', ['yes', 'no']],
    ['requireNumberBetween', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireNumberBetween(0, 1), 'NUMBER_BETWEEN', [0, 1]],
    ['requireTextIsEmail', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireTextIsEmail(), 'TEXT_IS_VALID_EMAIL', []],
    ['requireFormulaSatisfied', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireFormulaSatisfied('=A1>0'), 'CUSTOM_FORMULA', ['=A1>0']],
    ['requireValueInList default dropdown', (b: ReturnType<ReturnType<typeof localWith>['SpreadsheetApp']['newDataValidation']>) => b.requireValueInList(['a', 'b']), 'VALUE_IN_LIST', [['a', 'b'], true]],
  ])('%s', (_name, make, type, values) => {
    const s = localWith();
    const rule = make(s.SpreadsheetApp.newDataValidation()).build();
    expect([String(rule.getCriteriaType()), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual([type, values, true, '']);
  });

  it('date criteria come back as Dates and ranges as Ranges', () => {
    const s = localWith({ timeZone: 'Asia/Tokyo' });
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    const day = new Date(Date.UTC(2026, 0, 14, 15));
    const byDate = app.newDataValidation().requireDateAfter(day).build();
    expect(byDate.getCriteriaValues()).toEqual([day]);
    const byRange = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z4'), false).build();
    const [range, dropdown] = byRange.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect([range.getA1Notation(), dropdown]).toEqual(['Z1:Z4', false]);
  });

  it('a requireValueInRange source range follows inserted rows', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('Z2:Z5')).build());
    sheet.insertRowsBefore(1, 3);
    const [range] = sheet.getRange('A4').getDataValidation()?.getCriteriaValues() as [{ getA1Notation(): string }];
    expect(range.getA1Notation()).toBe('Z5:Z8');
  });

  it('insertCheckboxes puts FALSE in the cells and a checkbox rule', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(String(sheet.getRange('A2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    sheet.getRange('A1:A2').clearDataValidations();
    expect(sheet.getRange('A1:A2').getDataValidations()).toEqual([[null], [null]]);
  });
});

describe('charts', () => {
  it('typed builders keep their options and every chart gets its own id', () => {
    const s = localWith();
    const sheet = firstSheet(s);
    const pie = sheet.newChart().asPieChart().setTitle('Share').set3D().setColors(['#34a853', '#ea4335']).addRange(sheet.getRange('A1:B4')).build();
    const column = sheet.newChart().asColumnChart().setStacked().setXAxisTitle('Goal').setYAxisTitle('Progress').setRange(0, 1).addRange(sheet.getRange('A1:C4')).build();
    sheet.insertChart(pie);
    sheet.insertChart(column);
    const [a, b] = s.local.charts('Sheet1');
    expect(a).toMatchObject({ type: 'PIE', options: { title: 'Share', is3D: true, colors: ['#34a853', '#ea4335'] } });
    expect(b).toMatchObject({ type: 'COLUMN', options: { isStacked: true, 'hAxis.title': 'Goal', 'vAxis.title': 'Progress', 'vAxis.viewWindow.min': 0, 'vAxis.viewWindow.max': 1 } });
    const ids = sheet.getCharts().map((c) => c.getChartId());
    expect(new Set(ids).size).toBe(2);
    expect(pie.getChartId()).toBe(ids[0]);
  });
});

describe('protections', () => {
  it('a sheet protection with unprotected ranges and editors', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    const p = sheet.protect().setDescription('goalpost:template').setUnprotectedRanges([sheet.getRange('B2:D9')]);
    p.addEditor('ana@example.com').addEditors(['bo@example.com']);
    p.removeEditors(p.getEditors().filter((u) => u.getEmail() === 'bo@example.com'));
    const found = sheet.getProtections(app.ProtectionType.SHEET)[0];
    expect([found?.getDescription(), found?.getUnprotectedRanges().map((r) => r.getA1Notation()), found?.getEditors().map((u) => u.getEmail())]).toEqual(['goalpost:template', ['B2:D9'], ['ana@example.com']]);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toEqual([]);
    expect(app.getActiveSpreadsheet().getProtections(app.ProtectionType.SHEET).length).toBe(1);
    found?.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});

describe('named ranges', () => {
  it('set, list, rename, repoint and remove', () => {
    const s = localWith();
    const ss = s.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = firstSheet(s);
    ss.setNamedRange('Targets', sheet.getRange('C2:C9'));
    const named = ss.getNamedRanges()[0];
    expect([named?.getName(), named?.getRange().getA1Notation()]).toEqual(['Targets', 'C2:C9']);
    named?.setName('Goals_Targets').setRange(sheet.getRange('D2:D9'));
    expect(ss.getRangeByName('Goals_Targets')?.getA1Notation()).toBe('D2:D9');
    expect(sheet.getNamedRanges().map((n) => n.getName())).toEqual(['Goals_Targets']);
    expect(() => ss.setNamedRange('A1', sheet.getRange('A1'))).toThrow('The range name is invalid.');
    named?.remove();
    expect(ss.getRangeByName('Goals_Targets')).toBeNull();
  });
});
