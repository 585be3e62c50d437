import { describe, expect, it } from 'vitest';
import { instantFromSerial } from '../../src/core/dates.ts';
import { describe as describeProblem, type Result } from '../../src/core/result.ts';
import { ERROR_TEXT_PREFIX, isBlank, isDate, toChoice, toDay, toKey, toKind, toNumber, toReading, toText } from '../../src/functions/coerce.ts';
import type { FunctionEnv } from '../../src/functions/spec.ts';
import { day, SHEET_ZONE, sheetDate } from '../fixtures/examples.ts';

const env: FunctionEnv = { timeZone: () => SHEET_ZONE };

function value<T>(c: Result<T | undefined>): T | undefined {
  if (!c.ok) throw new Error(`expected a value, got: ${describeProblem(c.problem)}`);
  return c.value;
}
function message<T>(c: Result<T | undefined>): string {
  if (c.ok) throw new Error(`expected a message, got ${String(c.value)}`);
  return describeProblem(c.problem);
}

const OTHER_FORMULA = `${ERROR_TEXT_PREFIX}target is blank: a goal needs a target`;

describe('blanks', () => {
  it.each([['', true], [null, true], [undefined, true], ['  ', true], [0, false], [' x ', false], [false, false]])('isBlank(%j) is %s (a cell of spaces only is blank)', (v, blank) => {
    expect(isBlank(v)).toBe(blank);
  });

  it.each([
    ['toNumber', toNumber],
    ['toReading', toReading],
    ['toDay', toDay],
    ['toKind', toKind],
    ['toText', toText],
    ['toKey', toKey],
  ] as const)('%s reads "" (an empty cell) as blank', (_n, coerce) => {
    expect(coerce('', 'x', env)).toEqual({ ok: true, value: undefined });
  });
});

