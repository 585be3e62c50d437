import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { Formula } from '../../local/model/cell.ts';
import { AUTOMATIC_FORMAT } from '../../local/model/number-format.ts';
import { dayFromYmd } from '../../src/core/dates.ts';
import { isPlainText, parseUserText, parseUserValue, quickIsoDay, quickNumber } from '../../local/model/user-entered.ts';
import { ZoneClock } from '../../local/model/zone-clock.ts';

// [DOC] apps-script-platform.md §4 "Writing strings: formula injection and type coercion":
// "Strings are parsed as if typed in the UI" ('1,000,000' and '$2.99' become numbers).
describe('user-entered parsing', () => {
  it.each<[string, unknown, string | undefined]>([
    ['42', 42, undefined],
    ['-3.5', -3.5, undefined],
    ['00123', 123, undefined],
    [' 12 ', 12, undefined],
    ['1e3', 1000, '0.00E+00'],
    ['1,000,000', 1_000_000, '#,##0'],
    ['1,234.50', 1234.5, '#,##0.00'],
    ['10%', 0.1, '0%'],
    ['12.5%', 0.125, '0.0%'],
    ['$2.99', 2.99, '"$"#,##0.00'],
    ['-$5', -5, '"$"#,##0.00'],
    ['TRUE', true, undefined],
    ['false', false, undefined],
    ['2026-01-15', 46037, 'yyyy-mm-dd'],
    ['2026-01-15 12:00', 46037.5, 'yyyy-mm-dd H:mm'],
    ['1/15/2026', 46037, 'M/d/yyyy'],
    ['12:30', 0.5208333333333334, 'H:mm'],
    ["'123", '123', undefined],
    ["'=SUM(A1)", '=SUM(A1)', undefined],
    ['2026-02-30', '2026-02-30', undefined],
    ['1,00', '1,00', undefined],
    ['hello', 'hello', undefined],
    ['#N/A', '#N/A', undefined],
    ['Mar 1 2016', 42430, 'M/d/yyyy'],
    ['March 1, 2016', 42430, 'M/d/yyyy'],
    ['Marching 1 2016', 'Marching 1 2016', undefined],
    ['e5', 'e5', undefined],
    ['1.', 1, undefined],
    ['.5', 0.5, undefined],
  ])('%j → %j', (text, content, format) => {
    expect(parseUserText(text)).toEqual(format === undefined ? { content } : { content, format });
  });

  it('a leading "=" makes a formula; "=" alone stays text', () => {
    expect(parseUserText('=A1*2').content).toEqual(new Formula('=A1*2'));
    expect(parseUserText('=').content).toBe('=');
  });

  it('a cell formatted as plain text (@) keeps numeric text as text, formulas still parse', () => {
    expect(parseUserText('00123', true)).toEqual({ content: '00123' });
    expect(parseUserText('=1+1', true).content).toBeInstanceOf(Formula);
  });

  it.each([['Goal 12', true], ['revenue', true], ['TRUE', false], ['true ', false], ['Mar 1 2016', false], ['Marketing', true], ['12', false], ['$5', false], ["'x", false]])('%j needs no parsing: %s', (text, plain) => {
    expect(isPlainText(text)).toBe(plain);
    if (plain) expect(parseUserText(text)).toEqual({ content: text });
  });

  it('blank input clears', () => {
    const clock = new ZoneClock('Etc/UTC');
    expect(parseUserValue('', clock)).toEqual({ content: undefined });
    expect(parseUserValue(null, clock)).toEqual({ content: undefined });
    expect(parseUserValue(undefined, clock)).toEqual({ content: undefined });
  });

  it('a Date becomes its wall-clock serial in the spreadsheet zone', () => {
    const clock = new ZoneClock('Asia/Tokyo');
    // 2026-01-15 00:00 in Tokyo is 2026-01-14 15:00 UTC.
    expect(parseUserValue(new Date(Date.UTC(2026, 0, 14, 15)), clock)).toEqual({ content: 46037, format: 'M/d/yyyy H:mm:ss' });
  });
});

