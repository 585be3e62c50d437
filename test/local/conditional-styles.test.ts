/**
 * What conditional-format rules draw (services.local.conditionalStyles): the first rule
 * that applies to a cell gives its format; custom formulas move with the cell; gradients
 * colour numbers between the rule's own minimum and maximum.
 */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

const RED = '#f4c7c3';
const GREEN = '#b7e1cd';

function goalSheet() {
  const s = localWith();
  const app = s.SpreadsheetApp;
  const sheet = firstSheet(s);
  sheet.getRange('A1:C4').setValues([
    ['Goal', 'Progress', 'Status'],
    ['Revenue', 0.4, 'At risk'],
    ['Wait time', 0.5, 'On track'],
    ['NPS', -1, 'Off track'],
  ]);
  return { s, app, sheet };
}

describe('conditional styles', () => {
  it('text rules colour the matching status cells, case-insensitively, first rule first', () => {
    const { s, app, sheet } = goalSheet();
    const status = sheet.getRange('C2:C4');
    sheet.setConditionalFormatRules([
      app.newConditionalFormatRule().whenTextEqualTo('off TRACK').setBackground(RED).setFontColor('#a50e0e').setRanges([status]).build(),
      app.newConditionalFormatRule().whenTextContains('track').setBackground(GREEN).setRanges([status]).build(),
    ]);
    const styles = s.local.conditionalStyles('Sheet1', { row: 1, col: 1, numRows: 4, numCols: 3 });
    expect(styles?.map((row) => row[2])).toEqual([undefined, undefined, { background: GREEN }, { background: RED, fontColor: '#a50e0e' }]);
    expect(styles?.[1]?.[0]).toBeUndefined();
  });

  it('a custom formula is read relative to the rule\'s first cell, for each row', () => {
    const { s, app, sheet } = goalSheet();
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenFormulaSatisfied('=$B2<0.45').setBold(true).setRanges([sheet.getRange('A2:C4')]).build()]);
    const styles = s.local.conditionalStyles('Sheet1', { row: 2, col: 1, numRows: 3, numCols: 3 });
    // Progress 0.4 and -1 are below 0.45; 0.5 is not.
    expect(styles?.map((row) => row.map((c) => c?.bold ?? false))).toEqual([[true, true, true], [false, false, false], [true, true, true]]);
  });

  it('number rules apply to computed cells, spilled ones included', () => {
    const { s, app, sheet } = goalSheet();
    sheet.getRange('D2').setFormula('=DOUBLE(B2:B4)');
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberBetween(0, 1).setBackground(GREEN).setRanges([sheet.getRange('D2:D4')]).build()]);
    // Doubled: 0.8 and 1 are in [0, 1], -2 is not.
    const styles = s.local.conditionalStyles('Sheet1', { row: 2, col: 4, numRows: 3, numCols: 1 });
    expect(styles?.map((row) => row[0]?.background)).toEqual([GREEN, GREEN, undefined]);
  });

  it('a gradient runs from the range\'s minimum to its maximum colour', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = firstSheet(s);
    sheet.getRange('A1:A3').setValues([[0], [5], [10]]);
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().setGradientMinpoint('#ffffff').setGradientMaxpoint('#57bb8a').setRanges([sheet.getRange('A1:A3')]).build()]);
    // Halfway: (255 + 87) / 2 = 171 (ab), (255 + 187) / 2 = 221 (dd), (255 + 138) / 2 = 196.5 → 197 (c5).
    const styles = s.local.conditionalStyles('Sheet1', { row: 1, col: 1, numRows: 3, numCols: 1 });
    expect(styles?.map((row) => row[0]?.background)).toEqual(['#ffffff', '#abddc5', '#57bb8a']);
  });

  it('a rectangle no rule reaches has no styles to compute', () => {
    const { s, app, sheet } = goalSheet();
    sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBackground(RED).setRanges([sheet.getRange('A10:A20')]).build()]);
    expect(s.local.conditionalStyles('Sheet1', { row: 1, col: 1, numRows: 4, numCols: 3 })).toBeUndefined();
    expect(s.local.conditionalStyles('Sheet1', { row: 9, col: 1, numRows: 3, numCols: 1 })?.map((r) => r[0]?.background)).toEqual([undefined, RED, RED]);
  });
});
