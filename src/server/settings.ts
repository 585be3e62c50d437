/**
 * Goalpost settings through the API: the cells formulas read (as-of date, pin, bands,
 * default cadence) and the status colours kept in document properties. Saving writes only
 * the settings given, checks the bands as a pair, and re-colours every table when the
 * colours change (the conditional formats and bars carry them).
 */
import type { SettingsDto } from '../contract/dto.ts';
import type { ParamsOf } from '../contract/params.ts';
import { instantFromSerial, isoFromDay, parseIsoDay, type Day } from '../core/dates.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { checkBands } from '../core/status.ts';
import { DEFAULT_BANDS } from '../core/vocabulary.ts';
import type { SpreadsheetAppPort } from '../sheet/ports.ts';
import { DEFAULT_CADENCE_DAYS, type SettingKey } from '../sheet/settings-layout.ts';
import { ensureSettings, findSettingsSheet, readSettings, saveStatusColours, statusColours, writeSetting } from '../sheet/settings.ts';
import { findTables } from '../sheet/table-find.ts';
import type { StatusColours } from '../sheet/table-formulas.ts';
import { applyOwned } from '../sheet/table-owned.ts';
import { readTable } from '../sheet/table-read.ts';
import { isoOrNull, numberOrNull } from './cells.ts';
import type { ServerContext } from './context.ts';
import { underLock } from './under-lock.ts';

function readAll(app: SpreadsheetAppPort, colours: StatusColours, today: Day): SettingsDto {
  const ss = app.getActiveSpreadsheet();
  const sheet = findSettingsSheet(ss);
  if (!sheet) {
    return { exists: false, asOf: isoFromDay(today), pinned: false, onTrack: DEFAULT_BANDS.onTrack, atRisk: DEFAULT_BANDS.atRisk, defaultCadence: DEFAULT_CADENCE_DAYS, statusColours: colours };
  }
  const s = readSettings(sheet);
  return {
    exists: true,
    asOf: isoOrNull(s.asOf, ss.getSpreadsheetTimeZone()),
    pinned: s.pinned === true,
    onTrack: numberOrNull(s.onTrack),
    atRisk: numberOrNull(s.atRisk),
    defaultCadence: numberOrNull(s.cadence),
    statusColours: colours,
  };
}

export function getSettings(_p: ParamsOf<'getSettings'>, ctx: ServerContext): Result<SettingsDto> {
  return ok(readAll(ctx.app, statusColours(ctx.documentProperties()), ctx.today()));
}

/** The parameter names a save may give; one of them at least. */
const SAVED: readonly (keyof ParamsOf<'saveSettings'>)[] = ['asOf', 'pinned', 'onTrack', 'atRisk', 'defaultCadence', 'statusColours'];

export function saveSettings(p: ParamsOf<'saveSettings'>, ctx: ServerContext): Result<SettingsDto> {
  if (SAVED.every((k) => p[k] === undefined)) return fail('invalid-param', { field: 'params', problem: `name no setting: give at least one of ${SAVED.join(', ')}` });
  const today = ctx.today();
  return underLock(ctx.lock(), ctx.app, () => {
    const props = ctx.documentProperties();
    const before = readAll(ctx.app, statusColours(props), today);
    if (p.onTrack !== undefined || p.atRisk !== undefined) {
      const bands = checkBands({ onTrack: p.onTrack ?? before.onTrack ?? DEFAULT_BANDS.onTrack, atRisk: p.atRisk ?? before.atRisk ?? DEFAULT_BANDS.atRisk });
      if (!bands.ok) return bands;
    }
    const sheet = ensureSettings(ctx.app, today);
    const zone = ctx.app.getActiveSpreadsheet().getSpreadsheetTimeZone();
    const cells: [SettingKey, unknown][] = [
      ['asOf', p.asOf === undefined ? undefined : new Date(instantFromSerial(parseIsoDay(p.asOf) as Day, zone))],
      ['pinned', p.pinned],
      ['onTrack', p.onTrack],
      ['atRisk', p.atRisk],
      ['cadence', p.defaultCadence],
    ];
    for (const [key, value] of cells) if (value !== undefined) writeSetting(sheet, key, value);
    let colours = before.statusColours;
    if (p.statusColours) {
      colours = { ...colours, ...p.statusColours };
      saveStatusColours(props, colours);
      const ss = ctx.app.getActiveSpreadsheet();
      for (const t of findTables(ctx.app, ss, false)) applyOwned(ctx.app, readTable(ss, t), colours);
    }
    return ok(readAll(ctx.app, colours, today));
  });
}
