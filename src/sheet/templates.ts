/**
 * The four worked examples of goal-math.md as goal-table templates: each a goal with its
 * three KPIs as child rows, and a log of plausible readings dated relative to the day the
 * table is created. The goal's window is the calendar period its sentence names that
 * contains that day: the quarter (Retail), the half-year (Healthcare, "within six months":
 * 2026-01-01 to 2026-06-30, as goal-math.md works it), the year (Manufacturing, Software).
 * Each KPI's readings are drawn to give it a chosen status on that day, and every reading
 * lies in the KPI's own window, on or before the day. So that a new user sees every status
 * on any day of the year (On track, At risk, Off track, Achieved, Awaiting data, and stale
 * flags; each template at least four of them), two kinds of KPI have windows of their own:
 * - a monthly survey over last month, whose final reading has not come in (Awaiting data);
 * - a lagging KPI (behind its pace, its last reading older than its cadence: Stale) early in
 *   the goal's window, before its last reading could lie a fifth of the way in: linear pace
 *   cannot yet tell it from one on track there (the early-window guard), so it is a
 *   six-month KPI carried over from last quarter, due at the end of this one. Later in the
 *   window it has the goal's window like the others.
 */
import { addMonths, dayFromYmd, ymdFromDay, type Day } from '../core/dates.ts';
import type { GoalKind, TemplateName } from '../core/vocabulary.ts';

export { TEMPLATE_NAMES, type TemplateName } from '../core/vocabulary.ts';

/** How a KPI's readings are drawn: its progress at the last reading, as a share of the pace expected then, or outright. */
type Plan =
  | { readonly pace: number } // progress = pace × expected at the last reading (below the target)
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
  /**
   * The KPI's window: the goal's (default); last month, a survey whose final reading has not
   * come in (Awaiting data); or, for a lagging KPI early in the goal's window, six months
   * carried over from last quarter to the end of this one.
   */
  readonly window?: 'lastMonth' | 'lagging';
}

export type TemplatePeriod = 'quarter' | 'half' | 'year';

interface Template {
  readonly id: string;
  readonly goal: string;
  readonly owner: string;
  readonly period: TemplatePeriod;
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
      { id: 'R2', kpi: 'Average transaction value', kind: 'increase', unit: '$', baseline: 42, target: 46.2, owner: 'Merchandising', cadence: 7, plan: { pace: 0.8 }, lag: 12, window: 'lagging' },
      { id: 'R3', kpi: 'Conversion rate', kind: 'increase', unit: '%', baseline: 0.025, target: 0.03, owner: 'E-commerce', cadence: 14, plan: { progress: 1.1 }, lag: 3 },
    ],
  },
  Healthcare: {
    id: 'H',
    goal: 'Reduce patient wait times by 20% within six months',
    owner: 'Clinic manager',
    period: 'half',
    kpis: [
      { id: 'H1', kpi: 'Average wait time', kind: 'decrease', unit: 'min', baseline: 40, target: 32, owner: 'Front desk', cadence: 7, plan: { pace: 1.3 }, lag: 2 },
      { id: 'H2', kpi: 'Patient satisfaction score', kind: 'increase', unit: 'pts', baseline: 78, target: 85, owner: 'Patient experience', cadence: 30, plan: { pace: 0.95 }, lag: 0, window: 'lastMonth' },
      { id: 'H3', kpi: 'Number of patient complaints', kind: 'at most', unit: '', baseline: 48, target: 30, owner: 'Quality', cadence: 14, plan: { pace: 0.4 }, lag: 20, window: 'lagging' },
    ],
  },
  Manufacturing: {
    id: 'M',
    goal: 'Improve production efficiency by 15% in the next year',
    owner: 'Plant manager',
    period: 'year',
    kpis: [
      { id: 'M1', kpi: 'OEE', kind: 'increase', unit: '%', baseline: 0.68, target: 0.782, owner: 'Production', cadence: 7, plan: { pace: 0.8 }, lag: 2 },
      { id: 'M2', kpi: 'Production cycle time', kind: 'decrease', unit: 'min', baseline: 50, target: 42.5, owner: 'Engineering', cadence: 14, plan: { progress: 1.05 }, lag: 5 },
      { id: 'M3', kpi: 'Defect rate', kind: 'decrease', unit: '%', baseline: 0.04, target: 0.034, owner: 'Quality', cadence: 7, plan: { pace: 0.35 }, lag: 20, window: 'lagging' },
    ],
  },
  Software: {
    id: 'S',
    goal: 'Increase customer satisfaction by 20% within the next year',
    owner: 'Head of support',
    period: 'year',
    kpis: [
      { id: 'S1', kpi: 'NPS', kind: 'increase', unit: 'pts', baseline: 25, target: 30, owner: 'Product', cadence: 30, plan: { progress: 1.2 }, lag: 6 },
      { id: 'S2', kpi: 'Customer retention rate', kind: 'at least', unit: '%', baseline: 0.86, target: 0.9, owner: 'Customer success', cadence: 30, plan: { pace: 0.75 }, lag: 35, window: 'lagging' },
      { id: 'S3', kpi: 'Average response time', kind: 'decrease', unit: 'h', baseline: 8, target: 6.4, owner: 'Support', cadence: 7, plan: { pace: 0.5 }, lag: 0, window: 'lastMonth' },
    ],
  },
};

