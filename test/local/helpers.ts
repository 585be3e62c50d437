/** Shared set-up for the local spreadsheet tests. */
import { createLocalServices, type LocalServices, type LocalServicesOptions } from '../../local/index.ts';
import type { CustomFunctionSet } from '../../local/engine/function-plugin.ts';
import type { FunctionSpec } from '../../src/functions/spec.ts';
import type { SheetPort } from '../../src/sheet/ports.ts';

const spec = (name: string, params: number): FunctionSpec => ({
  name,
  summary: name,
  params: Array.from({ length: params }, (_, i) => ({ name: `a${i}`, description: '', acceptsRange: true, optional: i > 0 })),
  returns: '',
});

/** Small custom functions whose behaviour is easy to state, to test the engine's calling convention. */
export function testFunctions(timeZone: () => string): CustomFunctionSet {
  const map = (v: unknown, f: (x: unknown) => unknown) => (Array.isArray(v) ? v.map((row: unknown[]) => row.map(f)) : f(v));
  return {
    specs: [spec('DOUBLE', 1), spec('NEXT_DAY', 1), spec('BOOM', 1), spec('KIND_OF', 3), spec('ROWS_OF', 1), spec('ZONE', 0), spec('SEQ', 1), spec('TOTAL', 1), spec('PAIR', 0), spec('SEQ_ROW', 1)],
    functions: {
      DOUBLE: (v) => map(v, (x) => (typeof x === 'number' ? x * 2 : x)),
      NEXT_DAY: (d) => (d instanceof Date ? new Date(d.getTime() + 86_400_000) : 'not a date'),
      BOOM: (msg) => {
        throw new Error(String(msg));
      },
      KIND_OF: (a, b, c) => [a, b, c].map((a) => (a === undefined ? 'undefined' : Array.isArray(a) ? `array ${a.length}x${(a[0] as unknown[]).length}` : a instanceof Date ? 'date' : a === '' ? 'blank' : typeof a)).join(','),
      ROWS_OF: (v) => (Array.isArray(v) ? v.length : 'scalar'),
      ZONE: () => timeZone(),
      SEQ: (n) => Array.from({ length: Number(n) }, (_, i) => [i + 1]),
      TOTAL: (v) => (Array.isArray(v) ? v.flat().reduce((a: number, x) => a + (typeof x === 'number' ? x : 0), 0) : v),
      PAIR: () => [['left', 'right']],
      SEQ_ROW: (n) => [Array.from({ length: Number(n) }, (_, i) => i + 1)],
    },
  };
}

export function localWith(options: LocalServicesOptions = {}): LocalServices {
  return createLocalServices({ functions: testFunctions, ...options });
}

export function firstSheet(s: LocalServices): SheetPort {
  return s.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0] as SheetPort;
}
