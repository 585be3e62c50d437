/**
 * Adopting a sheet someone made, on the local spreadsheet: the proposal, applying it, what
 * never changes in the person's columns, and the computed columns worked by hand. Adopted
 * on 2026-11-29: the quarter 2026-10-01 to 2026-12-31 is 91 days, 59 of them passed (E = 0.648352).
 */
import { describe, expect, it } from 'vitest';
import type { AdoptionDto } from '../../src/contract/dto.ts';
import { GOAL_COLUMNS, headerKey } from '../../src/sheet/goal-columns.ts';
import { insertFunctionGuide } from '../../src/sheet/function-guide.ts';
import { api, cells, value, withTable, type Api } from '../server/helpers.ts';
import { addHandMade, HAND_MADE, HAND_MADE_ROWS, snapshot } from '../support/hand-made.ts';

const ROWS = HAND_MADE_ROWS.length;
const rounded = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v)));

function adopted(drop: readonly string[] = [], params: object = {}): Api & { sheet: ReturnType<typeof addHandMade>; result: AdoptionDto } {
  const a = api();
  const sheet = addHandMade(a.app, drop);
  const result = value(a.call('adoptSheet', { sheetName: HAND_MADE, ...params }));
  return { ...a, sheet, result };
}

describe('adopting a hand-made sheet', () => {
  it('proposes a mapping of every column it knows and reports Region as unmapped, writing nothing', () => {
    const a = api();
    addHandMade(a.app);
    const before = a.s.saveJson();
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, apply: false }));
    expect(a.s.saveJson()).toBe(before);
    expect(r).toMatchObject({ sheetName: HAND_MADE, headerRow: 2, applied: false, tableId: null, missing: [], unmapped: ['Region'] });
    expect(r.columns.map((c) => [c.column, c.header, c.role, c.by])).toEqual([
      ['A', 'Objective', 'goal', 'synonym'], ['B', 'Owner', 'owner', 'name'], ['C', 'Start value', 'baseline', 'synonym'],
      ['D', 'Goal value', 'target', 'synonym'], ['E', 'Actual', 'current', 'synonym'], ['F', 'Start date', 'start', 'synonym'],
      ['G', 'Deadline', 'due', 'synonym'], ['H', 'Region', null, null], ['I', 'Comments', 'notes', 'synonym'],
    ]);
    expect(r.added).toEqual(['Id', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    expect(r.report.join('\n')).toContain('"Region" (H)');
    expect(r.report.join('\n')).toContain('No id column: Goalpost adds "Id" (J) with an id for each of the 4 goals (G1 to G4)');
  });

  it('adds only computed columns to the right, computes from the typed Actual, and leaves every original cell as it was', () => {
    const a = api();
    const sheet = addHandMade(a.app);
    const before = snapshot(sheet, 1, 1, ROWS + 2, 9);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE }));
    expect(r).toMatchObject({ applied: true, tableId: 'T1' });
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    expect(cells(sheet, 'J2:Q2')[0]).toEqual(['Id', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    expect(cells(sheet, 'S2')[0]).toEqual(['Trend data']);
    // Progress from Actual: (1500 − 1000)/1000 = 0.5, pace 0.5/0.648352 = 0.77 → At risk; (400 − 160)/300 = 0.8, pace 1.23 → On track;
    // (22 − 20)/20 = 0.1 → Off track; 1 of 1 → Achieved. No check-in yet: 59 days since start > cadence 30 → Stale.
    expect(rounded(cells(sheet, 'J3:O6'))).toEqual([
      ['G1', 0.5, 0.648352, 'At risk', expect.any(String), 'Stale'],
      ['G2', 0.8, 0.648352, 'On track', expect.any(String), 'Stale'],
      ['G3', 0.1, 0.648352, 'Off track', expect.any(String), 'Stale'],
      ['G4', 1, 0.648352, 'Achieved', expect.any(String), 'Stale'],
    ]);
    // Refresh reports nothing and writes nothing in the person's columns.
    expect(value(a.call('refresh'))).toEqual({ tables: 1, asOfMoved: false, report: [] });
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    // A check-in goes to the log only: Actual stays as typed, progress still reads it.
    value(a.call('checkIn', { tableId: 'T1', goalId: 'G1', value: 1600 }));
    expect(cells(sheet, 'E3')[0]).toEqual([1500]);
    expect(snapshot(sheet, 1, 1, ROWS + 2, 9)).toEqual(before);
    expect(cells(a.app.getActiveSpreadsheet().getSheetByName('Hand made log') as never, 'A2:C2')).toEqual([['2026-11-29', 'G1', 1600]]);
    expect(rounded(cells(sheet, 'K3:O3'))).toEqual([[0.5, 0.648352, 'At risk', expect.any(String), '']]);
  });

  it('a goal created with a first reading has it in their Actual column too, and in the log', () => {
    const a = adopted();
    const g = value(a.call('createGoal', { tableId: 'T1', goal: 'Grow referrals', owner: 'Ed', baseline: 10, target: 30, start: '2026-10-01', due: '2026-12-31', current: 20 }));
    expect(g).toMatchObject({ id: 'G5', row: 7, current: 20 });
    // Actual is column E; (20 − 10)/(30 − 10) = 0.5 against 0.648352 expected: pace 0.77 → At risk.
    expect(cells(a.sheet, 'E7')[0]).toEqual([20]);
    expect(rounded(cells(a.sheet, 'J7:M7'))).toEqual([['G5', 0.5, 0.648352, 'At risk']]);
    expect(cells(a.app.getActiveSpreadsheet().getSheetByName('Hand made log') as never, 'A2:C2')).toEqual([['2026-11-29', 'G5', 20]]);
  });

  it('without an Actual column, current and reading date come from the KPI log', () => {
    const { sheet, result, ...a } = adopted(['Actual']);
    expect(result.added).toEqual(['Id', 'Current', 'Reading date', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
    value(a.call('checkIn', { tableId: 'T1', goalId: 'G1', value: 1600 }));
    // 1600 read today: (1600 − 1000)/1000 = 0.6 against 0.648352, pace 0.93 → On track.
    expect(rounded(cells(sheet, 'I3:N3'))).toEqual([['G1', 1600, '2026-11-29', 0.6, 0.648352, 'On track']]);
    expect(rounded(cells(sheet, 'J4:N4'))).toEqual([['', '', '', 0.648352, 'No data']]);
  });
});

