import { describe, it, expect } from 'vitest';
import { dayFromYmd, parseIsoDay, type Day } from '../../src/core/dates.ts';
import { parseGoalSentence, parsedGoalRow, readGoalSentence, type ParsedGoal } from '../../src/core/sentence.ts';

function day(iso: string): Day {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}
const parse = (text: string, start = '2026-11-27'): ParsedGoal => parseGoalSentence(text, day(start));
const relative = (fraction: number) => ({ type: 'relative', fraction }) as const;
const points = (amount: number) => ({ type: 'points', amount }) as const;

describe('parseGoalSentence: the four worked examples', () => {
  // goal-math.md, "Goal sentences": "next quarter" / "in the next year" are the first calendar
  // quarter / year starting on or after the start; "within ..." is rolling and ends the day
  // before the anniversary.
  it.each([
    ['Increase sales revenue by 10% in the next quarter', '2026-11-27', 'increase', 0.1, 'sales revenue', '2027-01-01', '2027-03-31', 'in the next quarter'],
    ['Increase sales revenue by 10% in the next quarter', '2025-12-15', 'increase', 0.1, 'sales revenue', '2026-01-01', '2026-03-31', 'in the next quarter'],
    // Q1 2026 starts on the start day itself, so it is the next quarter.
    ['Increase sales revenue by 10% in the next quarter', '2026-01-01', 'increase', 0.1, 'sales revenue', '2026-01-01', '2026-03-31', 'in the next quarter'],
    // Q1 is under way on Feb 10: the first quarter starting after it is Q2.
    ['Increase sales revenue by 10% in the next quarter', '2026-02-10', 'increase', 0.1, 'sales revenue', '2026-04-01', '2026-06-30', 'in the next quarter'],
    // 2026-01-01 + 6 months = 2026-07-01, the day before is 2026-06-30.
    ['Reduce patient wait times by 20% within six months', '2026-01-01', 'decrease', -0.2, 'patient wait times', '2026-01-01', '2026-06-30', 'within six months'],
    ['Improve production efficiency by 15% in the next year', '2026-11-27', 'increase', 0.15, 'production efficiency', '2027-01-01', '2027-12-31', 'in the next year'],
    ['Improve production efficiency by 15% in the next year', '2026-01-01', 'increase', 0.15, 'production efficiency', '2026-01-01', '2026-12-31', 'in the next year'],
    ['Improve production efficiency by 15% in the next year', '2026-02-10', 'increase', 0.15, 'production efficiency', '2027-01-01', '2027-12-31', 'in the next year'],
    // 2026-01-01 + 12 months = 2027-01-01, the day before is 2026-12-31.
    ['Increase customer satisfaction by 20% within the next year', '2026-01-01', 'increase', 0.2, 'customer satisfaction', '2026-01-01', '2026-12-31', 'within the next year'],
  ] as const)('%s (start %s)', (text, start, kind, fraction, metric, from, due, window) => {
    expect(parse(text, start)).toEqual({ kind, change: relative(fraction), metric, start: day(from), due: day(due), window });
  });
});

