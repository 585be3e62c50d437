/**
 * Date ⇄ serial in the spreadsheet's zone, cached. Formatting a zone offset through Intl
 * costs microseconds, which for 100,000-row reads of a date column adds up; offsets only
 * change at transitions, which fall on quarter hours, so one lookup per 15-minute bucket
 * (and one per calendar day for midnight serials) is exact.
 */
import { instantFromSerial, serialFromInstant } from '../../src/core/dates.ts';

const MS_PER_DAY = 86_400_000;
const EPOCH_SERIAL = 25_569;
const BUCKET_MS = 900_000;
const CACHE_LIMIT = 100_000;

export class ZoneClock {
  private readonly offsets = new Map<number, number>();
  private readonly midnights = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** Offset from UTC (ms, east positive) in force at an instant. */
  offsetAt(ms: number): number {
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      offset = Math.round((serialFromInstant(start, this.timeZone) - EPOCH_SERIAL) * MS_PER_DAY - start);
      if (this.offsets.size >= CACHE_LIMIT) this.offsets.clear();
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  serialFromDate(date: Date): number {
    const ms = date.getTime();
    return (ms + this.offsetAt(ms)) / MS_PER_DAY + EPOCH_SERIAL;
  }

  dateFromSerial(serial: number): Date {
    const day = Math.floor(serial);
    let midnight = this.midnights.get(day);
    if (midnight === undefined) {
      midnight = instantFromSerial(day, this.timeZone);
      if (this.midnights.size >= CACHE_LIMIT) this.midnights.clear();
      this.midnights.set(day, midnight);
    }
    if (serial === day) return new Date(midnight);
    const guess = Math.round(midnight + (serial - day) * MS_PER_DAY);
    // Same offset at midnight and at the time of day: no transition in between.
    if (this.offsetAt(guess) === this.offsetAt(midnight)) return new Date(guess);
    return new Date(instantFromSerial(serial, this.timeZone));
  }
}
