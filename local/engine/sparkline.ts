/**
 * SPARKLINE as data: Sheets draws it inside the cell and getValue() reads "", so locally
 * the formula evaluates to "" and the engine keeps the chart's spec for the preview to draw.
 */

export interface SparklineSpec {
  readonly data: ReadonlyArray<number | null>;
  readonly options: Readonly<Record<string, string | number | boolean>>;
}

function flatten(v: unknown): unknown[] {
  return Array.isArray(v) ? v.flat(2) : [v];
}

export function sparklineSpec(data: unknown, options: unknown): SparklineSpec {
  const values = flatten(data).map((x) => (typeof x === 'number' ? x : x instanceof Date ? x.getTime() : null));
  const opts: Record<string, string | number | boolean> = { charttype: 'line' };
  if (Array.isArray(options)) {
    for (const row of options as unknown[][]) {
      const [k, v] = Array.isArray(row) ? row : [];
      if (typeof k === 'string' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) {
        opts[k.toLowerCase()] = typeof v === 'string' ? v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : v : v;
      }
    }
  }
  return { data: values, options: opts };
}
