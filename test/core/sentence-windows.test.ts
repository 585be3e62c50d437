import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { parseIsoDay, type Day } from '../../src/core/dates.ts';
import { takeWindow } from '../../src/core/sentence-windows.ts';

function day(iso: string): Day {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

describe('takeWindow', () => {
  it.each([
    ['Grow revenue in 2027 by 10%', '2026-01-01', 'Grow revenue   by 10%', { start: day('2027-01-01'), due: day('2027-12-31') }, 'in 2027'],
    ['Grow revenue by 10% before 2027-03-31', '2026-01-01', 'Grow revenue by 10%  ', { start: day('2026-01-01'), due: day('2027-03-30') }, 'before 2027-03-31'],
    ['Ship H1 2027', '2026-05-10', 'Ship  ', { start: day('2027-01-01'), due: day('2027-06-30') }, 'H1 2027'],
  ])('takes the window out of "%s" (start %s)', (text, start, rest, span, phrase) => {
    expect(takeWindow(text, day(start))).toEqual({ rest, span, phrase });
  });

  it('keeps a window that ends before the start only as the reason there is none', () => {
    expect(takeWindow('Grow revenue by Q1 2026', day('2026-05-10'))).toEqual({ rest: 'Grow revenue  ', late: { due: day('2026-03-31'), phrase: 'by Q1 2026' } });
  });

  it.each(['by 2027-02-30', 'before 2027-02-30'])('consumes "%s", which names no real day, without a window', (phrase) => {
    expect(takeWindow(`Grow revenue ${phrase}`, day('2026-01-01'))).toEqual({ rest: 'Grow revenue  ' });
  });

  it.each([
    // Rolling: 2026-01-01 + 6 months = 2026-07-01, so the six months end 2026-06-30.
    ['Cut wait times within six months', '2026-01-01', 'Cut wait times  ', { start: day('2026-01-01'), due: day('2026-06-30') }, 'within six months'],
    // Calendar: the first quarter starting on or after Feb 10 is Q2.
    ['Grow revenue next quarter', '2026-02-10', 'Grow revenue  ', { start: day('2026-04-01'), due: day('2026-06-30') }, 'next quarter'],
    ['Ship v2 by 2027', '2026-01-01', 'Ship v2  ', { start: day('2026-01-01'), due: day('2027-12-31') }, 'by 2027'],
  ])('reads "%s" from %s', (text, start, rest, span, phrase) => {
    expect(takeWindow(text, day(start))).toEqual({ rest, span, phrase });
  });

  it.each([
    ['Grow revenue within 999999 years', 'within 999999 years'],
    ['Grow revenue within 8000 years', 'within 8000 years'],
    ['Grow revenue by 1899-12-29', 'by 1899-12-29'],
  ])('refuses "%s": a day no sheet holds is never returned', (text, phrase) => {
    expect(takeWindow(text, day('2026-01-01'))).toEqual({ rest: 'Grow revenue  ', outside: { phrase } });
  });

  it('keeps a window on the calendar\'s first and last days', () => {
    expect(takeWindow('Grow revenue by 9999-12-31', day('1899-12-30')).span).toEqual({ start: day('1899-12-30'), due: day('9999-12-31') });
    expect(day('1899-12-30')).toBe(0);
    expect(day('9999-12-31')).toBe(2_958_465);
  });

  it('leaves text without a window as it is', () => {
    expect(takeWindow('Grow revenue by 10%', day('2026-01-01'))).toEqual({ rest: 'Grow revenue by 10%' });
  });
});

describe('takeWindow: a window never leaves the calendar a sheet holds', () => {
  const PHRASES = [
    'within {n} days', 'within {n} weeks', 'within {n} months', 'within {n} years', 'in the coming {n} quarters',
    'in the next quarter', 'in the next year', 'within the next year', 'by the end of next quarter', 'in Q3', 'by March 31',
  ];
  const FIRST = day('1899-12-30');
  const LAST = day('9999-12-31');

  it('gives a window inside 1899-12-30 .. 9999-12-31 ending on or after the start, or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PHRASES),
        fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
        fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: LAST - 400, max: LAST })),
        (phrase, n, start) => {
          const { span } = takeWindow(`Grow revenue ${phrase.replace('{n}', String(n))}`, start);
          if (span === undefined) return;
          expect(Number.isInteger(span.start) && Number.isInteger(span.due)).toBe(true);
          expect(span.start).toBeGreaterThanOrEqual(FIRST);
          expect(span.due).toBeLessThanOrEqual(LAST);
          expect(span.due).toBeGreaterThanOrEqual(start);
        },
      ),
    );
  });
});