describe('parseGoalSentence: windows', () => {
  it.each([
    // Calendar "next": the first whole period starting on or after the start.
    ['in the next month', '2026-11-27', '2026-12-01', '2026-12-31'],
    ['in the next month', '2026-12-15', '2027-01-01', '2027-01-31'],
    ['in the next month', '2026-12-01', '2026-12-01', '2026-12-31'],
    ['next quarter', '2026-11-27', '2027-01-01', '2027-03-31'],
    ['in the next quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['in the next quarter', '2026-04-02', '2026-07-01', '2026-09-30'],
    ['next year', '2026-11-27', '2027-01-01', '2027-12-31'],
    ['the next year', '2026-01-01', '2026-01-01', '2026-12-31'],
    // Rolling: n units from the start, ending the day before the anniversary.
    ['within 30 days', '2026-11-27', '2026-11-27', '2026-12-26'], // Nov 27 + 29 days: Nov 30 is +3, Dec 26 is +29
    ['within 2 weeks', '2026-11-27', '2026-11-27', '2026-12-10'], // + 13 days
    ['within 3 weeks', '2026-01-01', '2026-01-01', '2026-01-21'], // + 20 days
    ['in the coming 90 days', '2026-01-01', '2026-01-01', '2026-03-31'], // + 89: Feb 1 is +31, Mar 1 +59, Mar 31 +89
    ['in 3 months', '2026-11-27', '2026-11-27', '2027-02-26'],
    ['in six months', '2026-01-01', '2026-01-01', '2026-06-30'],
    ['within twelve months', '2026-01-31', '2026-01-31', '2027-01-30'],
    // Jan 31 + 1 month has no Feb 31: the anniversary is Feb 28 (addMonths clamps), due the day before.
    ['within 1 month', '2026-01-31', '2026-01-31', '2026-02-27'],
    ['within a year', '2026-11-27', '2026-11-27', '2027-11-26'],
    ['within 2 years', '2026-11-27', '2026-11-27', '2028-11-26'],
    ['within the next 6 months', '2026-01-01', '2026-01-01', '2026-06-30'],
    ['within the next year', '2026-02-10', '2026-02-10', '2027-02-09'],
    ['over the next year', '2026-11-27', '2026-11-27', '2027-11-26'],
    ['this month', '2026-02-10', '2026-02-10', '2026-02-28'],
    ['this quarter', '2026-11-27', '2026-11-27', '2026-12-31'],
    ['this year', '2026-03-10', '2026-03-10', '2026-12-31'],
    ['by 2027-03-31', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['by March 31, 2027', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['by 31 March 2027', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['by Feb 28th, 2027', '2026-11-27', '2026-11-27', '2027-02-28'],
    ['by March 31', '2026-02-01', '2026-02-01', '2026-03-31'],
    ['by March 31', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['by Q3 2027', '2026-11-27', '2026-11-27', '2027-09-30'],
    ['by Q1', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['in Q2 2027', '2026-11-27', '2027-04-01', '2027-06-30'],
    ['by the end of the year', '2026-03-10', '2026-03-10', '2026-12-31'],
    ['by the end of the quarter', '2026-02-10', '2026-02-10', '2026-03-31'],
    ['by the end of next quarter', '2026-11-27', '2026-11-27', '2027-03-31'],
    // "Next quarter" as everywhere else: from Jan 1 it is Q1, from Feb 10 it is Q2.
    ['by the end of next quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['by the end of next quarter', '2026-02-10', '2026-02-10', '2026-06-30'],
    ['by year-end', '2026-11-27', '2026-11-27', '2026-12-31'],
    ['by the end of March 2027', '2026-11-27', '2026-11-27', '2027-03-31'],
    ['by the end of 2027', '2026-11-27', '2026-11-27', '2027-12-31'],
    // "by 2027" is by the year's last day.
    ['by 2027', '2026-01-01', '2026-01-01', '2027-12-31'],
    ['by 2026', '2026-05-10', '2026-05-10', '2026-12-31'],
  ])('"%s" from %s runs %s .. %s', (phrase, start, from, due) => {
    const goal = parse(`Increase revenue by 10% ${phrase}`, start);
    expect(goal).toMatchObject({ start: day(from), due: day(due), window: phrase, metric: 'revenue', change: relative(0.1) });
  });

  it.each(['by 2027-02-30', 'by February 30, 2027', 'in the long run'])('leaves "%s" unread without mistaking its numbers for a change', (phrase) => {
    const goal = parse(`Increase revenue by 10% ${phrase}`);
    expect(goal).toEqual({ kind: 'increase', change: relative(0.1), metric: 'revenue' });
  });
});

describe('parseGoalSentence: calendar years, months, quarters and halves; "coming"; "before"', () => {
  it.each([
    // A year, month, quarter or half after "in" is the whole calendar period.
    ['in 2027', '2026-01-01', '2027-01-01', '2027-12-31'],
    ['during 2027', '2026-05-10', '2027-01-01', '2027-12-31'],
    ['in 2026', '2026-05-10', '2026-01-01', '2026-12-31'],
    ['in March 2027', '2026-05-10', '2027-03-01', '2027-03-31'],
    // "in Q3" without a year: the first Q3 beginning on or after the start.
    ['in Q3', '2026-05-10', '2026-07-01', '2026-09-30'],
    ['in Q3', '2026-07-01', '2026-07-01', '2026-09-30'],
    ['in Q3', '2026-08-15', '2027-07-01', '2027-09-30'],
    ['in Q1', '2026-05-10', '2027-01-01', '2027-03-31'],
    ['in Q4 of 2027', '2026-05-10', '2027-10-01', '2027-12-31'],
    ['H1 2027', '2026-05-10', '2027-01-01', '2027-06-30'],
    ['in H2 2027', '2026-05-10', '2027-07-01', '2027-12-31'],
    ['in H2', '2026-05-10', '2026-07-01', '2026-12-31'],
    ['in H1', '2026-05-10', '2027-01-01', '2027-06-30'],
    // "by" a month, quarter or half: due on its last day, counted from the start.
    ['by December 2027', '2026-01-01', '2026-01-01', '2027-12-31'],
    ['by March 2027', '2026-05-10', '2026-05-10', '2027-03-31'],
    ['by February 2028', '2026-05-10', '2026-05-10', '2028-02-29'],
    ['by June', '2026-05-10', '2026-05-10', '2026-06-30'],
    ['by March', '2026-05-10', '2026-05-10', '2027-03-31'],
    ['by H2 2027', '2026-05-10', '2026-05-10', '2027-12-31'],
    ['by H1 2027', '2026-05-10', '2026-05-10', '2027-06-30'],
    ['by the end of H1', '2026-05-10', '2026-05-10', '2026-06-30'],
    // "in the coming X" reads like "in the next X"; "over the coming year" like "over the next year".
    ['in the coming quarter', '2026-05-10', '2026-07-01', '2026-09-30'],
    ['in the coming year', '2026-05-10', '2027-01-01', '2027-12-31'],
    ['in the following month', '2026-05-10', '2026-06-01', '2026-06-30'],
    ['over the coming year', '2026-05-10', '2026-05-10', '2027-05-09'],
    // "before" a day: due the day before it.
    ['before 2027-03-31', '2026-01-01', '2026-01-01', '2027-03-30'],
    ['before March 1, 2028', '2026-01-01', '2026-01-01', '2028-02-29'],
    ['before 1 March 2027', '2026-01-01', '2026-01-01', '2027-02-28'],
    ['before March 31', '2026-03-31', '2026-03-31', '2027-03-30'],
    ['before March 2027', '2026-01-01', '2026-01-01', '2027-02-28'],
    ['before Q3 2027', '2026-01-01', '2026-01-01', '2027-06-30'],
    ['before H2 2027', '2026-01-01', '2026-01-01', '2027-06-30'],
    ['before 2027', '2026-05-10', '2026-05-10', '2026-12-31'],
    ['by 2026-05-10', '2026-05-10', '2026-05-10', '2026-05-10'],
  ])('"%s" from %s runs %s .. %s', (phrase, start, from, due) => {
    const goal = parse(`Increase revenue by 10% ${phrase}`, start);
    expect(goal).toEqual({ kind: 'increase', change: relative(0.1), metric: 'revenue', start: day(from), due: day(due), window: phrase });
  });

  it.each([
    ['by Q1 2026', '2026-05-10', '2026-03-31'],
    ['in Q2 2026', '2026-11-27', '2026-06-30'],
    ['in 2025', '2026-05-10', '2025-12-31'],
    ['before 2026-05-10', '2026-05-10', '2026-05-09'],
    ['by March 31, 2026', '2026-05-10', '2026-03-31'],
  ])('"%s" from %s ends before it starts: no window (its due %s is kept only as the reason)', (phrase, start, due) => {
    const text = `Increase revenue by 10% ${phrase}`;
    expect(parse(text, start)).toEqual({ kind: 'increase', change: relative(0.1), metric: 'revenue' });
    expect(readGoalSentence(text, day(start)).late).toEqual({ due: day(due), phrase });
  });

  it.each(['Increase revenue by 10% in 1000 stores', 'Increase revenue by 10% in 3000'])('does not read a number after "in" as a year: "%s"', (text) => {
    expect(parse(text, '2026-05-10')).toMatchObject({ kind: 'increase', change: relative(0.1), metric: 'revenue' });
    expect(parse(text, '2026-05-10').due).toBeUndefined();
  });
});

describe('parseGoalSentence: verbs give kinds and the change takes their sign', () => {
  it.each([
    ...['increase', 'grow', 'raise', 'improve', 'enhance', 'boost', 'lift', 'GROW', 'Enhance'].map((v) => [v, 'increase', 0.1] as const),
    ...['reduce', 'cut', 'decrease', 'lower', 'shrink', 'drop', 'Reduce'].map((v) => [v, 'decrease', -0.1] as const),
  ])('"%s revenue by 10%%" is %s', (verb, kind, fraction) => {
    expect(parse(`${verb} revenue by 10%`)).toEqual({ kind, change: relative(fraction), metric: 'revenue' });
  });

  it.each([
    ['Keep uptime above 99.9%', { kind: 'at least', target: 0.999, metric: 'uptime' }],
    ['Maintain gross margin at least 40 percent', { kind: 'at least', target: 0.4, metric: 'gross margin' }],
    ['Keep daily users over 1,000', { kind: 'at least', target: 1000, metric: 'daily users' }],
    ['Keep defect rate below 2%', { kind: 'at most', target: 0.02, metric: 'defect rate' }],
    ['Maintain response time under 4 hours', { kind: 'at most', target: 4, metric: 'response time' }],
    ['Stay at most $2.5k', { kind: 'at most', target: 2500 }],
    ['Keep inventory days between 10 and 20', { kind: 'within range', target: 10, upper: 20, metric: 'inventory days' }],
    ['Maintain stock between 20 and 10', { kind: 'within range', target: 10, upper: 20, metric: 'stock' }],
    ['Keep churn low', { metric: 'churn low' }],
  ] as const)('maintain verbs: "%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    ['Launch the new website by March 31, 2027', 'new website', '2027-03-31'],
    ['Ship v2 by Q3 2027', 'v2', '2027-09-30'],
    ['Finish the migration by 2027-03-31', 'migration', '2027-03-31'],
  ])('milestone: "%s"', (text, metric, due) => {
    expect(parse(text)).toMatchObject({ kind: 'milestone', metric, due: day(due) });
  });

  it('reads a milestone without a deadline', () => {
    expect(parse('Complete the audit')).toEqual({ kind: 'milestone', metric: 'audit' });
  });
});

describe('parseGoalSentence: "improve" on a lower-is-better metric means decrease', () => {
  it.each([
    'patient wait times', 'waiting time', 'defects', 'defect rate', 'churn', 'cost per hire', 'response time', 'cycle time',
    'complaints', 'error rate', 'downtime', 'latency', 'turnaround', 'lead time', 'bounce rate', 'Average Response Time',
  ])('improve %s by 20%% is a 20%% decrease', (metric) => {
    expect(parse(`Improve ${metric} by 20%`)).toEqual({ kind: 'decrease', change: relative(-0.2), metric });
  });

  it.each(['wait time', 'defects', 'churn', 'cost', 'response time'])('enhance %s by 20%% is a 20%% decrease', (metric) => {
    expect(parse(`Enhance ${metric} by 20%`)).toEqual({ kind: 'decrease', change: relative(-0.2), metric });
  });

  it.each([
    ['Optimise cycle time by 10%', 'decrease', -0.1],
    ['Optimize conversion rate by 10%', 'increase', 0.1],
    ['Improve customer satisfaction by 10%', 'increase', 0.1],
    ['Improve defect rate −10%', 'decrease', -0.1],
  ] as const)('"%s" is %s', (text, kind, fraction) => {
    expect(parse(text)).toMatchObject({ kind, change: relative(fraction) });
  });

  it.each([
    ['Improve queue length from 40 to 30', 'decrease'],
    ['Improve score from 60 to 70', 'increase'],
    ['Improve wait time from 40 to 50', 'increase'],
  ] as const)('baseline and target decide the direction of "%s"', (text, kind) => {
    expect(parse(text).kind).toBe(kind);
  });
});

describe('parseGoalSentence: numbers', () => {
  it.each([
    ['Grow revenue to 550,000', { kind: 'increase', target: 550000, metric: 'revenue' }],
    ['Reduce wait time from 40 to 32', { kind: 'decrease', baseline: 40, target: 32, metric: 'wait time' }],
    ['Reduce wait time from 40 minutes to 32 minutes', { kind: 'decrease', baseline: 40, target: 32, metric: 'wait time' }],
    ['Raise on-time delivery to 95%', { kind: 'increase', target: 0.95, metric: 'on-time delivery' }],
    ['Raise NPS from -10 to -8', { kind: 'increase', baseline: -10, target: -8, metric: 'NPS' }],
    ['Grow ARR to $1.2m', { kind: 'increase', target: 1200000, metric: 'ARR' }],
    ['Increase active users to 500k', { kind: 'increase', target: 500000, metric: 'active users' }],
    ['Increase revenue to €2.5 million', { kind: 'increase', target: 2500000, metric: 'revenue' }],
    ['Cut spend to £1,250.50', { kind: 'decrease', target: 1250.5, metric: 'spend' }],
    ['Reduce time to hire to 30', { kind: 'decrease', target: 30, metric: 'time to hire' }],
    ['Reduce defects below 2%', { kind: 'decrease', target: 0.02, metric: 'defects' }],
    ['Increase the number of active users to 5,000', { kind: 'increase', target: 5000, metric: 'number of active users' }],
    ['Increase revenue by 10% to 550,000', { kind: 'increase', change: relative(0.1), target: 550000, metric: 'revenue' }],
    ['Increase revenue by 10 percent', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Increase revenue by 10 pct', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Increase revenue by 12.5%.', { kind: 'increase', change: relative(0.125), metric: 'revenue' }],
    ['Increase revenue +10%', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Reduce costs −15%!', { kind: 'decrease', change: relative(-0.15), metric: 'costs' }],
    ['Reduce costs by -15%', { kind: 'decrease', change: relative(-0.15), metric: 'costs' }],
    ['Increase NPS by 5 points', { kind: 'increase', change: points(5), metric: 'NPS' }],
    // Percentage points move a percentage stored as a fraction (goal-math.md: "+5 points" is +0.05).
    ['Reduce churn by 2 percentage points', { kind: 'decrease', change: points(-0.02), metric: 'churn' }],
    ['Reduce churn by 2 pp', { kind: 'decrease', change: points(-0.02), metric: 'churn' }],
    ['Raise conversion rate by 1.5% points', { kind: 'increase', change: points(0.015), metric: 'conversion rate' }],
    ['Raise conversion rate by 3 pts', { kind: 'increase', change: points(3), metric: 'conversion rate' }],
    ['Increase NPS by 5', { kind: 'increase', change: points(5), metric: 'NPS' }],
    ['Cut costs by $50k', { kind: 'decrease', change: points(-50000), metric: 'costs' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('parseGoalSentence: a percentage right after the measure, without "by"', () => {
  it.each([
    ['Reduce patient wait times 20% within six months', '2026-01-01', { kind: 'decrease', change: relative(-0.2), metric: 'patient wait times', start: day('2026-01-01'), due: day('2026-06-30'), window: 'within six months' }],
    ['Increase revenue 10% by year-end', '2026-05-10', { kind: 'increase', change: relative(0.1), metric: 'revenue', start: day('2026-05-10'), due: day('2026-12-31'), window: 'by year-end' }],
    ['Improve defect rate 10%', '2026-01-01', { kind: 'decrease', change: relative(-0.1), metric: 'defect rate' }],
    ['Increase revenue 10 % this year', '2026-05-10', { kind: 'increase', change: relative(0.1), metric: 'revenue', start: day('2026-05-10'), due: day('2026-12-31'), window: 'this year' }],
    ['Increase revenue 10% to 550,000', '2026-01-01', { kind: 'increase', change: relative(0.1), target: 550000, metric: 'revenue' }],
    ['Increase conversion rate 2% points', '2026-01-01', { kind: 'increase', change: points(0.02), metric: 'conversion rate' }],
    // Only a percentage: a bare number after the measure is not a change.
    ['Increase revenue 10', '2026-01-01', { kind: 'increase', metric: 'revenue 10' }],
    // A held level is not a change: "keep uptime 99.9%" is left for the user.
    ['Keep uptime 99.9%', '2026-01-01', { metric: 'uptime 99.9%' }],
    ['Raise revenue 1,5%', '2026-01-01', { kind: 'increase', metric: 'revenue 1,5%' }],
  ] as const)('"%s" from %s', (text, start, expected) => {
    expect(parse(text, start)).toEqual(expected);
  });
});

describe('parseGoalSentence: hit / reach / get to / achieve a level', () => {
  it.each([
    ['Hit 1000 signups by Q3 2026', '2026-01-01', { kind: 'increase', target: 1000, metric: 'signups', start: day('2026-01-01'), due: day('2026-09-30'), window: 'by Q3 2026' }],
    ['Reach 500 customers by 2027-03-31', '2026-01-01', { kind: 'increase', target: 500, metric: 'customers', start: day('2026-01-01'), due: day('2027-03-31'), window: 'by 2027-03-31' }],
    ['Get to 40 NPS by the end of the year', '2026-05-10', { kind: 'increase', target: 40, metric: 'NPS', start: day('2026-05-10'), due: day('2026-12-31'), window: 'by the end of the year' }],
    ['Achieve 95% uptime', '2026-01-01', { kind: 'increase', target: 0.95, metric: 'uptime' }],
    ['Hit 10k monthly active users', '2026-01-01', { kind: 'increase', target: 10000, metric: 'monthly active users' }],
    ['Reach a revenue of $1.2m this year', '2026-05-10', { kind: 'increase', target: 1200000, metric: 'revenue', start: day('2026-05-10'), due: day('2026-12-31'), window: 'this year' }],
    ['Attain 40 NPS', '2026-01-01', { kind: 'increase', target: 40, metric: 'NPS' }],
    ['Reach 1000', '2026-01-01', { kind: 'increase', target: 1000 }],
    // A lower-is-better measure is reached by going down, as with "improve".
    ['Get to 30 minutes response time', '2026-01-01', { kind: 'decrease', target: 30, metric: 'response time' }],
    // "by 2027" is by 2027-12-31, never a change of 2027.
    ['Hit 10k MAU by 2027', '2026-01-01', { kind: 'increase', target: 10000, metric: 'MAU', start: day('2026-01-01'), due: day('2027-12-31'), window: 'by 2027' }],
    // Without a number, something to get done.
    ['Achieve SOC 2 compliance by Q3', '2026-05-10', { kind: 'milestone', metric: 'SOC 2 compliance', start: day('2026-05-10'), due: day('2026-09-30'), window: 'by Q3' }],
  ] as const)('"%s" from %s', (text, start, expected) => {
    expect(parse(text, start)).toEqual(expected);
  });
});

describe('parseGoalSentence: the baseline of "from 40 to 32" is kept', () => {
  it.each([
    // May 10 + 6 months = Nov 10; the window ends the day before.
    ['Reduce wait time from 40 to 32 within six months', '2026-05-10', { kind: 'decrease', baseline: 40, target: 32, metric: 'wait time', start: day('2026-05-10'), due: day('2026-11-09'), window: 'within six months' }],
    ['Increase NPS from 20 to 35 by H2 2027', '2026-05-10', { kind: 'increase', baseline: 20, target: 35, metric: 'NPS', start: day('2026-05-10'), due: day('2027-12-31'), window: 'by H2 2027' }],
  ] as const)('"%s" from %s', (text, start, expected) => {
    expect(parse(text, start)).toEqual(expected);
  });
});

describe('parseGoalSentence: verb forms read as their base verb', () => {
  it.each([
    ['Increasing revenue by 10%', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Increases revenue by 10%', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Increased revenue by 10%', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
    ['Grows ARR 20%', { kind: 'increase', change: relative(0.2), metric: 'ARR' }],
    ['Growing ARR by 20%', { kind: 'increase', change: relative(0.2), metric: 'ARR' }],
    ['Raising prices by 5%', { kind: 'increase', change: relative(0.05), metric: 'prices' }],
    ['Reducing costs by 5%', { kind: 'decrease', change: relative(-0.05), metric: 'costs' }],
    ['Reduces costs by 5%', { kind: 'decrease', change: relative(-0.05), metric: 'costs' }],
    ['Cutting costs 10%', { kind: 'decrease', change: relative(-0.1), metric: 'costs' }],
    ['Dropped churn by 2 pp', { kind: 'decrease', change: points(-0.02), metric: 'churn' }],
    ['Lowering spend by 5%', { kind: 'decrease', change: relative(-0.05), metric: 'spend' }],
    ['Improving wait time by 10%', { kind: 'decrease', change: relative(-0.1), metric: 'wait time' }],
    ['Improves customer satisfaction by 10%', { kind: 'increase', change: relative(0.1), metric: 'customer satisfaction' }],
    ['Optimising cycle time by 10%', { kind: 'decrease', change: relative(-0.1), metric: 'cycle time' }],
    ['Maintaining uptime above 99%', { kind: 'at least', target: 0.99, metric: 'uptime' }],
    ['Keeping defect rate below 2%', { kind: 'at most', target: 0.02, metric: 'defect rate' }],
    ['Stays below 5% churn', { kind: 'at most', target: 0.05, metric: 'churn' }],
    ['Launching the new website', { kind: 'milestone', metric: 'new website' }],
    ['Finishes the migration', { kind: 'milestone', metric: 'migration' }],
    ['Reaching 500 customers', { kind: 'increase', target: 500, metric: 'customers' }],
    ['Hitting 1000 signups', { kind: 'increase', target: 1000, metric: 'signups' }],
    ['Getting to 40 NPS', { kind: 'increase', target: 40, metric: 'NPS' }],
    // Forms that usually begin a noun phrase are not read as verbs.
    ['Shipping costs under $5', { target: 5 }],
    ['Holding costs below $5k', { target: 5000 }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('parseGoalSentence: double, triple, halve and "by half" say how much', () => {
  it.each([
    // goal-math.md: "double" +100%, "triple" +200%, "by half" −50%: relative changes.
    ['Double revenue', { kind: 'increase', change: relative(1), metric: 'revenue' }],
    ['Doubling signups', { kind: 'increase', change: relative(1), metric: 'signups' }],
    ['Triple the number of enterprise customers', { kind: 'increase', change: relative(2), metric: 'number of enterprise customers' }],
    ['Tripled ARR', { kind: 'increase', change: relative(2), metric: 'ARR' }],
    ['Halve churn', { kind: 'decrease', change: relative(-0.5), metric: 'churn' }],
    ['Halving response time', { kind: 'decrease', change: relative(-0.5), metric: 'response time' }],
    ['Reduce defects by half', { kind: 'decrease', change: relative(-0.5), metric: 'defects' }],
    ['Cut costs in half', { kind: 'decrease', change: relative(-0.5), metric: 'costs' }],
    // The change takes the verb's sign, as "by 50%" would.
    ['Increase revenue by half', { kind: 'increase', change: relative(0.5), metric: 'revenue' }],
    // Without a verb, "by half" is −50% as written.
    ['Defects by half', { change: relative(-0.5) }],
    // A target typed beside the verb is kept too.
    ['Double revenue to 1,000,000', { kind: 'increase', change: relative(1), target: 1000000, metric: 'revenue' }],
    // A number typed beats the one the verb implies.
    ['Double revenue by 80%', { kind: 'increase', change: relative(0.8), metric: 'revenue' }],
    ['Halve churn by 2 pp', { kind: 'decrease', change: points(-0.02), metric: 'churn' }],
    // Hyphenated, "double" starts a noun phrase, not a goal.
    ['Double-digit growth in revenue', {}],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });
});

describe('parseGoalSentence: a leading label is not part of the goal', () => {
  it.each([
    ['Goal: Increase NPS by 10%', { kind: 'increase', change: relative(0.1), metric: 'NPS' }],
    ['Goal:Increase NPS to 40', { kind: 'increase', target: 40, metric: 'NPS' }],
    ['Retail: Increase sales revenue by 10%', { kind: 'increase', change: relative(0.1), metric: 'sales revenue' }],
    ['Q3 goal - Increase NPS by 5 points', { kind: 'increase', change: points(5), metric: 'NPS' }],
    ['Q3 goal – Increase NPS by 5 points', { kind: 'increase', change: points(5), metric: 'NPS' }],
    ['Retail: Goal: Increase sales by 5%', { kind: 'increase', change: relative(0.05), metric: 'sales' }],
    ['Note: we will reduce churn by 2 pp', { kind: 'decrease', change: points(-0.02), metric: 'churn' }],
    // A label that is itself the goal's verb and metric stays: "from 20 to 35" alone says nothing.
    ['Increase NPS: from 20 to 35', { kind: 'increase', baseline: 20, target: 35, metric: 'NPS' }],
    ['Retail: Increase revenue: from 20 to 35', { kind: 'increase', baseline: 20, target: 35, metric: 'revenue' }],
    // Only a goal verb after it marks a label: otherwise nothing is taken off (or guessed).
    ['Customer satisfaction: up 20%', {}],
    // A first goal before a dash is not a label of the second.
    ['Increase revenue by 10% - reduce costs by 5%', { kind: 'increase', change: relative(0.1), metric: 'revenue' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text, '2026-01-01')).toEqual(expected);
  });

  it('does not read a label as a window: "H1 2027:" names the goal, "in 2027" dates it', () => {
    expect(parse('H1 2027: Grow revenue by 10% in 2027', '2026-01-01')).toEqual({
      kind: 'increase',
      change: relative(0.1),
      metric: 'revenue',
      start: day('2027-01-01'),
      due: day('2027-12-31'),
      window: 'in 2027',
    });
    expect(parse('H1 2027: Grow revenue by 10%', '2026-01-01')).toEqual({ kind: 'increase', change: relative(0.1), metric: 'revenue' });
  });

  it.each([
    // goal-math.md's four examples, each with its field as a label; from 2026-01-01.
    ['Retail: Increase sales revenue by 10% in the next quarter', 'increase', 0.1, 'sales revenue', '2026-01-01', '2026-03-31', 'in the next quarter'],
    ['Healthcare: Reduce patient wait times by 20% within six months', 'decrease', -0.2, 'patient wait times', '2026-01-01', '2026-06-30', 'within six months'],
    ['Manufacturing - Improve production efficiency by 15% in the next year', 'increase', 0.15, 'production efficiency', '2026-01-01', '2026-12-31', 'in the next year'],
    ['Software: Increase customer satisfaction by 20% within the next year', 'increase', 0.2, 'customer satisfaction', '2026-01-01', '2026-12-31', 'within the next year'],
  ] as const)('"%s" parses completely', (text, kind, fraction, metric, from, due, window) => {
    expect(parse(text, '2026-01-01')).toEqual({ kind, change: relative(fraction), metric, start: day(from), due: day(due), window });
  });
});

describe('parseGoalSentence: the metric keeps the case typed', () => {
  it.each([
    ['Increase NPS by 5 points', 'NPS'],
    ['Increase Customer Satisfaction by 20%', 'Customer Satisfaction'],
    ['Reduce Customer Churn Rate by 2 pp', 'Customer Churn Rate'],
    ['INCREASE REVENUE BY 10%', 'REVENUE'],
    ['Grow ARR to $1.2M', 'ARR'],
    ['Keep Uptime above 99.9%', 'Uptime'],
    ['Stay below 5% Churn', 'Churn'],
    ['Hit 10K MAU', 'MAU'],
    ['Launch The New Website', 'New Website'],
  ])('"%s" measures %s', (text, metric) => {
    expect(parse(text).metric).toBe(metric);
  });

  it('still reads words in any case: multipliers, units, comparators, lower-is-better', () => {
    expect(parse('Grow ARR to $1.2M')).toEqual({ kind: 'increase', target: 1200000, metric: 'ARR' });
    expect(parse('Reduce Churn by 2 PP')).toEqual({ kind: 'decrease', change: points(-0.02), metric: 'Churn' });
    expect(parse('Keep Uptime ABOVE 99.9 Percent')).toEqual({ kind: 'at least', target: 0.999, metric: 'Uptime' });
    expect(parse('Improve Wait Time by 10%')).toEqual({ kind: 'decrease', change: relative(-0.1), metric: 'Wait Time' });
  });
});

describe('regression: "Enhance customer satisfaction by 20%" gave no kind and no metric', () => {
  it('reads "enhance" like "improve"', () => {
    expect(parse('Enhance customer satisfaction by 20%')).toEqual({ kind: 'increase', change: relative(0.2), metric: 'customer satisfaction' });
  });
});

describe('regression: "Reduce defects by half by 2027" gave a change of "-2027 points"', () => {
  it('reads −50% by 2027-12-31', () => {
    // "by half" is −50%; "by 2027" is the window 2026-01-01 .. 2027-12-31.
    expect(parse('Reduce defects by half by 2027', '2026-01-01')).toEqual({
      kind: 'decrease',
      change: relative(-0.5),
      metric: 'defects',
      start: day('2026-01-01'),
      due: day('2027-12-31'),
      window: 'by 2027',
    });
  });
});

describe('regression: "Goal:" or "Retail:" in front spoilt a sentence', () => {
  it.each([
    // The label hid the verb: only the change was read.
    ['Goal: Increase NPS by 10% within six months', { kind: 'increase', change: relative(0.1), metric: 'NPS', start: day('2026-01-01'), due: day('2026-06-30'), window: 'within six months' }],
    ['Retail: Increase sales revenue by 10% in the next quarter', { kind: 'increase', change: relative(0.1), metric: 'sales revenue', start: day('2026-01-01'), due: day('2026-03-31'), window: 'in the next quarter' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text, '2026-01-01')).toEqual(expected);
  });
});

describe('regression: metrics lost their case ("nps" for "NPS")', () => {
  it('keeps "NPS" as typed', () => {
    expect(parse('Raise NPS from -10 to -8')).toEqual({ kind: 'increase', baseline: -10, target: -8, metric: 'NPS' });
  });
});

describe('parseGoalSentence: what it cannot read stays undefined', () => {
  it.each([
    ['', {}],
    ['   ', {}],
    ['hello world', {}],
    ['Make things better soon', {}],
    ['Raise revenue by 1,5%', { kind: 'increase', metric: 'revenue' }],
    ['Increase revenue by a lot', { kind: 'increase', metric: 'revenue' }],
    ['Increase by 10%', { kind: 'increase', change: relative(0.1) }],
    ['Grow sales by over 10%', { kind: 'increase', metric: 'sales' }],
    ['Revenue to 550,000', { target: 550000 }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('reads a goal after a leading "we will" or "our goal is to"', () => {
    expect(parse('We will increase sales revenue by 10%')).toEqual({ kind: 'increase', change: relative(0.1), metric: 'sales revenue' });
    expect(parse('Our goal is to reduce our churn by 5%')).toEqual({ kind: 'decrease', change: relative(-0.05), metric: 'churn' });
  });
});

describe('regression: rolling windows ended a day late', () => {
  // "within six months" from 2026-01-01 ended 2026-07-01, a window of 182 days counting both
  // ends; goal-math.md: it ends 2026-06-30, 180 days from start to due.
  it.each([
    ['within six months', '2026-01-01', '2026-06-30'],
    ['within the next year', '2026-01-01', '2026-12-31'],
    ['over the next year', '2026-01-01', '2026-12-31'],
    ['in the coming 90 days', '2026-01-01', '2026-03-31'],
  ])('"%s" from %s ends %s', (phrase, start, due) => {
    expect(parse(`Increase revenue by 10% ${phrase}`, start)).toMatchObject({ start: day(start), due: day(due) });
  });
});

describe('regression: "next quarter" and "in the next year" skipped the period the start opens', () => {
  // From 2026-01-01 they gave Q2 2026 and 2027; the first calendar quarter / year starting
  // on or after 2026-01-01 is Q1 2026 / 2026 (and from 2026-02-10, Q2 2026 / 2027).
  it.each([
    ['in the next quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['in the next year', '2026-01-01', '2026-01-01', '2026-12-31'],
    ['next quarter', '2026-02-10', '2026-04-01', '2026-06-30'],
    ['in the next year', '2026-02-10', '2027-01-01', '2027-12-31'],
  ])('"%s" from %s runs %s .. %s', (phrase, start, from, due) => {
    expect(parse(`Increase revenue by 10% ${phrase}`, start)).toMatchObject({ start: day(from), due: day(due) });
  });
});

describe('parseGoalSentence: a window with a day no sheet holds is not read', () => {
  // Sheets holds 1899-12-30 .. 9999-12-31; a window outside it is consumed without a window,
  // and the reading says why (the SMART check shows it).
  it.each([
    ['within 999999 years', '2026-01-01'], // past the years Date holds: NaN, never a day
    ['within 8000 years', '2026-01-01'], // 10026-01-01: past 9999-12-31
    ['within 99999999999999999999 days', '2026-01-01'],
    ['in the next year', '9999-06-01'], // 10000
    ['within 2 days', '9999-12-31'], // due 10000-01-01
    ['by 1800-01-01', '2026-01-01'], // before 1899-12-30
    ['by March 31, 1850', '2026-01-01'],
  ])('"%s" from %s', (phrase, start) => {
    const text = `Increase revenue by 10% ${phrase}`;
    expect(readGoalSentence(text, day(start))).toEqual({ goal: { kind: 'increase', change: relative(0.1), metric: 'revenue' }, outside: { phrase } });
  });

  it.each([
    ['within 1 day', '9999-12-31', '9999-12-31'],
    ['by 9999-12-31', '2026-01-01', '9999-12-31'],
  ])('"%s" from %s ends on %s, still on the calendar', (phrase, start, due) => {
    expect(parse(`Increase revenue by 10% ${phrase}`, start)).toMatchObject({ due: day(due) });
  });

  it('"within 0 days" names no window', () => {
    expect(readGoalSentence('Increase revenue by 10% within 0 days', day('2026-01-01'))).toEqual({ goal: { kind: 'increase', change: relative(0.1), metric: 'revenue' } });
  });
});

describe('parseGoalSentence: "by" and a year-like number', () => {
  it.each([
    // A percentage, a unit or a thousands separator makes it a change, not a year.
    ['Increase revenue by 2025%', { kind: 'increase', change: relative(20.25), metric: 'revenue' }],
    ['Increase NPS by 2000 points', { kind: 'increase', change: points(2000), metric: 'NPS' }],
    ['Increase users by 2,000', { kind: 'increase', change: points(2000), metric: 'users' }],
    ['Increase users by 2000.5', { kind: 'increase', change: points(2000.5), metric: 'users' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text, '2026-01-01')).toEqual(expected);
  });

  it('reads a bare "by 2000" as the year, so a deadline before the start is reported, not a change of 2000', () => {
    expect(readGoalSentence('Increase users by 2000', day('2026-01-01'))).toEqual({
      goal: { kind: 'increase', metric: 'users' },
      late: { due: day('2000-12-31'), phrase: 'by 2000' },
    });
  });
});

describe('parsedGoalRow', () => {
  // [kind, change, target, metric, start, due, baseline, upper].
  it.each([
    // 2027-01-01 is serial 46388; 2026-01-01 is 46023 and 2026-07-01 is 181 days later.
    ['Increase sales revenue by 10% in the next quarter', '2026-11-27', ['increase', 0.1, '', 'sales revenue', 46388, 46477, '', '']],
    ['Reduce wait time from 40 to 32 by 2026-07-01', '2026-01-01', ['decrease', '', 32, 'wait time', 46023, 46204, 40, '']],
    ['Increase NPS by 5 points', '2026-01-01', ['increase', '+5 points', '', 'NPS', '', '', '', '']],
    ['Reduce churn by 1 point', '2026-01-01', ['decrease', '-1 point', '', 'churn', '', '', '', '']],
    ['Keep inventory days between 10 and 20', '2026-01-01', ['within range', '', 10, 'inventory days', '', '', '', 20]],
    ['hello world', '2026-01-01', ['', '', '', '', '', '', '', '']],
  ] as const)('"%s"', (text, start, row) => {
    expect(parsedGoalRow(parse(text, start))).toEqual(row);
  });
});

describe('regression: "stay above / below / between" lost a metric named after the number', () => {
  it.each([
    ['Stay above 95% uptime', { kind: 'at least', target: 0.95, metric: 'uptime' }],
    ['Stay below 5% churn', { kind: 'at most', target: 0.05, metric: 'churn' }],
    ['Stay between 30 and 40 minutes wait time', { kind: 'within range', target: 30, upper: 40, metric: 'wait time' }],
    ['Keep uptime above 99.9%', { kind: 'at least', target: 0.999, metric: 'uptime' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parseGoalSentence(text, dayFromYmd(2026, 1, 1))).toEqual(expected);
  });
});

describe('regression: a number past a double ("by 999…9 points", 400 digits) was read as Infinity, and GOAL_PARSE showed "+Infinity points"', () => {
  const huge = '9'.repeat(400);

  it.each([
    [`Increase revenue by ${huge} points`, { kind: 'increase', metric: 'revenue' }],
    [`Increase revenue by ${huge}%`, { kind: 'increase', metric: 'revenue' }],
    [`Hit ${huge} signups`, { metric: 'signups' }],
    [`Reduce cost from ${huge} to 1`, { kind: 'decrease', target: 1, metric: 'cost' }],
    [`Grow revenue by ${'9'.repeat(300)} billion`, { kind: 'increase', metric: 'revenue' }],
  ])('%s leaves that number unread', (text, goal) => {
    expect(parse(text)).toEqual(goal);
  });

  it('a large number a double holds is still read', () => {
    expect(parse('Increase revenue by 1000000000000 points')).toEqual({ kind: 'increase', change: points(1e12), metric: 'revenue' });
  });
});

describe('regression: numbers in exponent form were misread ("to 1.5e3" gave target 1.5, "by 1e400%" gave "+1 point")', () => {
  it.each([
    // 1.5e3 = 1.5 × 10³ = 1500.
    ['Increase sales to 1.5e3', { kind: 'increase', target: 1500, metric: 'sales' }],
    // 2E-1 = 0.2; the exponent's case does not matter.
    ['Increase conversion to 2E-1', { kind: 'increase', target: 0.2, metric: 'conversion' }],
    // 1.5e2% = 150% = +1.5.
    ['Increase sales by 1.5e2%', { kind: 'increase', change: relative(1.5), metric: 'sales' }],
    // 4e1 = 40, 3.36e1 = 33.6.
    ['Reduce wait time from 4e1 to 3.36e1', { kind: 'decrease', baseline: 40, target: 33.6, metric: 'wait time' }],
  ] as const)('"%s"', (text, expected) => {
    expect(parse(text, '2026-01-01')).toEqual(expected);
  });

  const tooBig = (shown: string) => ({ code: 'number-out-of-range', facts: { field: "the sentence's number", shown: `"${shown}"` } });
  it.each<[string, object]>([
    // Beyond a double: Infinity.
    ['Increase sales to 1e400', tooBig('1e400')],
    ['Increase sales by 1e400%', tooBig('1e400%')],
    // 5e-324 is below 1e-300, the smallest size Goalpost computes with.
    ['Reduce cost from 5e-324 to 1', tooBig('5e-324')],
    // 1e299 billion = 1e308: past 1e300.
    ['Grow revenue by 1e299 billion', tooBig('1e299 billion')],
    // 1000000% is a fraction of 10000: GOAL_TARGET refuses changes of 500% (5) or more.
    ['Increase sales by 1000000%', { code: 'change-too-large', facts: { shown: '+1000000%' } }],
    ['Reduce cost by 500%', { code: 'change-too-large', facts: { shown: '-500%' } }],
    // "Triple" is +200%: within the limit.
  ])('"%s" is refused, naming the number', (text, refused) => {
    expect(readGoalSentence(text, day('2026-01-01')).refused).toEqual(refused);
  });

  it.each(['Increase sales by 499%', 'Triple signups', 'Increase revenue by 1e300 points', 'Increase conversion to 1e-300'])('"%s" is not refused', (text) => {
    expect(readGoalSentence(text, day('2026-01-01')).refused).toBeUndefined();
  });
});
