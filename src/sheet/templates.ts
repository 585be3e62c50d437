/**
 * The four worked examples of goal-math.md as goal-table templates: each a goal with its
 * three KPIs as child rows, and a log of plausible readings dated relative to the day the
 * table is created, in the quarter or year containing that day. Each KPI's readings are
 * drawn to give it a chosen status on that day, so that across the four templates a new
 * user sees every status: On track, At risk, Off track, Achieved, Awaiting data, and stale
 * flags. (In the first tenth of a window, linear pace cannot yet tell them apart: the
 * early-window guard shows At risk for Off track, and on the start day all read On track.)
 */
import { addMonths, dayFromYmd, ymdFromDay, type Day } from '../core/dates.ts';
import type { GoalKind, TemplateName } from '../core/vocabulary.ts';

export { TEMPLATE_NAMES, type TemplateName } from '../core/vocabulary.ts';

/** How a KPI's readings are drawn: its progress at the last reading, as a share of the pace expected then, or outright. */
type Plan =
  | { readonly pace: number } // progress = pace × expected at the last reading
  | { readonly progress: number }; // progress outright (1.05: achieved)

interface KpiTemplate {
  readonly id: string;
  readonly kpi: string;
  readonly kind?: GoalKind;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
  readonly owner: string;
  readonly cadence: number;
  readonly plan: Plan;
  /** Days between the last reading and the day of creation (more than the cadence: stale). */
  readonly lag: number;
  /** A KPI read over last month, whose final reading has not come in: Awaiting data. */
  readonly lastMonth?: boolean;
}

interface Template {
  readonly id: string;
  readonly goal: string;
  readonly owner: string;
  readonly period: 'quarter' | 'year';
  readonly kpis: readonly [KpiTemplate, KpiTemplate, KpiTemplate];
}

export const TEMPLATES: Readonly<Record<TemplateName, Template>> = {
  Retail: {
    id: 'R',
    goal: 'Increase sales revenue by 10% in the next quarter',
    owner: 'Sales lead',
    period: 'quarter',
    kpis: [
      { id: 'R1', kpi: 'Total sales revenue', kind: 'increase', unit: '$', baseline: 500_000, target: 550_000, owner: 'Store ops', cadence: 7, plan: { pace: 1.15 }, lag: 1 },
      { id: 'R2', kpi: 'Average transaction value', kind: 'increase', unit: '$', baseline: 42, target: 46.2, owner: 'Merchandising', cadence: 7, plan: { pace: 0.8 }, lag: 12 },
      { id: 'R3', kpi: 'Conversion rate', kind: 'increase', unit: '%', baseline: 0.025, target: 0.03, owner: 'E-commerce', cadence: 14, plan: { progress: 1.1 }, lag: 3 },
    ],
  },
  Healthcare: {
    id: 'H',
    goal: 'Reduce patient wait times by 20% within six months',
    owner: 'Clinic manager',
    period: 'quarter',
    kpis: [
      { id: 'H1', kpi: 'Average wait time', kind: 'decrease', unit: 'min', baseline: 40, target: 32, owner: 'Front desk', cadence: 7, plan: { pace: 0.4 }, lag: 2 },
      { id: 'H2', kpi: 'Patient satisfaction score', kind: 'increase', unit: 'pts', baseline: 78, target: 85, owner: 'Patient experience', cadence: 30, plan: { pace: 0.95 }, lag: 0, lastMonth: true },
      { id: 'H3', kpi: 'Number of patient complaints', kind: 'at most', unit: '', baseline: 48, target: 30, owner: 'Quality', cadence: 14, plan: { pace: 1.3 }, lag: 4 },
    ],
  },
  Manufacturing: {
    id: 'M',
    goal: 'Improve production efficiency by 15% in the next year',
    owner: 'Plant manager',
    period: 'year',
    kpis: [
      { id: 'M1', kpi: 'OEE', kind: 'increase', unit: '%', baseline: 0.68, target: 0.782, owner: 'Production', cadence: 7, plan: { pace: 0.8 }, lag: 2 },
      { id: 'M2', kpi: 'Production cycle time', kind: 'decrease', unit: 'min', baseline: 50, target: 42.5, owner: 'Engineering', cadence: 14, plan: { pace: 1.1 }, lag: 5 },
      { id: 'M3', kpi: 'Defect rate', kind: 'decrease', unit: '%', baseline: 0.04, target: 0.034, owner: 'Quality', cadence: 7, plan: { pace: 0.35 }, lag: 20 },
    ],
  },
  Software: {
    id: 'S',
    goal: 'Increase customer satisfaction by 20% within the next year',
    owner: 'Head of support',
    period: 'year',
    kpis: [
      { id: 'S1', kpi: 'NPS', kind: 'increase', unit: 'pts', baseline: 25, target: 30, owner: 'Product', cadence: 30, plan: { progress: 1.2 }, lag: 6 },
      { id: 'S2', kpi: 'Customer retention rate', kind: 'at least', unit: '%', baseline: 0.86, target: 0.9, owner: 'Customer success', cadence: 30, plan: { pace: 0.75 }, lag: 9 },
      { id: 'S3', kpi: 'Average response time', kind: 'decrease', unit: 'h', baseline: 8, target: 6.4, owner: 'Support', cadence: 7, plan: { pace: 0.5 }, lag: 0, lastMonth: true },
    ],
  },
};

