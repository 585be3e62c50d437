/**
 * Benchmarks of the local spreadsheet (local/). bench/run.ts calls runLocalBench() and
 * prints and saves the figures; budgets come from the local spreadsheet issue.
 */
import { realpathSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createLocalServices } from '../local/index.ts';
import type { Figures } from './figures.ts';

const ROWS = 100_000;
const COLS = 20;
const TABLE_ROWS = 10_000;
/** Fresh workbooks per bulk figure; the machine is shared, so the best run is reported. */
const BULK_RUNS = 5;

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Best of a few runs: the machine is shared, so the minimum is the honest figure. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return Math.round(min * 10) / 10;
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const isoDay = (r: number) => new Date(START + (r % 365) * DAY_MS).toISOString().slice(0, 10);

/**
 * The 20 columns of a written goal log, as Goalpost writes them (what the parser sees):
 * 2 text (a name, a kind word), 6 numeric text ('1200', '45.5'), 3 ISO-date text
 * ('2026-01-01'), 1 Date, 1 boolean, 7 numbers.
 */
const WRITE_MIX = 'text 2, numeric text 6, ISO-date text 3, Date 1, boolean 1, number 7';
function writeCell(r: number, c: number): unknown {
  if (c === 0) return `Goal ${r}`;
  if (c === 1) return 'revenue';
  if (c <= 4) return String((r % 5000) * 10 + c);
  if (c <= 7) return String(((r % 800) + c) / 2);
  if (c <= 10) return isoDay(r + c);
  if (c === 11) return new Date(START + (r % 365) * DAY_MS);
  if (c === 12) return r % 2 === 0;
  return r * COLS + c;
}

/** Read back: the same log, with its 4 date columns (3 written as ISO text, 1 as a Date). */
const READ_MIX = '4 date columns (Dates rebuilt in the zone), 8 numbers from numeric text, 2 text, 1 boolean, 7 numbers';

function bulkData(): unknown[][] {
  return Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => writeCell(r, c)));
}

function goalTable(): unknown[][] {
  return Array.from({ length: TABLE_ROWS }, (_, r) => [
    `Goal ${r + 1}`, 100 + (r % 50), 200 + (r % 70), 150 + (r % 90), '2026-01-01', '2026-12-31', '2026-06-30', '',
  ]);
}

export async function runLocalBench(): Promise<Figures> {
  const data = bulkData();
  let setMs = Infinity;
  let getMs = Infinity;
  for (let i = 0; i < BULK_RUNS; i++) {
    const s = createLocalServices({ functions: 'none', timeZone: 'America/New_York' });
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.insertRowsAfter(sheet.getMaxRows(), ROWS - sheet.getMaxRows());
    const range = sheet.getRange(1, 1, ROWS, COLS);
    setMs = Math.min(setMs, time(() => range.setValues(data)));
    getMs = Math.min(getMs, time(() => range.getValues()));
  }

  const s = createLocalServices({ timeZone: 'Europe/London' });
  const app = s.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().insertSheet('Goals');
  sheet.insertRowsAfter(sheet.getMaxRows(), TABLE_ROWS + 1 - sheet.getMaxRows());
  sheet.getRange(1, 1, 1, 10).setValues([['Goal', 'Baseline', 'Target', 'Current', 'Start', 'Due', 'As of', 'Kind', 'Progress', 'Status']]);
  sheet.getRange(2, 1, TABLE_ROWS, 8).setValues(goalTable());
  s.counter.reset();
  sheet.getRange('I2:J2').setFormulas([['=GOAL_PROGRESS(B2:B, C2:C, D2:D, H2:H)', '=GOAL_STATUS(B2:B, C2:C, D2:D, E2:E, F2:F, G2:G, H2:H)']]);
  const firstRecalc = time(() => sheet.getRange('I2:J2').getValues());
  const writeCalls = s.counter.total();
  const full = best(3, () => {
    s.local.recalculateAll();
    sheet.getRange(2, 9, TABLE_ROWS, 2).getValues();
  });
  let n = 0;
  const edit = best(5, () => {
    sheet.getRange('D2').setValue(150 + (n++ % 7));
    sheet.getRange(2, 9, TABLE_ROWS, 2).getValues();
  });
  const errors = Object.keys(s.local.formulaErrors('Goals')).length;
  s.counter.reset();
  sheet.getDataRange().getValues();
  const readCalls = s.counter.total();

  return {
    'local.setValues 100k×20': { value: Math.round(setMs), unit: 'ms', budget: 300, note: `best of ${BULK_RUNS}, into a fresh sheet; columns: ${WRITE_MIX}` },
    'local.getValues 100k×20': { value: Math.round(getMs), unit: 'ms', budget: 300, note: `best of ${BULK_RUNS}; ${READ_MIX}` },
    'local.recalc 10k-row goal table': { value: full, unit: 'ms', budget: 2000, note: 'GOAL_PROGRESS and GOAL_STATUS over open ranges, engine rebuilt from the store, best of 3' },
    'local.first calc 10k-row goal table': { value: Math.round(firstRecalc), unit: 'ms', budget: 2000, note: 'write two range formulas, read them' },
    'local.edit one input, read 10k computed rows': { value: edit, unit: 'ms', note: 'incremental: one setValue, then getValues of both computed columns' },
    'local.formula errors in the goal table': { value: errors, unit: 'cells', budget: 0 },
    'local.calls to write two range formulas': { value: writeCalls, unit: 'calls', note: 'Sheet.getRange, Range.setFormulas, Sheet.getRange, Range.getValues' },
    'local.calls to read a whole table': { value: readCalls, unit: 'calls', note: 'Sheet.getDataRange, Range.getValues' },
  };
}

/** Run directly (node --import tsx bench/local.bench.ts), not when imported by bench/run.ts or a test. */
function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  console.table(await runLocalBench());
}