// Regression: "1/2" stayed text. [DOC] apps-script-platform.md §4 "Writing strings": strings
// are parsed as if typed in the UI, "1/2" → date; US_DATE used to require a four-digit year.
describe('regression: "1/2" stays text (dates typed without a year or with two digits)', () => {
  const in2026 = () => 2026;
  it.each<[string, [number, number, number], string]>([
    ['1/2', [2026, 1, 2], 'M/d/yyyy'],
    ['12/31', [2026, 12, 31], 'M/d/yyyy'],
    ['1/2/24', [2024, 1, 2], 'M/d/yyyy'],
    ['1/2/00', [2000, 1, 2], 'M/d/yyyy'],
    ['1/2/29', [2029, 1, 2], 'M/d/yyyy'],
    ['1/2/30', [1930, 1, 2], 'M/d/yyyy'],
    ['1/2/99', [1999, 1, 2], 'M/d/yyyy'],
    ['1/15/2026', [2026, 1, 15], 'M/d/yyyy'],
    ['Mar 5', [2026, 3, 5], 'M/d/yyyy'],
    ['March 5, 24', [2024, 3, 5], 'M/d/yyyy'],
    ['Mar 1 2016', [2016, 3, 1], 'M/d/yyyy'],
    ['2026/01/15', [2026, 1, 15], 'M/d/yyyy'],
    ['2026/1/5', [2026, 1, 5], 'M/d/yyyy'],
    ['2026-01-15', [2026, 1, 15], 'yyyy-mm-dd'],
    ['2026-1-5', [2026, 1, 5], 'yyyy-mm-dd'],
  ])('%j → a date', (text, [y, m, d], format) => {
    expect(parseUserText(text, false, in2026)).toEqual({ content: dayFromYmd(y, m, d), format });
  });

  it.each(['2/30', '13/1', '1/2/123', 'Mar 32', '2026/02/30', '1/2/', '/1/2', '1//2', 'Mars 5'])('%j is not a date: stays text', (text) => {
    expect(parseUserText(text, false, in2026)).toEqual({ content: text });
  });

  it('a yearless date takes the year of the `today` option in the spreadsheet zone', () => {
    // 23:00 UTC on New Year's Eve 2030 is already 2031 in Kiritimati (UTC+14).
    const s = createLocalServices({ functions: 'none', timeZone: 'Pacific/Kiritimati', today: new Date(Date.UTC(2030, 11, 31, 23)) });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:H1').setValues([['1/2', 'Mar 5', '1/2/24', '2026/01/15', '1/2/99', '00123', 'TRUE', '1/2/2024']]);
    const midnight = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 14 * 3_600_000);
    expect(sheet.getRange('A1:H1').getValues()).toEqual([[midnight(2031, 1, 2), midnight(2031, 3, 5), midnight(2024, 1, 2), midnight(2026, 1, 15), midnight(1999, 1, 2), 123, true, midnight(2024, 1, 2)]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1/2/2031', '3/5/2031']]);
    sheet.getRange('A2').setValue('1/2');
    sheet.getRange('B2').setFormulas([['12/25']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[midnight(2031, 1, 2), midnight(2031, 12, 25)]]);
  });
});

// Bulk writes read plain numbers, ISO dates and names without the full parser: the result
// must be the parser's, cell value and implied format alike.
describe('the bulk-write fast path agrees with the parser', () => {
  const inputs = ['1200', '-45.5', '.5', '-.5', '1.', '00123', '-0', '-', '.', '1.2.3', '1,200', '12%', '$5', '1e3', '2026-01-15', '2026-02-30', '2026-1-15', '2026-01-15 10:00',
    'Goal 7', 'revenue', 'TRUE', 'false ', 'Mar 5', 'Mar 5 2026', 'March', '1/2', '12:30', ' 42', '42 ', '#N/A', "'0012", '=1+1'];

  it.each(inputs)('%j', (text) => {
    const s = createLocalServices({ functions: 'none', today: new Date(Date.UTC(2026, 5, 1)) });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setValues([[text]]);
    const parsed = parseUserText(text, false, () => 2026);
    const formula = sheet.getRange('A1').getFormula();
    if (formula) expect(formula).toBe(text);
    else {
      const number = quickNumber(text);
      const day = quickIsoDay(text);
      if (number === number) expect(parsed).toEqual({ content: number });
      if (day === day) expect(parsed).toEqual({ content: day, format: 'yyyy-mm-dd' });
      if (isPlainText(text)) expect(parsed).toEqual({ content: text });
      expect(sheet.getRange('A1').getNumberFormat()).toBe(parsed.format ?? AUTOMATIC_FORMAT);
      const value = sheet.getRange('A1').getValue();
      if (value instanceof Date) expect(value.getTime() / 86_400_000 + 25_569).toBeCloseTo(parsed.content as number, 6);
      else expect(value).toEqual(parsed.content);
    }
  });

  it('a cell formatted as plain text keeps numeric and date text as written', () => {
    const s = createLocalServices({ functions: 'none' });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['00123', '2026-01-15', 'Goal']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['00123', '2026-01-15', 'Goal']]);
  });

  it('an ISO date keeps a number format set before it was written', () => {
    const s = createLocalServices({ functions: 'none' });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1').setNumberFormat('d mmm yyyy');
    sheet.getRange('A1:B1').setValues([['2026-01-15', '2026-01-16']]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['d mmm yyyy', 'yyyy-mm-dd']]);
  });
});
