/**
 * Goalpost settings: the values formulas read (as-of date, bands, default cadence) live in
 * cells of one settings sheet, reached through named ranges so a change recalculates and
 * sheets can be renamed. Preferences formulas do not read (colours) live in document
 * properties.
 */
import { DEFAULT_BANDS } from '../core/vocabulary.ts';

export const SETTINGS_SHEET = 'Goalpost settings';

/** Named ranges, one per setting a formula reads. */
export const SETTING_NAMES = {
  asOf: 'Goalpost_AsOf',
  pinned: 'Goalpost_AsOfPinned',
  onTrack: 'Goalpost_OnTrack',
  atRisk: 'Goalpost_AtRisk',
  cadence: 'Goalpost_DefaultCadence',
} as const;

export type SettingKey = keyof typeof SETTING_NAMES;

export const DEFAULT_CADENCE_DAYS = 30;

/** Rows of the settings sheet: label, named setting, default value, format, note. */
export const SETTING_ROWS: readonly { readonly label: string; readonly key: SettingKey; readonly format: string; readonly note: string }[] = [
  { label: 'As of', key: 'asOf', format: 'yyyy-mm-dd', note: 'The day every goal table describes. Goalpost moves it to today when the spreadsheet opens and on Refresh, unless pinned.' },
  { label: 'Pin the as-of date', key: 'pinned', format: '@', note: 'Tick to keep the as-of date as it is (to see status as of a past day).' },
  { label: 'On track from pace', key: 'onTrack', format: '0.00', note: `Pace (progress ÷ expected) at or above which a goal is On track; default ${DEFAULT_BANDS.onTrack}.` },
  { label: 'At risk from pace', key: 'atRisk', format: '0.00', note: `Pace at or above which a goal is At risk rather than Off track; default ${DEFAULT_BANDS.atRisk}.` },
  { label: 'Default cadence (days)', key: 'cadence', format: '0', note: 'Days a KPI may go without a reading before it is flagged stale, where its row gives no cadence.' },
];

/** The first setting's row; labels in column A, values in column B. */
export const SETTINGS_FIRST_ROW = 3;