describe('a current and reading date of their own', () => {
  it('Expected, Status and Stale follow their dates; a check-in with a confidence leaves their Confidence column alone', () => {
    const a = api();
    const sheet = addHandMade(a.app);
    sheet.getRange('J2:K6').setValues([['Last update', 'Confidence'], [new Date(Date.UTC(2026, 10, 20)), 7], [new Date(Date.UTC(2026, 9, 10)), 5], ['', ''], ['', '']]);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE }));
    expect(r.columns.filter((c) => c.column >= 'J').map((c) => c.role)).toEqual(['readingDate', 'confidence']);
    expect(r.added).not.toContain('Reading date');
    // G1 read Nov 20: 50 of 91 days, E = 0.549451, pace 0.5/0.549451 = 0.91 → On track; 9 days old, within 30.
    // G2 read Oct 10: 9 days, E = 0.098901, pace 0.8/0.098901 = 8.1 → On track; 50 days old → Stale.
    expect(rounded(cells(sheet, 'L3:Q4'))).toEqual([
      ['G1', 0.5, 0.549451, 'On track', expect.any(String), ''],
      ['G2', 0.8, 0.098901, 'On track', expect.any(String), 'Stale'],
    ]);
    value(a.call('checkIn', { tableId: 'T1', goalId: 'G1', value: 1700, confidence: 9 }));
    expect(cells(sheet, 'E3:K3')[0]).toEqual([1500, '2026-10-01', '2026-12-31', 'North', 'Weekly push', '2026-11-20', 7]);
  });
});

