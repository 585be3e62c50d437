/**
 * What a goal is judged against, as the table's formulas read it: the as-of date and the
 * pace bands in Goalpost settings; today and the default bands when there is no settings
 * sheet yet (or a cell is blank or not what it should be).
 */
import type { Day } from '../core/dates.ts';
import { DEFAULT_BANDS, type Bands } from '../core/vocabulary.ts';
import { dayOf } from '../sheet/kpi-log.ts';
import type { SpreadsheetPort } from '../sheet/ports.ts';
import { findSettingsSheet, readSettings } from '../sheet/settings.ts';
import { numberOrNull } from './cells.ts';

export interface Judging {
  readonly asOf: Day;
  readonly bands: Bands;
}

export function judging(ss: SpreadsheetPort, today: Day): Judging {
  const sheet = findSettingsSheet(ss);
  if (!sheet) return { asOf: today, bands: DEFAULT_BANDS };
  const s = readSettings(sheet);
  return {
    asOf: dayOf(s.asOf, ss.getSpreadsheetTimeZone()) ?? today,
    bands: { onTrack: numberOrNull(s.onTrack) ?? DEFAULT_BANDS.onTrack, atRisk: numberOrNull(s.atRisk) ?? DEFAULT_BANDS.atRisk },
  };
}
