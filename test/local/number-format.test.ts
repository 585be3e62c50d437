import { describe, expect, it } from 'vitest';
import { displayValue, formatColor, formatGeneral, isDateFormat } from '../../local/model/number-format.ts';

describe('display values', () => {
  it.each<[number | string | boolean, string | undefined, string]>([
    [0.4, undefined, '0.4'],
    [45 / 89, undefined, '0.5056179775'],
    [1 / 3, undefined, '0.3333333333'],
    [1234567, undefined, '1234567'],
    [0.1 + 0.2, undefined, '0.3'],
    [true, undefined, 'TRUE'],
    ['text', '0.0%', 'text'],
    [0.4, '0%', '40%'],
    [0.4567, '0.0%', '45.7%'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [2.5, '0.000', '2.500'],
    [2.99, '"$"#,##0.00', '$2.99'],
    [-2.99, '"$"#,##0.00', '-$2.99'],
    [500000, '#,##0.###', '500,000.'],
    // Optional decimals keep the point when none show, as Sheets draws them.
    [42, '0.##', '42.'],
    [42, '"$"#,##0.##', '$42.'],
    [42.5, '0.##', '42.5'],
    // Fractions.
    [0.25, '# ?/?', '1/4'],
    [1.25, '# ?/?', '1 1/4'],
    [2, '# ?/?', '2'],
    [0.3333, '# ??/??', '1/3'],
    [3.14159, '# ??/??', '3 14/99'],
    [0.6, '?/?', '3/5'],
    [1.5, '?/?', '3/2'],
    [0.3, '# ?/8', '2/8'],
    [-1.25, '# ?/?', '-1 1/4'],
    [0.79135, '#,##0.#####', '0.79135'],
    [0.782, '#,##0.###', '0.782'],
    [46037, 'yyyy-mm-dd', '2026-01-15'],
    [46037, 'M/d/yyyy', '1/15/2026'],
    [46037, 'mmm d, yyyy', 'Jan 15, 2026'],
    [46037, 'dddd d mmmm yyyy', 'Thursday 15 January 2026'],
    [46037.5, 'M/d/yyyy H:mm:ss', '1/15/2026 12:00:00'],
    [46037.75, 'h:mm am/pm', '6:00 PM'],
    [1.5, '[h]:mm', '36:00'],
    [12, '@', '12'],
    [0.875 * 0.952 * 0.95, '0.00%', '79.14%'],
    [1.005, '0.00', '1.01'],
    [2.5, '0', '3'],
    // What Sheets' Format menus write: currency and locale codes, colours, sections, scaling, scientific.
    [1234.5, '[$€]#,##0.00', '€1,234.50'],
    [1234.5, '#,##0.00 [$€]', '1,234.50 €'],
    [1234.5, '[$£-809]#,##0.00', '£1,234.50'],
    [-1234.5, '"$"#,##0.00;("$"#,##0.00)', '($1,234.50)'],
    [-5, '0;[Red]-0', '-5'],
    [0, '0.0;-0.0;"none"', 'none'],
    [1234567, '#,##0.0,"K"', '1,234.6K'],
    [1234.5, '0.00E+00', '1.23E+03'],
    [0.000123, '0.0E+00', '1.2E-04'],
    [9.996, '0.00E+00', '1.00E+01'],
    // Accounting: _x leaves a space; the * fill that pads to the column width is not drawn.
    [1234.5, '_("$"* #,##0.00_)', ' $1,234.50 '],
    [46037, '[$-409]mmmm d, yyyy', 'January 15, 2026'],
  ])('%j under %j shows %j', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });

  it.each<[number, string | undefined, string | undefined]>([
    [-5, '0;[Red]-0', '#ff0000'],
    [5, '0;[Red]-0', undefined],
    [5, '[Blue]0;[Red]0', '#0000ff'],
    [0, '0;0;[Green]0', '#00ff00'],
    [5, '[Color3]0', '#ff0000'],
    [5, '"[Red]"0', undefined],
    [5, undefined, undefined],
  ])('%j under %j is drawn in %j', (value, format, colour) => {
    expect(formatColor(value, format)).toBe(colour);
  });

  it('the automatic format shows a date result as a date', () => {
    expect(displayValue(46037, undefined, true)).toBe('1/15/2026');
  });

  it.each([['yyyy-mm-dd', true], ['M/d/yyyy H:mm:ss', true], ['h:mm', true], ['0.0%', false], ['#,##0', false], ['"$"#,##0.00', false], ['@', false], ['0.###############', false]])('%s is a date format: %s', (f, yes) => {
    expect(isDateFormat(f)).toBe(yes);
  });

  it('large and tiny numbers use scientific notation', () => {
    expect(formatGeneral(1e21)).toBe('1.00E+21');
    expect(formatGeneral(1e-12)).toBe('1.00E-12');
  });
});
