/**
 * Benchmarks of the local spreadsheet (local/). bench/run.ts calls runLocalBench() and
 * prints and saves the figures; budgets come from the local spreadsheet issue.
 */
import { performance } from 'node:perf_hooks';
import { createLocalServices } from '../local/index.ts';
import type { Figures } from './figures.ts';

const ROWS = 100_000;
const COLS = 20;
const TABLE_ROWS = 10_000;

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

/** 100,000 × 20 cells as a goal log looks: text, numbers, a date column and a flag. */
function bulkData(): unknown[][] {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) => (c === 0 ? `Goal ${r}` : c === 1 ? 'revenue' : c === 2 ? new Date(start + (r % 365) * 86_400_000) : c === 3 ? r % 2 === 0 : r * COLS + c)),
  );
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
  for (let i = 0; i < 3; i++) {
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
    'local.setValues 100k×20': { value: Math.round(setMs), unit: 'ms', budget: 300, note: 'best of 3, into a fresh sheet; text, a Date column, booleans, numbers' },
    'local.getValues 100k×20': { value: Math.round(getMs), unit: 'ms', budget: 300, note: 'best of 3; Dates rebuilt for the date column' },
    'local.recalc 10k-row goal table': { value: full, unit: 'ms', budget: 2000, note: 'GOAL_PROGRESS and GOAL_STATUS over open ranges, engine rebuilt from the store, best of 3' },
    'local.first calc 10k-row goal table': { value: Math.round(firstRecalc), unit: 'ms', budget: 2000, note: 'write two range formulas, read them' },
    'local.edit one input, read 10k computed rows': { value: edit, unit: 'ms', note: 'incremental: one setValue, then getValues of both computed columns' },
    'local.formula errors in the goal table': { value: errors, unit: 'cells', budget: 0 },
    'local.calls to write two range formulas': { value: writeCalls, unit: 'calls', note: 'Sheet.getRange, Range.setFormulas, Sheet.getRange, Range.getValues' },
    'local.calls to read a whole table': { value: readCalls, unit: 'calls', note: 'Sheet.getDataRange, Range.getValues' },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  console.table(await runLocalBench());
}