/** The calendar quarter or year containing a day: start and due (its last day). */
export function periodContaining(day: Day, period: 'quarter' | 'year'): { start: Day; due: Day } {
  const { year, month } = ymdFromDay(day);
  const start = period === 'year' ? dayFromYmd(year, 1, 1) : dayFromYmd(year, month - ((month - 1) % 3), 1);
  return { start, due: addMonths(start, period === 'year' ? 12 : 3) - 1 };
}

/** Last calendar month: a survey window that has closed. */
function lastMonth(day: Day): { start: Day; due: Day } {
  const { year, month } = ymdFromDay(day);
  const thisMonth = dayFromYmd(year, month, 1);
  return { start: addMonths(thisMonth, -1), due: thisMonth - 1 };
}

export interface TemplateRow {
  readonly id: string;
  readonly parent: string;
  readonly goal: string;
  readonly kpi: string;
  readonly owner: string;
  readonly kind: string;
  readonly unit: string;
  readonly baseline: number | '';
  readonly target: number | '';
  readonly start: Day;
  readonly due: Day;
  readonly cadence: number | '';
}

export interface TemplateReading {
  readonly day: Day;
  readonly id: string;
  readonly value: number;
}

/** Readings as people record them: percentages to a hundredth of a point, counts and large amounts whole. */
const round = (x: number, unit: string): number => {
  const places = unit === '%' ? 4 : unit === '' || Math.abs(x) >= 1000 ? 0 : 2;
  return Number(x.toFixed(places));
};

/** A KPI's readings: about weekly, along a line from the baseline to its planned progress, with a small wiggle. */
function readingsFor(k: KpiTemplate, window: { start: Day; due: Day }, today: Day): TemplateReading[] {
  const last = Math.min(today - k.lag, window.due - (k.lastMonth ? 6 : 0));
  const span = Math.max(1, window.due - window.start);
  const expected = Math.min(1, Math.max(0, (last - window.start) / span));
  const progress = 'progress' in k.plan ? k.plan.progress : k.plan.pace * expected;
  const step = Math.max(3, Math.min(k.cadence, 14));
  const out: TemplateReading[] = [];
  for (let n = 5; n >= 0; n--) {
    const day = last - n * step;
    const share = last === window.start ? 1 : Math.max(0, (day - window.start) / (last - window.start));
    const wiggle = n === 0 ? 0 : 0.03 * Math.sin(n * 2.1);
    out.push({ day, id: k.id, value: round(k.baseline + (k.target - k.baseline) * (progress * share + wiggle), k.unit) });
  }
  return out;
}

/** A template's rows and readings for a table created on `today`. */
export function templateData(name: TemplateName, today: Day): { rows: TemplateRow[]; readings: TemplateReading[] } {
  const t = TEMPLATES[name];
  const window = periodContaining(today, t.period);
  const rows: TemplateRow[] = [
    { id: t.id, parent: '', goal: t.goal, kpi: '', owner: t.owner, kind: '', unit: '', baseline: '', target: '', start: window.start, due: window.due, cadence: '' },
  ];
  const readings: TemplateReading[] = [];
  for (const k of t.kpis) {
    const w = k.lastMonth ? lastMonth(today) : window;
    rows.push({ id: k.id, parent: t.id, goal: '', kpi: k.kpi, owner: k.owner, kind: k.kind ?? '', unit: k.unit, baseline: k.baseline, target: k.target, start: w.start, due: w.due, cadence: k.cadence });
    readings.push(...readingsFor(k, w, today));
  }
  readings.sort((a, b) => a.day - b.day);
  return { rows, readings };
}
