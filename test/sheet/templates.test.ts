/**
 * The templates on any day of creation: every status shows across the four of them
 * (On track, At risk, Off track, Achieved, Awaiting data, Stale), each shows at least four,
 * and every reading lies in its KPI's window, on or before the day. The sweep over every day
 * of 2026 evaluates the table's own formulas column by column with the custom functions
 * (what the sheet computes, without the sheet, so a year of days stays fast); the
 * spreadsheet test creates the tables on the local spreadsheet on the days a window starts.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import { addMonths, dayFromYmd, instantFromSerial, isoFromDay, type Day } from '../../src/core/dates.ts';
import { DEFAULT_BANDS } from '../../src/core/vocabulary.ts';
import { bindCustomFunctions } from '../../src/functions/index.ts';
import { GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import type { SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { DEFAULT_CADENCE_DAYS } from '../../src/sheet/settings-layout.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { periodContaining, templateData, TEMPLATE_NAMES, type TemplateName } from '../../src/sheet/templates.ts';

const ALL = ['On track', 'At risk', 'Off track', 'Achieved', 'Awaiting data', 'Stale'];
const fns = bindCustomFunctions({ timeZone: () => 'Etc/UTC' });
const date = (d: Day): Date => new Date(instantFromSerial(d, 'Etc/UTC'));
const column = <T>(xs: readonly T[]): T[][] => xs.map((x) => [x]);
const flat = (v: unknown): unknown[] => (v as unknown[][]).map((r) => r[0]);
const f = (name: string, ...args: unknown[]): unknown[] => flat(fns[name]?.(...args));

/** Status and stale flag of each row (goal first) as the table's formulas compute them on the day of creation. */
function computed(name: TemplateName, today: Day): { status: unknown; stale: unknown }[] {
  const { rows, readings } = templateData(name, today);
  const asOf = date(today);
  const log = [column(readings.map((r) => date(r.day))), column(readings.map((r) => r.value)), column(readings.map((r) => r.id))] as const;
  const c = (pick: (r: (typeof rows)[number]) => unknown) => column(rows.map(pick));
  const [ids, parents, kinds, baselines, targets, starts, dues] = [c((r) => r.id), c((r) => r.parent), c((r) => r.kind), c((r) => r.baseline), c((r) => r.target), c((r) => date(r.start)), c((r) => date(r.due))];
  const current = f('KPI_LATEST', ...log, ids, 'value', asOf);
  const readingDate = f('KPI_LATEST', ...log, ids, 'date', asOf);
  const own = f('GOAL_PROGRESS', baselines, targets, column(current), kinds, c(() => ''));
  const progress = f('GOAL_ROLLUP', column(own), c(() => ''), ids, parents);
  const parent = rows.map((r) => rows.some((x) => x.parent === r.id));
  const status = f('GOAL_STATUS',
    c((r) => (parent[rows.indexOf(r)] ? 0 : r.baseline)), c((r) => (parent[rows.indexOf(r)] ? 1 : r.target)),
    column(rows.map((_, i) => (parent[i] ? progress[i] : current[i]))), starts, dues, asOf,
    column(rows.map((r, i) => (parent[i] ? '' : r.kind))), c(() => ''), DEFAULT_BANDS.onTrack, DEFAULT_BANDS.atRisk,
    column(rows.map((_, i) => (parent[i] ? '' : readingDate[i]))));
  const stale = f('KPI_STALE', ...log, column(rows.map((r, i) => (parent[i] || r.target === '' ? '' : r.id))), c((r) => (r.cadence === '' ? DEFAULT_CADENCE_DAYS : r.cadence)), asOf, starts);
  return rows.map((_, i) => ({ status: status[i], stale: stale[i] }));
}

const labels = (rows: readonly { status: unknown; stale: unknown }[]): Set<unknown> => new Set(rows.flatMap((r) => [r.status, r.stale]).filter((v) => v !== ''));

