import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayFromInstant,
  dayFromYmd,
  daysInMonth,
  instantFromSerial,
  isoFromDay,
  isTimeZone,
  parseIsoDay,
  serialFromInstant,
  ymdFromDay,
} from '../../src/core/dates.ts';
import { day, RETAIL_START_SERIAL, SHEET_ZONE } from '../fixtures/examples.ts';

const HOUR = 3_600_000;

describe('serial days (Sheets: whole days since 1899-12-30)', () => {
  it.each<[number, number, number, number]>([
    [1899, 12, 30, 0],
    [1900, 1, 1, 2],
    [1970, 1, 1, 25_569],
    [2026, 1, 1, 46_023],
    [2026, 3, 31, 46_112],
    [9999, 12, 31, 2_958_465],
  ])('%i-%i-%i is serial %i, as Sheets DATE() gives', (y, m, d, serial) => {
    expect(dayFromYmd(y, m, d)).toBe(serial);
    expect(ymdFromDay(serial)).toEqual({ year: y, month: m, day: d });
  });

  it('the fixture start is DATE(2026,1,1)', () => {
    expect(RETAIL_START_SERIAL).toBe(46_023);
  });

  it('ymdFromDay ignores the time of day in a serial', () => {
    expect(ymdFromDay(46_023.75)).toEqual({ year: 2026, month: 1, day: 1 });
    expect(isoFromDay(46_023.999)).toBe('2026-01-01');
  });

  it.each<[number, number, number]>([
    [2026, 2, 28],
    [2028, 2, 29],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('addMonths keeps the day of month where it exists', () => {
  it.each<[string, number, string]>([
    ['2026-01-01', 6, '2026-07-01'],
    ['2026-01-01', 12, '2027-01-01'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(isoFromDay(addMonths(day(from), months))).toBe(to);
  });
});

describe('parseIsoDay / isoFromDay', () => {
  it.each<[string, string]>([
    ['2026-02-15', '2026-02-15'],
    ['  2026-02-15 ', '2026-02-15'],
    ['2028-02-29', '2028-02-29'],
    ['1899-12-30', '1899-12-30'],
  ])('reads "%s"', (text, iso) => {
    const d = parseIsoDay(text);
    expect(d === undefined ? undefined : isoFromDay(d)).toBe(iso);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '2026-2-15', '15/02/2026', '2026-02-15T00:00', 'Feb 15, 2026', ''])(
    'rejects "%s" (not a real yyyy-mm-dd day)',
    (text) => {
      expect(parseIsoDay(text)).toBeUndefined();
    },
  );
});

describe('time zones: a date cell is midnight in the spreadsheet zone', () => {
  it('midnight 2026-01-01 in Tokyo (UTC+9) is 15:00 UTC on Dec 31, and reads back as Jan 1', () => {
    const ms = instantFromSerial(day('2026-01-01'), 'Asia/Tokyo');
    expect(ms).toBe(Date.UTC(2025, 11, 31, 15));
    expect(dayFromInstant(ms, 'Asia/Tokyo')).toBe(day('2026-01-01'));
    // Read in the wrong zone the same instant is the day before: why the zone matters.
    expect(dayFromInstant(ms, 'UTC')).toBe(day('2025-12-31'));
  });

  it('midnight in Los Angeles (UTC−8 in winter) is 08:00 UTC the same day', () => {
    expect(instantFromSerial(day('2026-01-01'), 'America/Los_Angeles')).toBe(Date.UTC(2026, 0, 1, 8));
  });

  it('follows daylight saving: New York midnight is 05:00 UTC on Mar 8 2026 and 04:00 UTC on Mar 9', () => {
    expect(instantFromSerial(day('2026-03-08'), 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5));
    expect(instantFromSerial(day('2026-03-09'), 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 4));
  });

  it('handles a zone 5:45 from UTC (Kathmandu) and one 14 hours ahead (Kiritimati)', () => {
    expect(instantFromSerial(day('2026-01-01'), 'Asia/Kathmandu')).toBe(Date.UTC(2025, 11, 31, 18, 15));
    expect(instantFromSerial(day('2026-01-01'), 'Pacific/Kiritimati')).toBe(Date.UTC(2025, 11, 31, 10));
  });

  it('serialFromInstant keeps the time of day as a fraction: 03:00 UTC is noon in Tokyo', () => {
    expect(serialFromInstant(Date.UTC(2026, 0, 1, 3), SHEET_ZONE)).toBe(day('2026-01-01') + 0.5);
    expect(dayFromInstant(Date.UTC(2026, 0, 1, 3), SHEET_ZONE)).toBe(day('2026-01-01'));
  });

  it('instantFromSerial takes a time of day too: serial + 0.25 is 06:00 local', () => {
    expect(instantFromSerial(day('2026-01-01') + 0.25, SHEET_ZONE)).toBe(Date.UTC(2025, 11, 31, 15) + 6 * HOUR);
  });

  it('knows real zone names and rejects made-up ones', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('regression: a day whose midnight is skipped by daylight saving stayed on the previous day', () => {
  // Chile, Paraguay, Cuba and the Azores move their clocks at midnight: 00:00 → 01:00.
  it.each<[string, string, number]>([
    ['America/Santiago', '2026-09-06', Date.UTC(2026, 8, 6, 4)], // 01:00 −03
    ['America/Asuncion', '2024-10-06', Date.UTC(2024, 9, 6, 4)], // 01:00 −03
    ['America/Havana', '2026-03-08', Date.UTC(2026, 2, 8, 5)], // 01:00 −04
    ['Atlantic/Azores', '2026-03-29', Date.UTC(2026, 2, 29, 1)], // 01:00 +00
  ])('%s %s starts at the first instant of that day', (zone, iso, first) => {
    const ms = instantFromSerial(day(iso), zone);
    expect(dayFromInstant(ms, zone)).toBe(day(iso));
    expect(ms).toBe(first);
  });

  it.each(['America/Santiago', 'America/Havana', 'Atlantic/Azores', 'America/Sao_Paulo', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Asia/Tehran'])(
    'every day from 2015 to 2030 round-trips through midnight in %s',
    (zone) => {
      const wrong: string[] = [];
      for (let d = day('2015-01-01'); d <= day('2030-12-31'); d++) {
        if (dayFromInstant(instantFromSerial(d, zone), zone) !== d) wrong.push(isoFromDay(d));
      }
      expect(wrong).toEqual([]);
    },
  );
});

describe('regression: ISO years 0000–0099 were read as 1900–1999', () => {
  it('keeps year 0050 as 0050 and still rolls Feb 30 over to Mar 2', async () => {
    const { dayFromYmd, isoFromDay, parseIsoDay } = await import('../../src/core/dates.ts');
    expect(isoFromDay(parseIsoDay('0050-03-01') as number)).toBe('0050-03-01');
    expect(isoFromDay(dayFromYmd(2026, 2, 30))).toBe('2026-03-02');
  });
});
