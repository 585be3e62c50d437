/**
 * Colour scales of conditional-format rules: a number's colour between the rule's min,
 * optional mid and max points, each a value from the rule's own numbers (MIN, MAX,
 * PERCENT of the span, PERCENTILE) or a NUMBER given; colours mix linearly in RGB.
 */
import type { GradientPoint, GradientSpec } from '../model/specs.ts';

function rgb(color: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const n = parseInt(m[1] as string, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  if (!x || !y) return t < 0.5 ? a : b;
  return `#${x.map((v, i) => Math.round(v + ((y[i] as number) - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

function pointValue(p: GradientPoint | undefined, sorted: readonly number[], fallback: 'min' | 'max' | 'mid'): number {
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  const given = Number(p?.value);
  switch (p?.type ?? (fallback === 'min' ? 'MIN' : fallback === 'max' ? 'MAX' : 'PERCENTILE')) {
    case 'NUMBER': return Number.isFinite(given) ? given : lo;
    case 'PERCENT': return lo + (hi - lo) * ((Number.isFinite(given) ? given : 50) / 100);
    case 'PERCENTILE': return percentile(sorted, Number.isFinite(given) ? given : 50);
    case 'MAX': return hi;
    default: return lo;
  }
}

export function gradientColor(g: GradientSpec, sorted: readonly number[], n: number): string | undefined {
  const stops: Array<[number, string]> = [];
  if (g.min?.color) stops.push([pointValue(g.min, sorted, 'min'), g.min.color]);
  if (g.mid?.color) stops.push([pointValue(g.mid, sorted, 'mid'), g.mid.color]);
  if (g.max?.color) stops.push([pointValue(g.max, sorted, 'max'), g.max.color]);
  if (stops.length === 0) return undefined;
  const first = stops[0] as [number, string];
  const last = stops[stops.length - 1] as [number, string];
  if (n <= first[0]) return first[1];
  if (n >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1] as [number, string], stops[i] as [number, string]];
    if (n <= b[0]) return b[0] === a[0] ? b[1] : mix(a[1], b[1], (n - a[0]) / (b[0] - a[0]));
  }
  return last[1];
}