describe('toNumber: numbers as numbers or plain numeric text', () => {
  it.each<[unknown, number]>([
    [1200, 1200],
    [-3.5, -3.5],
    [0, 0],
    ['1200', 1200],
    ['-3.5', -3.5],
    [' 42 ', 42],
    ['+5', 5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['\u22123', -3], // a typographic minus, as pasted from documents
  ])('reads %j as %s', (raw, n) => {
    expect(value(toNumber(raw, 'current', env))).toBe(n);
  });

  it.each(['1,200', '$5', '12%', '1 200', '1.2.3', 'abc', '5 kg', '--3'])('rejects "%s" and says to type digits only', (raw) => {
    expect(message(toNumber(raw, 'current', env))).toBe(
      `current "${raw}" is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)`,
    );
  });

  it.each<[unknown, string]>([
    [Number.NaN, 'baseline is not a finite number: check the cell it comes from for a division by zero'],
    [Number.POSITIVE_INFINITY, 'baseline is not a finite number: check the cell it comes from for a division by zero'],
    [true, 'baseline true is not a number: type a number such as 1200'],
    [sheetDate('2026-01-01'), 'baseline is a date: give a number'],
    // Numeric text beyond a double became Infinity, then Achieved or NaN.
    ['1e400', 'baseline "1e400" is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300'],
    ['-1e400', 'baseline "-1e400" is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300'],
    [5e-324, 'baseline 5e-324 is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300'],
    [1e301, 'baseline 1e+301 is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300'],
  ])('rejects %s', (raw, text) => {
    expect(message(toNumber(raw, 'baseline', env))).toBe(text);
  });

  it('treats an "Error: ..." text from another Goalpost formula as bad input, not a blank', () => {
    expect(message(toNumber(OTHER_FORMULA, 'current', env))).toBe('current is an error from another formula ("Error: target is blank: a goal needs…): fix that first');
  });

  // regression: a Sheets error value read as "is not a plain number: type digits only".
  it.each(['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])('names the Sheets error %s as an error from another formula', (raw) => {
    expect(message(toNumber(raw, 'current', env))).toBe(`current is an error from another formula ("${raw}"): fix that first`);
    expect(message(toDay(raw, 'due', env))).toBe(`due is an error from another formula ("${raw}"): fix that first`);
    expect(message(toKey(raw, 'keys row 2', env))).toBe(`keys row 2 is an error from another formula ("${raw}"): fix that first`);
  });

  it.each(['#1', '#hashtag', 'N/A', '#n/a!x'])('leaves text that only looks like one (%s) to the usual reading', (raw) => {
    expect(message(toNumber(raw, 'current', env))).toMatch(/is not a plain number/);
  });

  it('shortens a long bad value in the message', () => {
    expect(message(toNumber('x'.repeat(100), 'current', env))).toBe(`current "${'x'.repeat(36)}… is not a plain number: type digits only, such as 1200 or -3.5 (no separators, units or symbols)`);
  });
});

describe("toReading: a number, or a milestone's done flag kept as TRUE/FALSE", () => {
  it.each<[unknown, number | boolean]>([
    [true, true],
    [false, false],
    [3, 3],
    ['2', 2],
  ])('reads %j as %s', (raw, n) => {
    expect(value(toReading(raw, 'current', env))).toBe(n);
  });
  it('still rejects text', () => {
    expect(message(toReading('done', 'current', env))).toMatch(/^current "done" is not a plain number/);
  });
});

describe('toDay: dates as Date objects, serial numbers or ISO text', () => {
  it('a date cell is midnight in the spreadsheet zone: Tokyo midnight Feb 15 reads as Feb 15 (it is Feb 14 in UTC)', () => {
    const d = sheetDate('2026-02-15');
    expect(d.getUTCDate()).toBe(14);
    expect(value(toDay(d, 'as_of', env))).toBe(day('2026-02-15'));
  });

  it('a date-time cell counts as its calendar day: 23:59 Tokyo on Feb 15 is Feb 15', () => {
    const late = new Date(instantFromSerial(day('2026-02-15') + 0.9999, SHEET_ZONE));
    expect(value(toDay(late, 'as_of', env))).toBe(day('2026-02-15'));
  });

  it.each<[unknown, string]>([
    [46_023, '2026-01-01'],
    [46_023.75, '2026-01-01'],
    [0, '1899-12-30'],
    [2_958_465, '9999-12-31'],
    ['2026-03-31', '2026-03-31'],
    [' 2026-03-31 ', '2026-03-31'],
  ])('reads %j as %s', (raw, iso) => {
    expect(value(toDay(raw, 'due', env))).toBe(day(iso));
  });

  it.each<[unknown, string]>([
    [-1, 'due -1 is outside the dates a sheet holds (1899-12-30 to 9999-12-31): use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [2_958_466, 'due 2958466 is outside the dates a sheet holds (1899-12-30 to 9999-12-31): use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [Number.NaN, 'due is not a finite number: check the cell it comes from for a division by zero'],
    ['0001-01-01', 'due "0001-01-01" is outside the dates a sheet holds (1899-12-30 to 9999-12-31): use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [new Date(Date.UTC(1500, 0, 1)), 'due 1500-01-01 is outside the dates a sheet holds (1899-12-30 to 9999-12-31): use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [new Date(8.64e15), 'due +275760-09-13 is outside the dates a sheet holds (1899-12-30 to 9999-12-31): use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['2026-02-30', 'due "2026-02-30" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['31/03/2026', 'due "31/03/2026" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    ['March 31', 'due "March 31" is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [new Date(Number.NaN), 'due is an invalid date: re-enter it as a date, such as 2026-03-31'],
    [true, 'due true is not a date: use a date cell, DATE(2026,3,31) or the text 2026-03-31'],
    [OTHER_FORMULA, 'due is an error from another formula ("Error: target is blank: a goal needs…): fix that first'],
  ])('rejects %j', (raw, text) => {
    expect(message(toDay(raw, 'due', env))).toBe(text);
  });

  it('recognises a Date from another realm (Sheets builds Dates in the script context)', () => {
    const foreign = Object.create(Date.prototype) as Date;
    expect(isDate(new Date())).toBe(true);
    expect(isDate(foreign)).toBe(true);
    expect(isDate('2026-01-01')).toBe(false);
    expect(isDate(46_023)).toBe(false);
  });
});

describe('toKind', () => {
  it.each<[unknown, string]>([
    ['At least', 'at least'],
    ['within_range', 'within range'],
    [' Decrease ', 'decrease'],
  ])('reads %j as %s', (raw, kind) => {
    expect(value(toKind(raw, 'kind', env))).toBe(kind);
  });
  it.each<[unknown, string]>([
    ['more', 'kind "more" is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)'],
    [5, 'kind 5 is not a goal kind: use increase, decrease, at least, at most, within range or milestone (or leave it blank)'],
  ])('rejects %j with the list of kinds', (raw, text) => {
    expect(message(toKind(raw, 'kind', env))).toBe(text);
  });
});

describe('regression: a kind or a choice given as NaN or Infinity was shown as "kind NaN" or "per Infinity"', () => {
  it.each<[unknown, string]>([
    [Number.NaN, 'kind an invalid number is not a goal kind'],
    [Number.POSITIVE_INFINITY, 'kind an infinite number is not a goal kind'],
    [Number.NEGATIVE_INFINITY, 'kind an infinite number is not a goal kind'],
  ])('toKind(%s) names what the value is, not the engine word', (raw, text) => {
    expect(message(toKind(raw, 'kind', env))).toContain(text);
  });

  it('a choice (KPI_TREND per) says the same', () => {
    expect(message(toChoice(['day', 'week'])(Number.NaN, 'per', env))).toBe('per an invalid number is not one of "day", "week": use one of them (or leave it blank)');
  });
});

describe('toText and toKey', () => {
  it.each<[unknown, string | undefined]>([
    ['Grow revenue', 'Grow revenue'],
    ['   ', undefined],
    [12, '12'],
    [true, 'true'],
  ])('toText reads %j as %j', (raw, text) => {
    expect(value(toText(raw, 'text', env))).toBe(text);
  });

  it('toText rejects a date', () => {
    expect(message(toText(sheetDate('2026-01-01'), 'text', env))).toBe('text 2026-01-01 is not text: give text or a number');
  });

  it.each<[unknown, string]>([
    [' Wait ', 'wait'],
    ['NPS', 'nps'],
    [12, '12'],
  ])('toKey compares %j as %j (trimmed, case-insensitive)', (raw, key) => {
    expect(value(toKey(raw, 'key', env))).toBe(key);
  });

  it('regression: toKey read an "Error: ..." text from another formula as a key that matched nothing, so KPI_LATEST showed a blank', () => {
    expect(message(toKey(OTHER_FORMULA, 'keys row 2', env))).toBe(
      'keys row 2 is an error from another formula ("Error: target is blank: a goal needs…): fix that first',
    );
    expect(message(toText(OTHER_FORMULA, 'text', env))).toMatch(/^text is an error from another formula/);
  });
});

describe('regression: a cell of spaces was an error in number and date arguments but blank in text ones', () => {
  it.each([
    ['toNumber', toNumber],
    ['toDay', toDay],
    ['toText', toText],
  ] as const)('%s reads "   " as blank', (_name, coerce) => {
    expect(coerce('   ', 'x', env)).toEqual({ ok: true, value: undefined });
  });
});
