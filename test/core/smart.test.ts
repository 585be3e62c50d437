import { describe, it, expect } from 'vitest';
import { parseIsoDay } from '../../src/core/dates.ts';
import { checkSmart, smartSummary, SMART_FIXES, type SmartVerdict } from '../../src/core/smart.ts';

const present = (detail: string): SmartVerdict => ({ status: 'present', detail });
const missing = (fix: string): SmartVerdict => ({ status: 'missing', fix });
const day = (iso: string): number => parseIsoDay(iso) ?? Number.NaN;

describe('checkSmart', () => {
  it.each([
    ['Increase sales revenue by 10% in the next quarter', present('increase sales revenue'), present('+10%'), present('in the next quarter')],
    ['Reduce patient wait times by 20% within six months', present('decrease patient wait times'), present('-20%'), present('within six months')],
    ['Keep uptime above 99.9% this year', present('uptime: at least'), present('at least 0.999'), present('this year')],
    ['Keep inventory days between 10 and 20 by Q3 2027', present('inventory days: within range'), present('between 10 and 20'), present('by Q3 2027')],
    ['Reduce wait time from 40 to 32 by 2026-07-01', present('decrease wait time'), present('from 40 to 32'), present('by 2026-07-01')],
    ['Grow revenue by 10% to 550,000', present('increase revenue'), present('+10%, to 550000'), missing(SMART_FIXES.timeBound)],
    ['Launch the new website by March 31, 2027', present('new website: milestone'), present('done or not'), present('by March 31, 2027')],
    ['Increase NPS by 5 points', present('increase NPS'), present('+5 points'), missing(SMART_FIXES.timeBound)],
    ['Hit 1000 signups by Q3 2026', present('increase signups'), present('to 1000'), present('by Q3 2026')],
    ['Reach 500 customers by 2027-03-31', present('increase customers'), present('to 500'), present('by 2027-03-31')],
    ['Get to 40 NPS by the end of the year', present('increase NPS'), present('to 40'), present('by the end of the year')],
    ['Reduce patient wait times 20% within six months', present('decrease patient wait times'), present('-20%'), present('within six months')],
    ['Increase revenue 10% by year-end', present('increase revenue'), present('+10%'), present('by year-end')],
    ['Increasing revenue by 10% in 2027', present('increase revenue'), present('+10%'), present('in 2027')],
    ['Increase revenue by 10% by 2027', present('increase revenue'), present('+10%'), present('by 2027')],
    // The readings goal-math.md added: GOAL_SMART reads sentences as GOAL_PARSE does.
    ['Enhance customer satisfaction by 20%', present('increase customer satisfaction'), present('+20%'), missing(SMART_FIXES.timeBound)],
    ['Reduce defects by half by 2027', present('decrease defects'), present('-50%'), present('by 2027')],
    ['Double revenue in 2027', present('increase revenue'), present('+100%'), present('in 2027')],
    ['Triple signups within 3 weeks', present('increase signups'), present('+200%'), present('within 3 weeks')],
    ['Reduce wait time from 42 to 33.6 within six months', present('decrease wait time'), present('from 42 to 33.6'), present('within six months')],
    ['Goal: Increase NPS by 10% within six months', present('increase NPS'), present('+10%'), present('within six months')],
    ['Retail: Increase sales revenue by 10% in the next quarter', present('increase sales revenue'), present('+10%'), present('in the next quarter')],
    ['Keep Customer Satisfaction between 4 and 6', present('Customer Satisfaction: within range'), present('between 4 and 6'), missing(SMART_FIXES.timeBound)],
  ])('passes what "%s" says', (text, specific, measurable, timeBound) => {
    expect(checkSmart(text)).toMatchObject({ specific, measurable, timeBound });
  });

  it.each([
    ['', missing(SMART_FIXES.specific), missing(SMART_FIXES.measurable), missing(SMART_FIXES.timeBound)],
    ['   ', missing(SMART_FIXES.specific), missing(SMART_FIXES.measurable), missing(SMART_FIXES.timeBound)],
    ['Improve customer happiness', present('increase customer happiness'), missing(SMART_FIXES.measurable), missing(SMART_FIXES.timeBound)],
    ['Keep churn low', missing(SMART_FIXES.direction), missing(SMART_FIXES.measurable), missing(SMART_FIXES.timeBound)],
    ['Increase by 10% next year', missing(SMART_FIXES.metric), present('+10%'), present('next year')],
    ['Revenue to 550,000 by Q3 2027', missing(SMART_FIXES.specific), present('to 550000'), present('by Q3 2027')],
    ['Increase revenue by 10% by 2027-02-30', present('increase revenue'), present('+10%'), missing(SMART_FIXES.timeBound)],
  ])('reports what "%s" is missing', (text, specific, measurable, timeBound) => {
    expect(checkSmart(text)).toMatchObject({ specific, measurable, timeBound });
  });

  it.each([
    ['Increase revenue by 10% by Q1 2026', '2026-05-10', missing('the deadline 2026-03-31 is before the start 2026-05-10: give a later one')],
    ['Increase revenue by 10% in Q2 2026', '2026-11-27', missing('the deadline 2026-06-30 is before the start 2026-11-27: give a later one')],
    ['Increase revenue by 10% before 2026-05-10', '2026-05-10', missing('the deadline 2026-05-09 is before the start 2026-05-10: give a later one')],
    ['Increase revenue by 10% by Q1 2027', '2026-05-10', present('by Q1 2027')],
    ['Increase revenue by 10% in Q3', '2026-05-10', present('in Q3')],
  ])('with a start date, "%s" from %s is Time-bound only if the deadline is not before it', (text, start, timeBound) => {
    expect(checkSmart(text, day(start)).timeBound).toEqual(timeBound);
  });

  it.each([
    ['Increase revenue by 10% within 999999 years', undefined, 'within 999999 years'],
    ['Increase revenue by 10% in the next year', '9999-06-01', 'in the next year'],
  ])('reports "%s" (start %s), whose window leaves the calendar, as not Time-bound', (text, start, phrase) => {
    expect(checkSmart(text, start === undefined ? undefined : day(start)).timeBound).toEqual(
      missing(`"${phrase}" reaches past the dates a sheet holds (1899-12-30 to 9999-12-31): give a nearer deadline`),
    );
  });

  it('without a start date only checks that a deadline is there', () => {
    expect(checkSmart('Increase revenue by 10% by Q1 2025').timeBound).toEqual(present('by Q1 2025'));
    expect(SMART_FIXES.lateDeadline('2026-03-31', '2026-05-10')).toBe('the deadline 2026-03-31 is before the start 2026-05-10: give a later one');
  });

  it.each(['', 'Increase sales revenue by 10% in the next quarter', 'Launch the new website by March 31, 2027'])(
    'never passes Achievable or Relevant ("%s")',
    (text) => {
      const check = checkSmart(text);
      expect(check.achievable.status).toBe('needs review');
      expect(check.relevant.status).toBe('needs review');
    },
  );

  it('gives fixes a user can act on', () => {
    expect(SMART_FIXES.measurable).toBe('add a number, such as "by 10%" or "to 40"');
    expect(SMART_FIXES.timeBound).toBe('add a deadline, such as "by 2027-03-31" or "within six months"');
  });
});