describe("the person's mapping", () => {
  it('overrides the guess: a column mapped by hand takes the role, and null unmaps one', () => {
    const a = api();
    addHandMade(a.app);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, mapping: { owner: 'H', current: null }, apply: false }));
    const roles = Object.fromEntries(r.columns.map((c) => [c.header, [c.role, c.by]]));
    expect(roles).toMatchObject({ Region: ['owner', 'mapping'], Owner: [null, null], Actual: [null, null], 'Goal value': ['target', 'synonym'] });
    expect(r.unmapped).toEqual(['Owner', 'Actual']);
    expect(r.added).toEqual(['Id', 'Current', 'Reading date', 'Progress', 'Expected', 'Status', 'Outlook', 'Stale', 'Bar', 'Trend']);
  });

  it('shows a header that is a date as the sheet displays it, not as a JavaScript Date; mapped, the table still finds it', () => {
    const a = api();
    addHandMade(a.app);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, headerRow: 3, apply: false }));
    expect(r.columns.map((c) => c.header)).toEqual(['Grow newsletter subscribers', 'Ana', '1,000', '2,000', '1,500', '01/10/2026', '31/12/2026', 'North', 'Weekly push']);
    expect(r.report.join('\n')).not.toMatch(/GMT/);
    const applied = value(a.call('adoptSheet', { sheetName: HAND_MADE, headerRow: 3, mapping: { goal: 'A', target: 'D', notes: 'F' } }));
    expect(value(a.call('listGoals')).tables).toEqual([{ id: applied.tableId, sheetName: HAND_MADE, logSheetName: 'Hand made log', problems: expect.any(Array) }]);
    expect(value(a.call('listGoals')).tables[0]?.problems.join('\n')).not.toMatch(/has no .* column/);
  });

  it('takes column letters in lower case as their upper case', () => {
    const a = api();
    addHandMade(a.app);
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, apply: false, mapping: { notes: 'h', owner: ' i ' } }));
    expect(r.columns.filter((c) => c.role === 'notes' || c.role === 'owner').map((c) => [c.column, c.role])).toEqual([['H', 'notes'], ['I', 'owner']]);
  });

  it('applied, the mapped columns are the ones the table reads', () => {
    const { sheet, result, ...a } = adopted([], { mapping: { owner: 'H' } });
    expect(result.tableId).toBe('T1');
    const goal = value(a.call('getGoal', { tableId: 'T1', goalId: 'G2' })).goal;
    expect(goal).toMatchObject({ goal: 'Cut support backlog', owner: 'South', baseline: 400, target: 100, current: 160, start: '2026-10-01', due: '2026-12-31', status: 'On track' });
    expect(cells(sheet, 'B4:B4')).toEqual([['Bo']]);
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['a sheet that is not there', { sheetName: 'Nope' }, 'sheet-not-found', 'sheetName'],
    ['a column past the last one', { sheetName: HAND_MADE, mapping: { target: 'Z' } }, 'column-outside-sheet', 'mapping.target'],
    ['two roles in one column', { sheetName: HAND_MADE, mapping: { goal: 'A', kpi: 'A' } }, 'column-mapped-twice', 'mapping.kpi'],
    ['a computed role mapped', { sheetName: HAND_MADE, mapping: { status: 'H' } }, 'role-is-computed', 'mapping.status'],
    ['a column with no header', { sheetName: HAND_MADE, headerRow: 1, mapping: { target: 'B' } }, 'column-without-header', 'mapping.target'],
    ['no target', { sheetName: HAND_MADE, mapping: { target: null } }, 'adopt-roles-missing', undefined],
    ['a header row without a goal (title only)', { sheetName: HAND_MADE, headerRow: 1 }, 'adopt-roles-missing', undefined],
    ['a header too long to record', { sheetName: HAND_MADE, mapping: { kpi: 'H' } }, 'header-too-long', 'mapping.kpi'],
  ])('%s', (_name, params, code, field) => {
    const a = api();
    addHandMade(a.app).getRange('H2').setValue(`Region ${'x'.repeat(100)}`);
    const before = a.s.saveJson();
    const r = a.call('adoptSheet', params);
    expect(r.ok ? 'ok' : [r.error.code, r.error.field]).toEqual([code, field]);
    expect(a.s.saveJson()).toBe(before);
  });

  it('refuses the sheets Goalpost keeps itself: a KPI log, a change log, an archive, the settings and the function guide', () => {
    const a = withTable();
    value(a.call('createGoal', { tableId: 'T1', goal: 'Spare', target: 5, baseline: 1 }));
    value(a.call('archiveGoal', { tableId: 'T1', goalId: 'R4' }));
    insertFunctionGuide(a.app);
    a.app.getActiveSpreadsheet().getSheetByName('Goalpost settings')!.setName('Settings (renamed)');
    const before = a.s.saveJson();
    const refused = (sheetName: string, apply: boolean) => {
      const r = a.call('adoptSheet', { sheetName, apply });
      return r.ok ? 'ok' : [r.error.code, r.error.field, r.error.message];
    };
    const own = (sheet: string, what: string) => ['goalpost-sheet', 'sheetName', `${sheet} is ${what}, a sheet Goalpost keeps itself: adopt the sheet that lists your goals`];
    for (const apply of [false, true]) {
      expect(refused('Retail goals log', apply)).toEqual(own('Retail goals log', 'the KPI log of Retail goals'));
      expect(refused('Retail goals changes', apply)).toEqual(own('Retail goals changes', 'the change log of Retail goals'));
      expect(refused('Retail goals archive', apply)).toEqual(own('Retail goals archive', 'the archive of Retail goals'));
      expect(refused('Settings (renamed)', apply)).toEqual(own('Settings (renamed)', "Goalpost's settings"));
      expect(refused('Goalpost guide', apply)).toEqual(own('Goalpost guide', 'the function guide'));
    }
    expect(a.s.saveJson()).toBe(before);
  });

  it('a computed role mapped reads as a sentence; the field stays in the error', () => {
    const a = api();
    addHandMade(a.app);
    expect(a.call('adoptSheet', { sheetName: HAND_MADE, mapping: { status: 'H' } })).toEqual({ ok: false, error: { code: 'role-is-computed', field: 'mapping.status',
      message: 'status is a column Goalpost computes and adds itself: leave it out of the mapping (only current and readingDate may be your own columns)' } });
  });

  it('a sheet without any header Goalpost knows, and a sheet adopted already', () => {
    const a = api();
    const plain = a.app.getActiveSpreadsheet().insertSheet('Numbers');
    plain.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    addHandMade(a.app);
    value(a.call('adoptSheet', { sheetName: HAND_MADE }));
    const before = a.s.saveJson();
    const none = a.call('adoptSheet', { sheetName: 'Numbers', apply: false });
    const again = a.call('adoptSheet', { sheetName: HAND_MADE });
    expect(none.ok ? none : none.error.message).toBe('Numbers: none of its first 20 rows names a goal (or KPI) column and another Goalpost knows, such as Target, Goal value or Deadline: give headerRow, or rename the headers');
    expect(again.ok ? again : again.error.message).toBe("Hand made is goal table T1 already: use Refresh to bring its columns back, or adopt another sheet");
    expect(a.s.saveJson()).toBe(before);
  });
});

