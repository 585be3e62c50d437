/** How the sidebar writes numbers, percentages and status colours. */
import type { GoalDto } from '../src/contract/dto.ts';

export const percent = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** Made on first use and kept: each toLocaleString with options builds a new formatter. */
let grouped: Intl.NumberFormat | undefined;

export function amount(x: number | boolean | string | null, unit = ''): string {
  if (x === null || x === '') return '–';
  if (typeof x === 'boolean') return x ? 'done' : 'not done';
  if (typeof x === 'string') return x;
  const text = Math.abs(x) >= 1000 ? (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(x) : String(Number(x.toPrecision(6)));
  return unit === '%' ? `${text}%` : unit === '$' ? `$${text}` : unit ? `${text} ${unit}` : text;
}

/** A goal's name as the list shows it: its goal text, else its KPI, else its id. */
export const goalName = (g: Pick<GoalDto, 'goal' | 'kpi' | 'id'>): string => g.goal || g.kpi || g.id;

/** A goal's status as the filters and chips name it: a label, or "Error" for the Status column's "Error: …" texts. */
export const statusOf = (status: string): string => (status.startsWith('Error') ? 'Error' : status);
