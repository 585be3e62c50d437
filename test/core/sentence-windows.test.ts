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

  it('leaves text without a window as it is', () => {
    expect(takeWindow('Grow revenue by 10%', day('2026-01-01'))).toEqual({ rest: 'Grow revenue by 10%' });
  });
});