describe('smartSummary', () => {
  it.each([
    [
      'Increase sales revenue by 10% in the next quarter',
      'Specific ✓ (increase sales revenue) · Measurable ✓ (+10%) · Time-bound ✓ (in the next quarter) · Achievable: needs review · Relevant: needs review',
    ],
    [
      'Improve customer happiness',
      'Specific ✓ (increase customer happiness) · Measurable ✗ add a number, such as "by 10%" or "to 40" · Time-bound ✗ add a deadline, such as "by 2027-03-31" or "within six months" · Achievable: needs review · Relevant: needs review',
    ],
    [
      '',
      `Specific ✗ ${SMART_FIXES.specific} · Measurable ✗ ${SMART_FIXES.measurable} · Time-bound ✗ ${SMART_FIXES.timeBound} · Achievable: needs review · Relevant: needs review`,
    ],
  ])('summarises "%s" on one line', (text, line) => {
    expect(smartSummary(checkSmart(text))).toBe(line);
  });
});

describe('regression: the SMART check showed "Measurable ✓ (+Infinity%)" for a number past a double', () => {
  const huge = '9'.repeat(400);
  const tooBig = (shown: string) =>
    missing(`the sentence's number "${shown}" is too large or too small to compute with: give 0 or a number whose size is between 1e-300 and 1e+300`);
  // The number as typed, cut to 37 characters and an ellipsis.
  const cut = `${huge.slice(0, 37)}…`;

  it.each([`Increase revenue by ${huge}%`, `Increase revenue by ${huge} points`, `Stay above ${huge}% uptime`])('%s: not measurable, and it says which number', (text) => {
    expect(checkSmart(text).measurable).toEqual(tooBig(cut));
    expect(smartSummary(checkSmart(text))).not.toContain('Infinity');
  });

  it.each<[string, string]>([
    ['Increase sales to 1e400 in Q3', '1e400'],
    ['Increase sales by 1e400% in Q3', '1e400%'],
    ['Reduce cost from 5e-324 to 1 in Q3', '5e-324'],
  ])('%s: not measurable, naming %s', (text, shown) => {
    expect(checkSmart(text).measurable).toEqual(tooBig(shown));
  });

  it('a change GOAL_TARGET refuses (500% or more) is not measurable: "by 1000000%" is +1000000%', () => {
    expect(checkSmart('Increase sales by 1000000% in Q3').measurable).toEqual(
      missing('the change +1000000% is 500% or more, which a target refuses (GOAL_TARGET too): check the number, or give the target itself, such as "to 40"'),
    );
  });

  it('a range with one end past a double keeps neither end', () => {
    expect(smartSummary(checkSmart(`Keep uptime between -${huge} and ${huge}`))).not.toContain('Infinity');
  });
});
