import { equal, ok } from './assert.ts';
import type { PlatformCase } from './case.ts';

export const RULE_CASES: readonly PlatformCase[] = [
  {
    name: 'setConditionalFormatRules replaces every rule',
    fact: '§4 Conditional format rule builder [DOC]: "sheet.setConditionalFormatRules(rules) replaces ALL rules, evaluated in array order."',
    run: ({ app, sheet }) => {
      const rule = (color: string) => app.newConditionalFormatRule().whenFormulaSatisfied('=$A1>0').setBackground(color).setRanges([sheet.getRange('A1:A10')]).build();
      sheet.setConditionalFormatRules([rule('#ff0000'), rule('#00ff00')]);
      sheet.setConditionalFormatRules([rule('#0000ff')]);
      const rules = sheet.getConditionalFormatRules();
      equal(rules.map((r) => r.getBooleanCondition()?.getBackground()), ['#0000ff']);
      equal(rules[0]?.getBooleanCondition()?.getCriteriaValues(), ['=$A1>0'], 'formula');
      equal(rules[0]?.getRanges().map((r) => r.getA1Notation()), ['A1:A10'], 'ranges');
    },
  },
  {
    name: 'gradient points keep their string values',
    fact: '§4 Conditional format rule builder [DOC]: "setGradientMaxpointWithValue(color, type, \'1\'). The value argument is a String."',
    run: ({ app, sheet }) => {
      const rule = app.newConditionalFormatRule()
        .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
        .setGradientMaxpointWithValue('#34a853', app.InterpolationType.NUMBER, '1')
        .setRanges([sheet.getRange('B2:B9')]).build();
      sheet.setConditionalFormatRules([rule]);
      const g = sheet.getConditionalFormatRules()[0]?.getGradientCondition();
      equal([g?.getMinValue(), g?.getMaxValue(), g?.getMaxColor(), String(g?.getMaxType())], ['0', '1', '#34a853', 'NUMBER']);
    },
  },
  {
    name: 'a list validation reads back its values and dropdown flag',
    fact: '§4 Data validation builder [DOC]: ".requireValueInList([\'Not started\',\'On track\',\'At risk\',\'Done\'], true /*showDropdown*/)"; ".setAllowInvalid(false) rejects bad input; the default is true".',
    run: ({ app, sheet }) => {
      const rule = app.newDataValidation().requireValueInList(['On track', 'Done'], true).setAllowInvalid(false).setHelpText('Pick one').build();
      sheet.getRange('C2:C5').setDataValidation(rule);
      const got = sheet.getRange('C4').getDataValidation();
      equal([String(got?.getCriteriaType()), got?.getCriteriaValues(), got?.getAllowInvalid(), got?.getHelpText()], ['VALUE_IN_LIST', [['On track', 'Done'], true], false, 'Pick one']);
      equal(sheet.getRange('C6').getDataValidation(), null, 'outside the range');
    },
  },
  {
    name: 'charts are inserted, read, updated and removed',
    fact: '§4 Embedded charts [DOC]: "sheet.insertChart(builder.build())", "chart.modify()...build(), then sheet.updateChart(chart). Also sheet.getCharts() and sheet.removeChart(c)."',
    run: ({ sheet }) => {
      sheet.getRange('A1:B3').setValues([['Day', 'Value'], [1, 10], [2, 12]]);
      const built = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B3')).setPosition(5, 1, 0, 0).setOption('title', 'Progress').build();
      equal(sheet.getCharts().length, 0, 'build alone draws nothing');
      sheet.insertChart(built);
      const chart = sheet.getCharts()[0];
      ok(chart !== undefined, 'inserted');
      equal([chart?.getOptions().get('title'), chart?.getContainerInfo().getAnchorRow(), chart?.getRanges().map((r) => r.getA1Notation())], ['Progress', 5, ['A1:B3']]);
      if (chart) sheet.updateChart(chart.modify().setOption('title', 'Updated').build());
      equal(sheet.getCharts()[0]?.getOptions().get('title'), 'Updated', 'updated');
      const current = sheet.getCharts()[0];
      if (current) sheet.removeChart(current);
      equal(sheet.getCharts().length, 0, 'removed');
    },
  },
  {
    name: 'protections keep their description and warning-only flag',
    fact: '§4 Protections [DOC]: "setWarningOnly(true)", "setDescription(s) and getDescription()"; "sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE|SHEET)".',
    run: ({ app, sheet, prefix }) => {
      sheet.getRange('A1:C1').protect().setDescription(`${prefix}:header`).setWarningOnly(true);
      const found = sheet.getProtections(app.ProtectionType.RANGE).filter((p) => p.getDescription() === `${prefix}:header`);
      equal(found.map((p) => [p.isWarningOnly(), p.getRange().getA1Notation()]), [[true, 'A1:C1']]);
      found.forEach((p) => p.remove());
    },
  },
];
