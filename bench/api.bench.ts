/**
 * The server API: service calls and script time of a check-in, a correction, a target
 * revision and listGoals at 10 goals over a 1,000-row KPI log and at 10,000 goals over a
 * 100,000-row log (each with a change log as long as its log). Calls must be equal at both
 * sizes; script time is the add-on's own JavaScript, outside service calls (the local
 * spreadsheet stands in for Sheets' servers), and grows with the rows a request reads.
 */
import vm from 'node:vm';
import { dispatch } from '../src/server/rpc.ts';
import { readCode } from '../test/support/gas-context.ts';
import { median, type Figures } from './figures.ts';
import { measuredRequests, sizedTable } from '../test/support/sized-table.ts';
import { timed } from './tables.bench.ts';

const SIZES = [
  { goals: 10, readings: 1000 },
  { goals: 10_000, readings: 100_000 },
] as const;

export function runApiBench(): Figures {
  const figures: Figures = {};
  const calls: Record<string, number[]> = {};
  for (const { goals, readings } of SIZES) {
    const t = sizedTable(goals, readings, readings);
    const clock = { inside: 0 };
    // The same requests, through a context whose services are timed.
    const ctx = { ...t.ctx, app: timed(t.app, clock) };
    const timedTable = { ...t, call: ((m: never, p?: unknown) => dispatch(() => ctx, m, p)) as typeof t.call };
    for (const [name, run] of Object.entries(measuredRequests(timedTable, readings))) {
      t.s.counter.reset();
      clock.inside = 0;
      const start = performance.now();
      run();
      const ms = performance.now() - start - clock.inside;
      (calls[name] ??= []).push(t.s.counter.total());
      const size = `${goals.toLocaleString('en')} goals, ${readings.toLocaleString('en')}-row log`;
      figures[`api.${name} ${size}: service calls`] = { value: t.s.counter.total(), unit: 'calls' };
      figures[`api.${name} ${size}: script time`] = { value: Math.round(ms * 10) / 10, unit: 'ms', note: 'JS time outside service calls' };
    }
  }
  // The first request after a load builds the schemas (a refused one: no service is touched);
  // a custom-function call, which loads the script too, never pays this.
  const code = readCode();
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < 30; i++) {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const time = (source: string) => {
      const start = performance.now();
      vm.runInContext(source, context);
      return performance.now() - start;
    };
    first.push(time("goalpostRpc('checkIn', { value: 'x' })"));
    second.push(time("goalpostRpc('checkIn', { value: 'x' })"));
  }
  figures['api first goalpostRpc after load (builds the schemas)'] = { value: median(first), unit: 'ms', note: 'median of 30 fresh loads; a refused request, so no service is touched' };
  figures['api second goalpostRpc (schemas built)'] = { value: median(second), unit: 'ms' };
  const unequal = Object.values(calls).filter((c) => c.some((x) => x !== c[0])).length;
  figures['api calls equal at both sizes'] = { value: unequal, unit: 'differences', budget: 0 };
  return figures;
}

if (process.argv[1]?.endsWith('api.bench.ts')) console.table(runApiBench());