describe('a sheet in its own order, with its own columns in between', () => {
  const HEADER = ['Region', 'Deadline', 'Risk', 'Goal value', 'KPI', 'Start value', 'Budget', 'Start date', 'Actual'];
  const ROW = (kpi: string, baseline: number, target: number, actual: number) =>
    ['North', new Date(Date.UTC(2026, 11, 31)), 'low', target, kpi, baseline, 5000, new Date(Date.UTC(2026, 9, 1)), actual];

  it('maps by header wherever the columns are; Refresh reports nothing and writes nothing in them, even after a column is inserted', () => {
    const a = api();
    const sheet = a.app.getActiveSpreadsheet().insertSheet('Mine');
    sheet.getRange(1, 1, 3, HEADER.length).setValues([HEADER, ROW('Signups', 100, 200, 150), ROW('Churn', 0.1, 0.05, 0.08)]);
    sheet.getRange('C2:C3').setBackground('#ffff00');
    const r = value(a.call('adoptSheet', { sheetName: 'Mine' }));
    expect(r.unmapped).toEqual(['Region', 'Risk', 'Budget']);
    expect(r.headerRow).toBe(1);
    // Signups: (150 − 100)/100 = 0.5; churn 0.1 → 0.05 at 0.08: 0.02/0.05 = 0.4; both against 59/91 = 0.648352.
    expect(rounded(cells(sheet, 'J2:M3'))).toEqual([['G1', 0.5, 0.648352, 'At risk'], ['G2', 0.4, 0.648352, 'Off track']]);
    sheet.insertColumnsBefore(3, 1);
    sheet.getRange('C1:C3').setValues([['Comment'], ['typed'], ['by hand']]);
    const before = snapshot(sheet, 1, 1, 3, HEADER.length + 1);
    expect(value(a.call('refresh')).report).toEqual([]);
    expect(snapshot(sheet, 1, 1, 3, HEADER.length + 1)).toEqual(before);
    expect(rounded(cells(sheet, 'K2:N3'))).toEqual([['G1', 0.5, 0.648352, 'At risk'], ['G2', 0.4, 0.648352, 'Off track']]);
    // Protection, validation and conditional colours only on Goalpost's columns (L onwards now).
    const protectedColumns = sheet.getProtections(a.app.ProtectionType.RANGE).map((p) => p.getRange().getColumn());
    const ruleColumns = sheet.getConditionalFormatRules().flatMap((rule) => rule.getRanges().map((r) => r.getColumn()));
    expect(Math.min(...protectedColumns, ...ruleColumns)).toBeGreaterThanOrEqual(12);
  });
});

describe('what the report says', () => {
  it('names numbers typed as text, and adds an empty Start column when there is none', () => {
    const a = api();
    const sheet = addHandMade(a.app, ['Start date']);
    sheet.getRange('D4').setValue('about 100');
    const r = value(a.call('adoptSheet', { sheetName: HAND_MADE, apply: false }));
    expect(r.added).toContain('Start');
    expect(r.report).toContain('Hand made!D4: Goal value "about 100" is text, not a number: type a plain number');
    expect(r.report).toContain('No start date column: Goalpost adds an empty "Start" (J): fill in each goal\'s first day, which Expected and Status need');
  });
});

describe('headers and synonyms', () => {
  it('each names one role, compared without case, spacing or punctuation', () => {
    const names = GOAL_COLUMNS.flatMap((c) => [c.header, ...c.synonyms].map((n) => [headerKey(n), c.role] as const));
    const roles = new Map<string, Set<string>>();
    for (const [key, role] of names) roles.set(key, (roles.get(key) ?? new Set()).add(role));
    expect([...roles].filter(([, r]) => r.size > 1)).toEqual([]);
    expect(names.filter(([key]) => key === '')).toEqual([]);
    expect(['GOAL VALUE:', 'goal-value', ' Goal  value '].map(headerKey)).toEqual(['goal value', 'goal value', 'goal value']);
  });
});
