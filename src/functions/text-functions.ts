import { NO_DOCS, NO_EXAMPLE } from './docs-flag.ts';
import { fail, ok } from '../core/result.ts';
import { parsedGoalRow, readGoalSentence } from '../core/sentence.ts';
import { checkSmart, smartSummary } from '../core/smart.ts';
import { publicParams, type Entry } from './entry.ts';
import { dayParam, textParam } from './params.ts';
import { rowwise, type Out } from './rowwise.ts';

const sentence = textParam('text', NO_DOCS ? '' : 'A goal written as a sentence, such as "Reduce patient wait times by 20% within six months".', { data: true });
const smartParams = [sentence, dayParam('start', NO_DOCS ? '' : 'Optional: the date the goal starts, to check that its deadline comes after it.', { optional: true })] as const;
const parseParams = [sentence, dayParam('start', NO_DOCS ? '' : 'The date the goal starts; windows such as "within six months" count from it.', { required: 'give the start date' })] as const;

const DATE_COLUMNS = new Set([4, 5]);

export const TEXT_ENTRIES: readonly Entry[] = [
  {
    name: 'GOAL_SMART',
    summary: NO_DOCS ? '' : 'Which SMART parts a goal sentence has and which are missing; Achievable and Relevant always need a person’s review.',
    params: publicParams(smartParams),
    returns: NO_DOCS ? '' : 'One line of text.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_SMART("Increase sales revenue by 10% in the next quarter")',
      expected: 'Specific ✓ (increase sales revenue) · Measurable ✓ (+10%) · Time-bound ✓ (in the next quarter) · Achievable: needs review · Relevant: needs review',
      working: 'a metric and a direction, a number and a window are all in the sentence',
    },
    bind: rowwise({ name: 'GOAL_SMART', params: smartParams, compute: ([text, start]) => ok(smartSummary(checkSmart(text as string, start))) }),
  },
  {
    name: 'GOAL_PARSE',
    summary: NO_DOCS ? '' : 'Reads a goal sentence into one row: kind, change, target, metric, start, due, baseline, upper (blank where the sentence does not say).',
    params: publicParams(parseParams),
    returns: NO_DOCS ? '' :
      'One row of eight cells per sentence (a range of sentences gives one row each): kind, change (a fraction, or text such as "+5 points"), target (a range\'s low end), metric, start, due (the window\'s last day), baseline ("from 42 to 33.6" gives 42), upper (a range\'s high end). A number it cannot use (1e400, a change of 500% or more) or a window past 9999-12-31 is an error in the row.',
    example: NO_DOCS ? NO_EXAMPLE : {
      formula: '=GOAL_PARSE("Reduce patient wait times by 20% within six months", DATE(2026,1,1))',
      expected: [['decrease', -0.2, '', 'patient wait times', '2026-01-01', '2026-06-30', '', '']],
      working: '"reduce" is a decrease, 20% is −0.2; six months from Jan 1 end on Jun 30, the day before Jul 1; no target, baseline or upper end is given',
    },
    bind: rowwise({
      name: 'GOAL_PARSE',
      params: parseParams,
      width: 8,
      compute: ([text, start]) => {
        const reading = readGoalSentence(text as string, start as number);
        // A number it cannot compute with, or a window past the calendar, is an error in the row, not a blank cell.
        if (reading.refused) return { ok: false, problem: reading.refused };
        if (reading.outside) return fail('window-off-calendar', { phrase: reading.outside.phrase });
        const row = parsedGoalRow(reading.goal);
        return ok(row.map((v, i): Out => (DATE_COLUMNS.has(i) && typeof v === 'number' ? { day: v } : v)));
      },
    }),
  },
];
