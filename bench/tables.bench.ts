/**
 * Goal tables: Refresh of 10, 1,000 and 10,000 goals over a 100,000-row KPI log. Service
 * calls (the counter counts every call on a service object, as Apps Script bills round
 * trips) must be equal at every size; the add-on's own script time is measured with the
 * engine's custom functions off (Sheets recalculates on its servers, outside the 6-minute
 * limit), and the recalculation of the 10,000-goal table on its own.
 */
import { createLocalServices } from '../local/index.ts';
import { dayFromYmd } from '../src/core/dates.ts';
import { GOAL_COLUMNS } from '../src/sheet/goal-columns.ts';
import type { SpreadsheetAppPort } from '../src/sheet/ports.ts';
import { createTable, HEADER_ROW } from '../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../src/sheet/table-formulas.ts';
import { refreshTables } from '../src/sheet/table-refresh.ts';
import type { Figures } from './figures.ts';

const TODAY = dayFromYmd(2026, 11, 29);

/**
 * Time inside service calls, so the add-on's own script time can be told apart from the
 * local spreadsheet's engine (which stands in for Sheets' servers): every object a call
 * returns is wrapped too.
 */
const targets = new WeakMap<object, object>();
const unwrap = (v: unknown): unknown => (Array.isArray(v) ? v.map(unwrap) : typeof v === 'object' && v !== null ? (targets.get(v) ?? v) : v);

export function timed<T extends object>(target: T, clock: { inside: number }, seen = new WeakMap<object, object>()): T {
  const known = seen.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, prop) {
      const v = Reflect.get(t, prop, t) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const start = performance.now();
        const out = (v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
        clock.inside += performance.now() - start;
        if (typeof out === 'object' && out !== null && !Array.isArray(out) && !(out instanceof Date)) return timed(out, clock, seen);
        if (Array.isArray(out)) return out.map((o) => (typeof o === 'object' && o !== null && !Array.isArray(o) && !(o instanceof Date) ? timed(o, clock, seen) : o));
        return out;
      };
    },
  });
  seen.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}
const LOG_ROWS = 100_000;
const col = (role: string): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;

function table(goals: number, functions: boolean) {
  const s = createLocalServices({ timeZone: 'Etc/UTC', ...(functions ? {} : { functions: 'none' as const }) });
  const app = s.SpreadsheetApp as unknown as SpreadsheetAppPort;
  const { sheet, log } = createTable(app, DEFAULT_COLOURS, TODAY);
  const more = goals + HEADER_ROW + 10 - sheet.getMaxRows();
  if (more > 0) sheet.insertRowsAfter(sheet.getMaxRows(), more);
  log.insertRowsAfter(log.getMaxRows(), LOG_ROWS + 10 - log.getMaxRows());
  const ids = Array.from({ length: goals }, (_, i) => `K${i + 1}`);
  const at = (role: string) => sheet.getRange(HEADER_ROW + 1, col(role), goals, 1);
  at('id').setValues(ids.map((id) => [id]));
  at('baseline').setValues(ids.map((_, i) => [100 + (i % 50)]));
  at('target').setValues(ids.map((_, i) => [200 + (i % 70)]));
  at('start').setValues(ids.map(() => [new Date(Date.UTC(2026, 9, 1))]));
  at('due').setValues(ids.map(() => [new Date(Date.UTC(2026, 11, 31))]));
  log.getRange(2, 1, LOG_ROWS, 3).setValues(Array.from({ length: LOG_ROWS }, (_, i) => [new Date(Date.UTC(2026, 9, 1 + (i % 58))), ids[i % goals], 100 + (i % 90)]));
  return { s, app, sheet };
}

export function runTablesBench(recalc = true): Figures {
  const figures: Figures = {};
  const calls: number[] = [];
  for (const goals of [10, 1000, 10_000]) {
    const { s, app } = table(goals, false); // custom functions off: Sheets recalculates server-side
    s.counter.reset();
    const clock = { inside: 0 };
    const t = performance.now();
    refreshTables(timed(app, clock), DEFAULT_COLOURS, TODAY + 1);
    const ms = performance.now() - t - clock.inside;
    calls.push(s.counter.total());
    figures[`tables.refresh ${goals} goals: service calls`] = { value: s.counter.total(), unit: 'calls', note: 'every call on a SpreadsheetApp/Range/Sheet/... object' };
    figures[`tables.refresh ${goals} goals: script time`] = { value: Math.round(ms), unit: 'ms', ...(goals === 10_000 ? { budget: 2000 } : {}), note: `${LOG_ROWS.toLocaleString('en')}-row log; JS time outside service calls (the local engine stands in for Sheets' servers)` };
  }
  figures['tables.refresh calls equal at every size'] = { value: calls.every((c) => c === calls[0]) ? 0 : 1, unit: 'differences', budget: 0 };
  if (!recalc) return figures;
  const { s, sheet } = table(10_000, true);
  const t = performance.now();
  s.local.recalculateAll();
  sheet.getRange(HEADER_ROW + 1, col('current'), 10_000, col('stale') - col('current') + 1).getValues();
  figures['tables.recalc 10,000-goal table'] = { value: Math.round(performance.now() - t), unit: 'ms', note: `every computed column over a ${LOG_ROWS.toLocaleString('en')}-row log, engine rebuilt from the store` };
  figures['tables.formula errors, 10,000 goals'] = { value: Object.keys(s.local.formulaErrors(sheet.getName())).length, unit: 'cells', budget: 0 };
  return figures;
}

if (process.argv[1]?.endsWith('tables.bench.ts')) console.table(runTablesBench(!process.argv.includes('--no-recalc')));
