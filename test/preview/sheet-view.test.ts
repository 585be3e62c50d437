/** What the page is given to draw, read straight from a local spreadsheet. */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { windowViews } from '../../local/preview/sheet-view.ts';

const WINDOW = { row: 0, col: 0, rows: 10, cols: 5 };

describe('sheet views', () => {
  it('draws a [Red]/[Blue] section of a number format in its colour, over the font colour', () => {
    const s = createLocalServices({ functions: 'none' });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A3').setValues([[-5], [5], [42]]);
    sheet.getRange('A1:A2').setNumberFormat('[Blue]0;[Red]-0').setFontColor('#00aa00');
    sheet.getRange('A3').setNumberFormat('"$"#,##0.##');
    const views = windowViews(s, sheet.getName(), WINDOW);
    expect(views.get('0,0')).toMatchObject({ v: '-5', color: '#ff0000' });
    expect(views.get('1,0')).toMatchObject({ v: '5', color: '#0000ff' });
    expect(views.get('2,0')).toMatchObject({ v: '$42.' });
    expect(views.get('2,0')?.color).toBeUndefined();
  });
});
