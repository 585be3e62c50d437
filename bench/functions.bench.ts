import { statSync } from 'node:fs';
import vm from 'node:vm';
import { dayFromYmd, instantFromSerial } from '../src/core/dates.ts';
import { CODE_PATH, readCode, SERVICES } from '../test/support/gas-context.ts';
import { median, timeMedian, type Figures } from './figures.ts';

const ROWS = 100_000;
const ZONE = 'Asia/Tokyo';

/** The costs that matter on Apps Script: one range call against per-cell calls, script load, script size. */
export function runFunctionsBench(): Figures {
  // Node's vm contexts route every global lookup (Math, Array, Date...) through an
  // interceptor, several times slower than a plain V8 global as Apps Script has; the call
  // figures therefore load the script into this process's own global scope.
  vm.runInThisContext(readCode(), { filename: 'Code.js' });
  Object.assign(globalThis, { SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => ZONE }) } });
  const gas = { run: (source: string) => vm.runInThisContext(source) as unknown };
  const day = (y: number, m: number, d: number) => instantFromSerial(dayFromYmd(y, m, d), ZONE);
  // Build the 100k-row columns inside the script's realm, as Sheets hands them over.
  gas.run(`
    var N = ${ROWS}, b = [], t = [], c = [], s = [], d = [];
    for (var i = 0; i < N; i++) {
      b.push([500000 + i]); t.push([550000 + i]); c.push([500000 + i + (i % 60000)]);
      s.push([new Date(${day(2026, 1, 1)})]); d.push([new Date(${day(2026, 3, 31)})]);
    }
    var asOf = new Date(${day(2026, 2, 15)});
  `);
  // Apps Script reloads the script for every custom-function call, so the first call after
  // loading (no JIT warm-up) is what a user waits for; the warm median is shown beside it.
  const cold = performance.now();
  gas.run('GOAL_STATUS(b, t, c, s, d, asOf)');
  const rangeCold = performance.now() - cold;
  const rangeCall = timeMedian(() => gas.run('GOAL_STATUS(b, t, c, s, d, asOf)'), 9);
  // A numeric column cannot share its rows as a status column does: shown for comparison.
  const progressCall = timeMedian(() => gas.run('GOAL_PROGRESS(b, t, c)'), 9);
  const singleCalls = timeMedian(
    () => gas.run('for (var i = 0; i < N; i++) GOAL_STATUS(b[i][0], t[i][0], c[i][0], s[i][0], d[i][0], asOf)'),
    3,
  );

  const code = readCode();
  const load = (source: string) => {
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const globals = Object.fromEntries(SERVICES.map((n) => [n, {}]));
      const t = performance.now();
      vm.runInContext(source, vm.createContext(globals));
      times.push(performance.now() - t);
    }
    return median(times);
  };
  const loadCode = load(code);
  const loadEmpty = load('');

  return {
    'GOAL_STATUS 100k rows, one range call': { value: rangeCall, unit: 'ms', budget: 100, note: 'median of 9 after one warm-up' },
    'GOAL_PROGRESS 100k rows, one range call': { value: progressCall, unit: 'ms', note: 'numeric results, one new row each' },
    'GOAL_STATUS 100k rows, first call after load': { value: rangeCold, unit: 'ms', note: 'no JIT warm-up, as each Apps Script call starts' },
    'GOAL_STATUS 100k single-value calls (JS only)': {
      value: singleCalls,
      unit: 'ms',
      note: 'in Sheets each call is also a server round-trip that reloads the script',
    },
    'GOAL_STATUS 100k single-value calls incl. reload': { value: singleCalls + ROWS * loadCode, unit: 'ms', note: 'JS time + 100k × load time' },
    'load dist/Code.js in a fresh context': { value: loadCode, unit: 'ms', budget: 10 },
    'load an empty script in a fresh context': { value: loadEmpty, unit: 'ms' },
    'dist/Code.js size': { value: statSync(CODE_PATH).size, unit: 'bytes', budget: 100 * 1024 },
  };
}
