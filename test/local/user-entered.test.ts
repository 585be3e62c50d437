import { describe, expect, it } from 'vitest';
import { Formula } from '../../local/model/cell.ts';
import { isPlainText, parseUserText, parseUserValue } from '../../local/model/user-entered.ts';
import { ZoneClock } from '../../local/model/zone-clock.ts';

// [DOC] apps-script-platform.md §4 "Writing strings: formula injection and type coercion":
// "Strings are parsed as if typed in the UI" ('1,000,000' and '$2.99' become numbers).
describe('user-entered parsing', () => {
  it.each<[string, unknown, string | undefined]>([
    ['42', 42, undefined],
    ['-3.5', -3.5, undefined],
    ['00123', 123, undefined],
    [' 12 ', 12, undefined],
    ['1e3', 1000, undefined],
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
