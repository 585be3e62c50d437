export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** The figure must stay at or under this on the reference machine (2 cores). */
  readonly budget?: number;
  readonly note?: string;
}

export type Figures = Record<string, Figure>;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Times fn several times after a warm-up and returns the median in ms. */
export function timeMedian(fn: () => void, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
