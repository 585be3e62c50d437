/**
 * The settings sheet: found by its developer metadata (so it can be renamed or moved),
 * created with defaults the first time a table needs it. Formulas read its cells through
 * named ranges; status colours live in document properties.
 */
import { instantFromSerial, type Day } from '../core/dates.ts';
import { DEFAULT_BANDS } from '../core/vocabulary.ts';
import { isDate } from '../functions/coerce.ts';
import type { PropertiesPort, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from './ports.ts';
import { DEFAULT_CADENCE_DAYS, SETTING_NAMES, SETTING_ROWS, SETTINGS_FIRST_ROW, SETTINGS_SHEET, type SettingKey } from './settings-layout.ts';
import { DEFAULT_COLOURS, type StatusColours } from './table-formulas.ts';
import { uniqueSheetName } from './sheet-names.ts';

export const SETTINGS_KEY = 'goalpost.settings';
const COLOURS_PROPERTY = 'goalpost.statusColours';

/** The settings sheet, if the spreadsheet has one. */
export function findSettingsSheet(ss: SpreadsheetPort): SheetPort | undefined {
  const found = ss.createDeveloperMetadataFinder().withKey(SETTINGS_KEY).find();
  for (const md of found) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** The settings sheet, created with defaults when missing; named ranges are (re)pointed at its cells. */
export function ensureSettings(app: SpreadsheetAppPort, today: Day): SheetPort {
  const ss = app.getActiveSpreadsheet();
  let sheet = findSettingsSheet(ss);
  if (!sheet) {
    sheet = ss.insertSheet(uniqueSheetName(ss, SETTINGS_SHEET));
    const zone = ss.getSpreadsheetTimeZone();
    const defaults: Record<SettingKey, unknown> = {
      asOf: new Date(instantFromSerial(today, zone)),
      pinned: false,
      onTrack: DEFAULT_BANDS.onTrack,
      atRisk: DEFAULT_BANDS.atRisk,
      cadence: DEFAULT_CADENCE_DAYS,
    };
    sheet.getRange(1, 1, 1, 2).setValues([['Goalpost settings', 'Goal tables read these cells; change one and every table recalculates.']]);
    sheet.getRange(1, 1).setFontWeight('bold');
    const body = sheet.getRange(SETTINGS_FIRST_ROW, 1, SETTING_ROWS.length, 2);
    body.setValues(SETTING_ROWS.map((r) => [r.label, defaults[r.key]]));
    sheet.getRange(SETTINGS_FIRST_ROW, 2, SETTING_ROWS.length, 1).setNumberFormats(SETTING_ROWS.map((r) => [r.format]));
    sheet.getRange(SETTINGS_FIRST_ROW, 1, SETTING_ROWS.length, 1).setNotes(SETTING_ROWS.map((r) => [r.note]));
    sheet.getRange(SETTINGS_FIRST_ROW + SETTING_ROWS.findIndex((r) => r.key === 'pinned'), 2).insertCheckboxes();
    sheet.setColumnWidth(1, 200);
    sheet.setColumnWidth(2, 140);
    sheet.addDeveloperMetadata(SETTINGS_KEY, '1', app.DeveloperMetadataVisibility.DOCUMENT);
  }
  const named = new Map(ss.getNamedRanges().map((n) => [n.getName(), n]));
  SETTING_ROWS.forEach((r, i) => {
    const cell = (sheet as SheetPort).getRange(SETTINGS_FIRST_ROW + i, 2);
    const name = SETTING_NAMES[r.key];
    const existing = named.get(name);
    if (existing) existing.setRange(cell);
    else ss.setNamedRange(name, cell);
  });
  return sheet;
}

/** Reads the settings cells in one call. */
export function readSettings(sheet: SheetPort): Record<SettingKey, unknown> {
  const values = sheet.getRange(SETTINGS_FIRST_ROW, 2, SETTING_ROWS.length, 1).getValues();
  return Object.fromEntries(SETTING_ROWS.map((r, i) => [r.key, values[i]?.[0]])) as Record<SettingKey, unknown>;
}

/** Moves the as-of date to today unless it is pinned; says whether it changed. */
export function moveAsOfToToday(app: SpreadsheetAppPort, sheet: SheetPort, today: Day): boolean {
  const settings = readSettings(sheet);
  if (settings.pinned === true) return false;
  const zone = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const now = new Date(instantFromSerial(today, zone));
  const current = settings.asOf;
  // The cell's Date comes from the services' realm, not the script's: instanceof would never hold there.
  if (isDate(current) && current.getTime() === now.getTime()) return false;
  sheet.getRange(SETTINGS_FIRST_ROW + SETTING_ROWS.findIndex((r) => r.key === 'asOf'), 2).setValue(now);
  return true;
}

/** Writes one setting's cell. */
export function writeSetting(sheet: SheetPort, key: SettingKey, value: unknown): void {
  sheet.getRange(SETTINGS_FIRST_ROW + SETTING_ROWS.findIndex((r) => r.key === key), 2).setValue(value);
}

/** Saves the status colours (every label) as the document's preference. */
export function saveStatusColours(props: PropertiesPort, colours: StatusColours): void {
  props.setProperty(COLOURS_PROPERTY, JSON.stringify(colours));
}

/** Status colours: document properties, defaults where unset or unreadable. */
export function statusColours(props: PropertiesPort): StatusColours {
  const raw = props.getProperty(COLOURS_PROPERTY);
  if (!raw) return DEFAULT_COLOURS;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const out = { ...DEFAULT_COLOURS } as Record<string, string>;
    for (const k of Object.keys(DEFAULT_COLOURS)) {
      const v = parsed[k];
      if (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v)) out[k] = v;
    }
    return out as StatusColours;
  } catch {
    // A hand-edited property that is not JSON: the defaults stand, and saving colours rewrites it.
    return DEFAULT_COLOURS;
  }
}