const MONTHS: Readonly<Record<TemplatePeriod, number>> = { quarter: 3, half: 6, year: 12 };

/** The calendar quarter, half-year or year containing a day: start and due (its last day). */
export function periodContaining(day: Day, period: TemplatePeriod): { start: Day; due: Day } {
  const { year, month } = ymdFromDay(day);
  const months = MONTHS[period];
  const start = dayFromYmd(year, month - ((month - 1) % months), 1);
  return { start, due: addMonths(start, months) - 1 };
}

/** A KPI's own window on the day of creation (see the module's note). */
export function kpiWindow(k: Pick<KpiTemplate, 'window' | 'lag'>, goalWindow: { start: Day; due: Day }, day: Day): { start: Day; due: Day } {
  if (k.window === 'lastMonth') {
    const { year, month } = ymdFromDay(day);
    const thisMonth = dayFromYmd(year, month, 1);
    return { start: addMonths(thisMonth, -1), due: thisMonth - 1 };
  }
  // A fifth of the way in, the early-window guard is long past.
  if (k.window === 'lagging' && day - k.lag - goalWindow.start < 0.2 * (goalWindow.due - goalWindow.start)) {
    const quarter = periodContaining(day, 'quarter');
    return { start: addMonths(quarter.start, -3), due: quarter.due };
  }
  return goalWindow;
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

/**
 * A KPI's readings: up to six, about weekly, along a line from the baseline to its planned
 * progress, with a small wiggle; all in its window, the last `lag` days before the day of
 * creation (a closed window's a week before its end), none before the window starts.
 */
function readingsFor(k: KpiTemplate, window: { start: Day; due: Day }, today: Day): TemplateReading[] {
  const last = Math.max(window.start, Math.min(today - k.lag, window.due - (k.window === 'lastMonth' ? 6 : 0), today));
  const span = Math.max(1, window.due - window.start);
  const expected = Math.min(1, Math.max(0, (last - window.start) / span));
  // A KPI on pace is not there yet, even on the window's last days (a KPI meant to be achieved says so).
  const progress = 'progress' in k.plan ? k.plan.progress : Math.min(k.plan.pace * expected, 0.97);
  // About weekly (the cadence, 3 to 14 days), closer when the window has not gone on that long.
  const step = Math.min(Math.max(3, Math.min(k.cadence, 14)), Math.floor((last - window.start) / 5));
  const out: TemplateReading[] = [];
  for (let n = step > 0 ? 5 : 0; n >= 0; n--) {
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
    const w = kpiWindow(k, window, today);
    rows.push({ id: k.id, parent: t.id, goal: '', kpi: k.kpi, owner: k.owner, kind: k.kind ?? '', unit: k.unit, baseline: k.baseline, target: k.target, start: w.start, due: w.due, cadence: k.cadence });
    readings.push(...readingsFor(k, w, today));
  }
  readings.sort((a, b) => a.day - b.day);
  return { rows, readings };
}