describe('the templates on every day of 2026', () => {
  const days = Array.from({ length: 365 }, (_, i) => dayFromYmd(2026, 1, 1) + i);

  it('together they show every status and a stale flag; each shows at least four', () => {
    const missing: string[] = [];
    for (const day of days) {
      const seen = new Set<unknown>();
      for (const name of TEMPLATE_NAMES) {
        const own = labels(computed(name, day));
        if (own.size < 4) missing.push(`${isoFromDay(day)} ${name}: only ${[...own].join(', ')}`);
        for (const l of own) seen.add(l);
      }
      const absent = ALL.filter((l) => !seen.has(l));
      if (absent.length > 0) missing.push(`${isoFromDay(day)}: no ${absent.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('every reading lies in its KPI\'s window, on or before the day of creation', () => {
    const wrong: string[] = [];
    for (const day of days) for (const name of TEMPLATE_NAMES) {
      const { rows, readings } = templateData(name, day);
      for (const r of readings) {
        const row = rows.find((x) => x.id === r.id);
        if (!row || r.day < row.start || r.day > row.due || r.day > day) wrong.push(`${isoFromDay(day)} ${name} ${r.id} read ${isoFromDay(r.day)}`);
      }
      if (new Set(readings.map((r) => `${r.id} ${r.day}`)).size !== readings.length) wrong.push(`${isoFromDay(day)} ${name}: two readings of a KPI on one day`);
    }
    expect(wrong).toEqual([]);
  });

  it('windows: Retail the quarter, Healthcare the half-year ("within six months": 2026-01-01 to 2026-06-30), Manufacturing and Software the year', () => {
    const window = (name: TemplateName, day: Day) => {
      const goal = templateData(name, day).rows[0];
      return [isoFromDay(goal?.start ?? 0), isoFromDay(goal?.due ?? 0)];
    };
    const feb10 = dayFromYmd(2026, 2, 10);
    expect(TEMPLATE_NAMES.map((n) => [n, ...window(n, feb10)])).toEqual([
      ['Retail', '2026-01-01', '2026-03-31'],
      ['Healthcare', '2026-01-01', '2026-06-30'],
      ['Manufacturing', '2026-01-01', '2026-12-31'],
      ['Software', '2026-01-01', '2026-12-31'],
    ]);
    expect(window('Healthcare', dayFromYmd(2026, 8, 1))).toEqual(['2026-07-01', '2026-12-31']);
    expect(periodContaining(dayFromYmd(2026, 6, 30), 'half').due).toBe(addMonths(dayFromYmd(2026, 1, 1), 6) - 1);
    // A KPI with a window of its own: last month (closed: Awaiting data), or six months carried over from last quarter (a lagging KPI early in the goal's window).
    const kpi = (name: TemplateName, id: string) => templateData(name, feb10).rows.find((r) => r.id === id);
    expect([kpi('Healthcare', 'H2'), kpi('Healthcare', 'H3')].map((r) => [isoFromDay(r?.start ?? 0), isoFromDay(r?.due ?? 0)])).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2025-10-01', '2026-03-31'],
    ]);
  });
});

describe('on the local spreadsheet, on the days windows start', () => {
  const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
  it.each([[2026, 1, 1], [2026, 1, 8], [2026, 7, 1]])('%i-%i-%i: the four tables show every status, each at least four, as the formulas above work them', (y, m, d) => {
    const day = dayFromYmd(y, m, d);
    const s = createLocalServices({ timeZone: 'Etc/UTC' });
    const app = s.SpreadsheetApp as unknown as SpreadsheetAppPort;
    const seen = new Set<unknown>();
    for (const name of TEMPLATE_NAMES) {
      const { sheet } = createTable(app, DEFAULT_COLOURS, day, name);
      const rows = sheet.getRange(HEADER_ROW + 1, 1, 4, GOAL_COLUMNS.length).getValues().map((r) => ({ status: r[col('status') - 1], stale: r[col('stale') - 1] }));
      expect(rows, name).toEqual(computed(name, day));
      const own = labels(rows);
      expect(own.size, `${name}: ${[...own].join(', ')}`).toBeGreaterThanOrEqual(4);
      for (const l of own) seen.add(l);
      expect(s.local.formulaErrors(sheet.getName())).toEqual({});
    }
    expect(ALL.filter((l) => !seen.has(l))).toEqual([]);
  }, 120_000);
});
