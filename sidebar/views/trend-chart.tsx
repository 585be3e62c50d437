/** A small inline-SVG chart of a KPI's readings, the target line, and the reading about to be added. */
import type { ReadingDto } from '../../src/contract/dto.ts';
import { amount } from '../format.ts';

const W = 276;
const H = 96;
const PAD = 8;

interface Point { readonly t: number; readonly v: number; readonly date: string }

const pointsOf = (readings: readonly ReadingDto[]): Point[] =>
  readings.flatMap((r) => (typeof r.value === 'number' && r.date ? [{ t: Date.parse(r.date), v: r.value, date: r.date }] : []));

export function TrendChart(props: { readings: readonly ReadingDto[]; target: number | null; unit: string; next?: { value: number; date: string } | null }) {
  const points = pointsOf(props.readings);
  const next = props.next && Number.isFinite(props.next.value) && props.next.date ? { t: Date.parse(props.next.date), v: props.next.value, date: props.next.date } : null;
  const all = next && Number.isFinite(next.t) ? [...points, next] : points;
  if (all.length === 0) return <p class="gray">No readings yet: the first check-in starts the trend.</p>;
  const values = [...all.map((p) => p.v), ...(props.target === null ? [] : [props.target])];
  const [t0, t1] = [Math.min(...all.map((p) => p.t)), Math.max(...all.map((p) => p.t))];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => PAD + (t1 === t0 ? (W - 2 * PAD) / 2 : ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number) => H - PAD - (v1 === v0 ? (H - 2 * PAD) / 2 : ((v - v0) / (v1 - v0)) * (H - 2 * PAD));
  const last = points[points.length - 1];
  const summary = `${points.length} reading${points.length === 1 ? '' : 's'}${last ? `, latest ${amount(last.v, props.unit)} on ${last.date}` : ''}${
    props.target === null ? '' : `; target ${amount(props.target, props.unit)}`}${next ? `; new reading ${amount(next.v, props.unit)} on ${next.date}` : ''}`;
  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Trend: ${summary}`}>
      <rect x="0" y="0" width={W} height={H} fill="#f8f9fa" />
      {props.target !== null && <line x1={PAD} x2={W - PAD} y1={y(props.target)} y2={y(props.target)} stroke="#188038" stroke-dasharray="4 3" />}
      {points.length > 1 && <polyline fill="none" stroke="#1a73e8" stroke-width="2" points={points.map((p) => `${x(p.t)},${y(p.v)}`).join(' ')} />}
      {points.map((p) => <circle key={`${p.t}-${p.v}`} cx={x(p.t)} cy={y(p.v)} r="2.5" fill="#1a73e8" />)}
      {next && last && <line x1={x(last.t)} y1={y(last.v)} x2={x(next.t)} y2={y(next.v)} stroke="#e37400" stroke-dasharray="3 2" />}
      {next && <circle class="next" cx={x(next.t)} cy={y(next.v)} r="4" fill="#fff" stroke="#e37400" stroke-width="2" />}
    </svg>
  );
}
