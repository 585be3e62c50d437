/**
 * Goal tables on the local spreadsheet: a new user's path (New goal table ▸ Retail, then
 * Refresh) with the computed values worked out by hand, every template computing without
 * an error, what Refresh owns and what it never touches, and the report a malformed table
 * gives. Created on 2026-11-29: the quarter is 2026-10-01 to 2026-12-31, 91 days from start
 * to due, and the year 2026-01-01 to 2026-12-31, 364 days.
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices, type LocalServices } from '../../local/index.ts';
import { dayFromYmd } from '../../src/core/dates.ts';
import { COLUMN_ROLES } from '../../src/core/vocabulary.ts';
import { BLOCK_WIDTH, GOAL_COLUMNS, type ColumnRole } from '../../src/sheet/goal-columns.ts';
import { literal } from '../../src/sheet/literal.ts';
import type { SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { findSettingsSheet, readSettings, statusColours } from '../../src/sheet/settings.ts';
import { createTable, HEADER_ROW } from '../../src/sheet/table-create.ts';
import { findTables, TABLE_KEY } from '../../src/sheet/table-find.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import { refreshTables } from '../../src/sheet/table-refresh.ts';
import { TEMPLATE_NAMES } from '../../src/sheet/templates.ts';
import { FUNCTION_SPECS } from '../../src/functions/index.ts';

const TODAY = dayFromYmd(2026, 11, 29);
const FIRST = HEADER_ROW + 1;

function services(): { s: LocalServices; app: SpreadsheetAppPort } {
  const s = createLocalServices({ timeZone: 'Etc/UTC' });
  return { s, app: s.SpreadsheetApp as unknown as SpreadsheetAppPort };
}

const col = (role: ColumnRole): number => GOAL_COLUMNS.findIndex((c) => c.role === role) + 1;
const iso = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
/** The named columns of the goal rows, as values. */
function rows(sheet: SheetPort, count: number, roles: readonly ColumnRole[]): unknown[][] {
  const values = sheet.getRange(FIRST, 1, count, GOAL_COLUMNS.length).getValues();
  return values.map((r) => roles.map((role) => {
    const v = iso(r[col(role) - 1]);
    return typeof v === 'number' ? Number(v.toFixed(6)) : v;
  }));
}

describe('a new user: New goal table ▸ Retail, then Refresh', () => {
  it('creates the goal rows, the log and every computed column, worked by hand', () => {
    const { s, app } = services();
    const { sheet, log, report } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    expect(report).toEqual([]);
    expect(sheet.getName()).toBe('Retail goals');
    expect(log.getName()).toBe('Retail goals log');
    // R1 revenue, last read Nov 28 (58 of 91 days, E = 0.637363) at 1.15 × E: 500,000 + 50,000 × 0.732967 = 536,648; p = 0.73296, pace 1.15 → On track.
    // R2 transaction value, last read Nov 17 (47 days, E = 0.516484) at 0.8 × E: 42 + 4.2 × 0.413187 = 43.74; p = 1.74/4.2 = 0.414286, pace 0.80 → At risk; 12 days since its reading > cadence 7 → Stale.
    // R3 conversion, last read Nov 26 (E = 56/91 = 0.615385) at progress 1.1: 0.025 + 0.005 × 1.1 = 0.0305 → Achieved.
    // R, the goal: (0.73296 + 0.414286 + 1) / 3 = 0.715749 against E = 59/91 = 0.648352 as of Nov 29, pace 1.10 → On track.
    expect(rows(sheet, 4, ['id', 'parent', 'current', 'readingDate', 'progress', 'expected', 'status', 'stale'])).toEqual([
      ['R', '', '', '', 0.715749, 0.648352, 'On track', ''],
      ['R1', 'R', 536648, '2026-11-28', 0.73296, 0.637363, 'On track', ''],
      ['R2', 'R', 43.74, '2026-11-17', 0.414286, 0.516484, 'At risk', 'Stale'],
      ['R3', 'R', 0.0305, '2026-11-26', 1.1, 0.615385, 'Achieved', ''],
    ]);
    // Shown as Sheets would: units in the cells, dates, percentages.
    const shown = sheet.getRange(FIRST + 1, 1, 1, GOAL_COLUMNS.length).getDisplayValues()[0] ?? [];
    expect([shown[col('current') - 1], shown[col('readingDate') - 1], shown[col('progress') - 1]]).toEqual(['$536,648', '2026-11-28', '73%']);
    expect(sheet.getRange(1, 3).getDisplayValue()).toBe('As of 2026-11-29');
    // Below the goals, every computed column stays blank (regression: each empty row read "No data").
    expect(sheet.getRange(FIRST + 4, col('current'), 20, col('stale') - col('current') + 1).getValues().flat().every((v) => v === '')).toBe(true);
    // Refresh on the same day changes no value.
    const before = sheet.getDataRange().getValues();
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result).toEqual({ tables: 1, asOfMoved: false, report: [] });
    expect(sheet.getDataRange().getValues()).toEqual(before);
    for (const role of ['current', 'readingDate', 'progress', 'expected', 'status', 'outlook', 'stale'] as const) {
      expect(s.local.cellError(sheet.getName(), `${String.fromCharCode(64 + col(role))}${FIRST}`), role).toBeNull();
    }
  });

  it('Refresh a day later moves the as-of date, and the table with it', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY + 1);
    expect(result.asOfMoved).toBe(true);
    expect(sheet.getRange(1, 3).getDisplayValue()).toBe('As of 2026-11-30');
    // The goal's expected progress: 60 of 91 days = 0.659341.
    expect(rows(sheet, 1, ['expected'])).toEqual([[0.659341]]);
  });

  it('a pinned as-of date stays where the analyst put it', () => {
    const { app } = services();
    createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const settings = findSettingsSheet(app.getActiveSpreadsheet()) as SheetPort;
    settings.getRange('B4').setValue(true);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY + 5).asOfMoved).toBe(false);
    expect(iso(readSettings(settings).asOf)).toBe('2026-11-29');
  });
});

describe('every template', () => {
  it.each(TEMPLATE_NAMES)('%s: every computed cell of every goal row has a value and no error', (name) => {
    const { s, app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, name);
    const roles: ColumnRole[] = ['progress', 'expected', 'status'];
    for (const [i, r] of rows(sheet, 4, roles).entries()) for (const [k, v] of r.entries()) expect(v, `${name} row ${i + 1} ${roles[k]}`).not.toBe('');
    for (let c = 1; c <= GOAL_COLUMNS.length; c++) for (let r = FIRST; r < FIRST + 4; r++) {
      expect(s.local.cellError(sheet.getName(), `${String.fromCharCode(64 + c)}${r}`), `${name} column ${c} row ${r}`).toBeNull();
    }
  });

  it('together they show every status and a stale flag', () => {
    const { app } = services();
    const seen = new Set<unknown>();
    for (const name of TEMPLATE_NAMES) {
      const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, name);
      for (const [status, stale] of rows(sheet, 4, ['status', 'stale'])) seen.add(status).add(stale);
    }
    for (const label of ['On track', 'At risk', 'Off track', 'Achieved', 'Awaiting data', 'Stale']) expect(seen.has(label), label).toBe(true);
  });
});

describe('what Refresh owns, and what it never touches', () => {
  it('a refresh never changes a cell a person typed, in the table or in a column they added', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Healthcare');
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 2);
    const mine = sheet.getMaxColumns() - 1;
    sheet.getRange(2, mine).setValue('My column');
    sheet.getRange(FIRST, mine, 2, 1).setValues([['mine'], ['=1+1']]);
    sheet.getRange(FIRST + 1, col('notes')).setValue('checked with the front desk');
    const typed = (): unknown[][] => {
      const formulas = sheet.getDataRange().getFormulas();
      return sheet.getDataRange().getValues().map((r, i) => r.map((v, j) => {
        const role = GOAL_COLUMNS[j]?.role;
        const owned = (role && GOAL_COLUMNS[j]?.filling !== 'typed') || j >= GOAL_COLUMNS.length + 1 && j < GOAL_COLUMNS.length + 1 + BLOCK_WIDTH;
        return owned ? null : (formulas[i]?.[j] || v);
      }));
    };
    const before = typed();
    refreshTables(app, DEFAULT_COLOURS, TODAY + 3);
    expect(typed()).toEqual(before);
  });

  it('a value typed over a computed column is named, left alone, and the other cells keep their formulas', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const status = String.fromCharCode(64 + col('status'));
    sheet.getRange(`${status}${FIRST}`).setValue('Great');
    sheet.getRange(FIRST + 2, col('bar')).setValue('=IMPORTXML("http://x")'.replace('=', "'="));
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual([
      `Retail goals!${status}${FIRST} holds "Great" typed over Goalpost's formula for this column: clear the cell and Refresh to bring the column back`,
      'Retail goals!W5 holds a typed value in the Bar column; Goalpost left it'.replace('Retail goals!W5', 'Retail goals: W5'),
    ]);
    expect(sheet.getRange(`${status}${FIRST}`).getValue()).toBe('Great');
    expect(sheet.getRange(FIRST + 2, col('bar')).getValue()).toBe('=IMPORTXML("http://x")');
    expect(sheet.getRange(FIRST + 2, col('bar')).getFormula()).toBe('');
    // Cleared, the next Refresh restores the column.
    sheet.getRange(`${status}${FIRST}`).clearContent();
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toHaveLength(1);
    expect(rows(sheet, 1, ['status'])).toEqual([['On track']]);
  });

  it('a displaced range formula (a sort moved it) goes back to the first row; a typed value blocking a column is named', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const c = col('outlook');
    const formula = sheet.getRange(FIRST, c).getFormula();
    sheet.getRange(FIRST, c).clearContent();
    sheet.getRange(FIRST + 2, c).setFormula(formula.replaceAll(`${FIRST}:`, `${FIRST + 2}:`));
    const stale = col('stale');
    sheet.getRange(FIRST + 3, stale).setValue('nope');
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(sheet.getRange(FIRST, c).getFormula()).toBe(formula);
    expect(sheet.getRange(FIRST + 2, c).getFormula()).toBe('');
    const [o, u] = [String.fromCharCode(64 + c), String.fromCharCode(64 + stale)];
    expect(result.report).toEqual([
      `Retail goals: ${o}${FIRST + 2} held Goalpost's Outlook formula, moved there by a sort: Goalpost cleared it and put the formula back in ${o}${FIRST}`,
      `Retail goals: ${u}${FIRST + 3} holds a value a person typed where Goalpost's Stale column fills in from ${u}${FIRST}, blocking it: Goalpost left it; clear it to let the formula fill the column`,
    ]);
    expect(sheet.getRange(FIRST + 3, stale).getValue()).toBe('nope');
  });

  it('keeps every conditional format rule that is not Goalpost\'s, and adds Goalpost\'s once', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const mine = app.newConditionalFormatRule().whenTextEqualTo('done').setBackground('#123456').setRanges([sheet.getRange('Y3:Y20')]).build();
    sheet.setConditionalFormatRules([mine, ...sheet.getConditionalFormatRules()]);
    const count = sheet.getConditionalFormatRules().length;
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(count);
    expect(rules[0]?.getBooleanCondition()?.getCriteriaValues()).toEqual(['done']);
  });

  it('costs the same number of service calls for 10 goals as for 1,000', () => {
    const counts = [10, 1000].map((n) => {
      const { s, app } = services();
      const { sheet, log } = createTable(app, DEFAULT_COLOURS, TODAY);
      sheet.insertRowsAfter(sheet.getMaxRows(), 1100 - sheet.getMaxRows());
      log.insertRowsAfter(log.getMaxRows(), 1100 - log.getMaxRows());
      sheet.getRange(FIRST, 1, n, 1).setValues(Array.from({ length: n }, (_, i) => [`K${i + 1}`]));
      sheet.getRange(FIRST, col('baseline'), n, 2).setValues(Array.from({ length: n }, () => [0, 100]));
      log.getRange(2, 1, n, 3).setValues(Array.from({ length: n }, (_, i) => [new Date(Date.UTC(2026, 10, 20)), `K${i + 1}`, 50]));
      s.counter.reset();
      refreshTables(app, DEFAULT_COLOURS, TODAY + 1);
      return s.counter.counts();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('finding tables', () => {
  it('follows a renamed sheet and an inserted column', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    sheet.setName('Q4 goals');
    sheet.insertColumnsBefore(3, 1);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual([]);
    const header = sheet.getRange(HEADER_ROW, 1, 1, 30).getValues()[0] ?? [];
    const status = header.indexOf('Status') + 1;
    expect(sheet.getRange(FIRST + 1, status).getValue()).toBe('On track');
  });

  it('a duplicated sheet, whose header carries a copy of the metadata, becomes a table of its own', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const ss = app.getActiveSpreadsheet();
    const copy = ss.insertSheet('Copy of Retail goals');
    const md = findTables(app, ss, false)[0]?.md;
    copy.getRange(`${HEADER_ROW}:${HEADER_ROW}`).addDeveloperMetadata(TABLE_KEY, md?.getValue() ?? '', app.DeveloperMetadataVisibility.DOCUMENT);
    copy.getRange(HEADER_ROW, 1, 1, GOAL_COLUMNS.length).setValues([GOAL_COLUMNS.map((c) => c.header)]);
    const tables = findTables(app, ss, true);
    expect(tables.map((t) => [t.sheet.getName(), t.meta.table])).toEqual([[sheet.getName(), 'T1'], ['Copy of Retail goals', 'T2']]);
    expect(findTables(app, ss, false).map((t) => t.meta.table)).toEqual(['T1', 'T2']);
  });
});

describe('a malformed table gives a report, not a crash', () => {
  it('names missing columns, text in number columns, duplicate ids, unknown parents and cycles', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    sheet.getRange(FIRST + 1, col('target')).setValue('lots');
    sheet.getRange(FIRST + 3, col('id')).setValue('R1');
    sheet.getRange(FIRST + 2, col('parent')).setValue('Z9');
    sheet.getRange(FIRST + 4, 1, 2, 2).setValues([['A', 'B'], ['B', 'A']]);
    const report = refreshTables(app, DEFAULT_COLOURS, TODAY).report;
    expect(report).toEqual([
      'Retail goals!I4: Target "lots" is text, not a number: type a plain number',
      'Retail goals!A6: id "R1" is also in A4: give every goal its own id',
      'Retail goals!B5: parent "Z9" is not an id in the table: fix it, or leave it blank for a top-level goal',
      'Retail goals: the parents of A7, A8 form a cycle (A → B → A): a goal cannot be its own ancestor',
    ]);
  });

  it('a deleted header and a deleted log are reported, and nothing is written', () => {
    const { app } = services();
    const { sheet, log } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    sheet.getRange(HEADER_ROW, col('due')).setValue('');
    app.getActiveSpreadsheet().deleteSheet(log);
    const report = refreshTables(app, DEFAULT_COLOURS, TODAY).report;
    expect(report).toEqual([
      'Retail goals: the header row 2 has no "Due" column: type the header back (or undo the change)',
      'Retail goals: its KPI log sheet was deleted: current values, reading dates, outlook, staleness and trends cannot be computed (undo the deletion, or create a new table)',
    ]);
  });
});

describe('rows a person adds to a blank table', () => {
  it('a parent is judged on its children; a done-or-not milestone without a target on its flag; stale needs readings within the cadence', () => {
    const { app } = services();
    const { sheet, log } = createTable(app, DEFAULT_COLOURS, TODAY);
    const at = (row: number, role: ColumnRole, v: unknown) => sheet.getRange(row, col(role)).setValue(v);
    // P (a parent), M (a done-or-not milestone, no target, cadence 7), K (at least 10 from 4, cadence 30).
    for (const [r, id, parent] of [[3, 'P', ''], [4, 'M', 'P'], [5, 'K', 'P']] as const) {
      at(r, 'id', id);
      at(r, 'parent', parent);
      at(r, 'start', new Date(Date.UTC(2026, 9, 1)));
      at(r, 'due', new Date(Date.UTC(2026, 11, 31)));
    }
    at(4, 'kind', 'milestone');
    at(4, 'cadence', 7);
    at(5, 'kind', 'at least');
    at(5, 'baseline', 4);
    at(5, 'target', 10);
    at(5, 'cadence', 30);
    log.getRange(2, 1, 3, 3).setValues([
      [new Date(Date.UTC(2026, 10, 1)), 'M', 0], // not done on Nov 1: 28 days before as-of, over its 7-day cadence
      [new Date(Date.UTC(2026, 9, 15)), 'K', 5],
      [new Date(Date.UTC(2026, 10, 20)), 'K', 7], // at least 10 from 4, 7 on Nov 20: p = 3/6 = 0.5 against E = 50/91 = 0.549, pace 0.91
    ]);
    refreshTables(app, DEFAULT_COLOURS, TODAY);
    // P = (0 + 0.5) / 2 = 0.25 against E = 59/91 = 0.648: pace 0.39 → Off track; M not done with E = 31/91 < 0.9 → On track.
    expect(rows(sheet, 3, ['id', 'progress', 'status', 'stale'])).toEqual([
      ['P', 0.25, 'Off track', ''],
      ['M', 0, 'On track', 'Stale'],
      ['K', 0.5, 'On track', ''],
    ]);
  });
});

describe('in place: validation, formats, notes, frozen header, protection', () => {
  it('checks kind, parent, weight, cadence and confidence as people type', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const rule = (role: ColumnRole) => sheet.getRange(FIRST + 5, col(role)).getDataValidation();
    expect(rule('kind')?.getCriteriaValues()[0]).toEqual(['increase', 'decrease', 'at least', 'at most', 'within range', 'milestone']);
    expect(rule('kind')?.getAllowInvalid()).toBe(false);
    expect(String(rule('parent')?.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(rule('confidence')?.getCriteriaValues()).toEqual([1, 10]);
    expect(String(rule('cadence')?.getCriteriaType())).toBe('NUMBER_GREATER_THAN');
    expect(rule('goal')).toBeNull();
  });

  it('formats by role and unit, notes every header, freezes the header, protects the computed columns with a warning only', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    // Places are fixed from the row's numbers (Sheets shows "$42." under optional places): revenue in whole dollars, the basket ($42 → $46.20) in cents.
    expect(sheet.getRange(FIRST + 1, col('target')).getNumberFormat()).toBe('"$"#,##0');
    expect(sheet.getRange(FIRST + 2, col('baseline'), 1, 2).getNumberFormats()).toEqual([['"$"#,##0.00', '"$"#,##0.00']]);
    expect(sheet.getRange(FIRST + 2, col('baseline'), 1, 2).getDisplayValues()).toEqual([['$42.00', '$46.20']]);
    expect(sheet.getRange(FIRST + 3, col('target')).getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange(FIRST, col('progress')).getNumberFormat()).toBe('0%');
    expect(sheet.getRange(FIRST, col('due')).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(HEADER_ROW, col('status')).getNote()).toMatch(/^Computed: progress against the expected pace/);
    expect(sheet.getFrozenRows()).toBe(HEADER_ROW);
    const protections = sheet.getProtections(app.ProtectionType.RANGE).filter((p) => p.getDescription() === 'goalpost:computed');
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(protections.map((p) => p.getRange().getColumn()).sort((a, b) => a - b)).toEqual(
      [...GOAL_COLUMNS.flatMap((c, i) => (c.filling === 'typed' ? [] : [i + 1])), GOAL_COLUMNS.length + 2].sort((a, b) => a - b),
    );
  });

  it('people\'s text is written as literal text: what would parse as a formula, number, date or flag gets a leading apostrophe', () => {
    expect(['=IMPORTXML("http://x")', '+cmd', '-1', '@x', '00123', '1/2', 'TRUE', 'Revenue'].map(literal)).toEqual([
      '\'=IMPORTXML("http://x")', "'+cmd", "'-1", "'@x", "'00123", "'1/2", "'TRUE", 'Revenue',
    ]);
  });
});

describe('rows inserted above, and colour preferences', () => {
  it('rows inserted above the header move the table; Refresh finds it by its metadata and writes nothing new', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    sheet.insertRowsBefore(1, 2);
    const result = refreshTables(app, DEFAULT_COLOURS, TODAY);
    expect(result.report).toEqual([]);
    expect(findTables(app, app.getActiveSpreadsheet(), false)[0]?.headerRow).toBe(HEADER_ROW + 2);
    expect(sheet.getRange(FIRST + 2, col('status'), 4, 1).getValues().map((r) => r[0])).toEqual(['On track', 'On track', 'At risk', 'Achieved']);
  });

  it('status colours come from the preferences: Refresh writes them into the rules and the bars', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    refreshTables(app, { ...DEFAULT_COLOURS, 'On track': '#00ff00' }, TODAY);
    const onTrack = sheet.getConditionalFormatRules().find((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'On track');
    expect(onTrack?.getBooleanCondition()?.getBackground()).toBe('#00ff00');
    expect(sheet.getRange(FIRST + 1, col('bar')).getFormula()).toContain('"#00ff00"');
  });

  it('reads colours from document properties, keeping the defaults for anything unreadable', () => {
    const { s } = services();
    const props = s.PropertiesService.getDocumentProperties();
    expect(statusColours(props)).toEqual(DEFAULT_COLOURS);
    props.setProperty('goalpost.statusColours', JSON.stringify({ 'On track': '#00aa00', 'At risk': 'red', Missed: '#123' }));
    expect(statusColours(props)).toEqual({ ...DEFAULT_COLOURS, 'On track': '#00aa00' });
    props.setProperty('goalpost.statusColours', 'not json');
    expect(statusColours(props)).toEqual(DEFAULT_COLOURS);
  });
});

describe('the settings sheet', () => {
  it('renamed, it is still found; deleted, Refresh makes a new one and the named ranges point at it', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const ss = app.getActiveSpreadsheet();
    const settings = findSettingsSheet(ss) as SheetPort;
    settings.setName('My settings');
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Sheet1', 'My settings', 'Retail goals', 'Retail goals log', 'Retail goals changes']);
    ss.deleteSheet(settings);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    expect(ss.getRangeByName('Goalpost_AsOf')?.getSheet().getName()).toBe('Goalpost settings');
    expect(rows(sheet, 4, ['status'])).toEqual([['On track'], ['On track'], ['At risk'], ['Achieved']]);
  });
});

it('the column table lists every role once, in the order the server API names them', () => {
  expect(GOAL_COLUMNS.map((c) => c.role)).toEqual([...COLUMN_ROLES]);
});

describe('parents and their formulas', () => {
  it('a parent with a target of its own is still judged on its children: status from the rollup, no outlook or stale flag of its own', () => {
    const { s, app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    sheet.getRange(FIRST, col('baseline'), 1, 2).setValues([[500000, 550000]]);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    // R = (0.73296 + 0.414286 + 1) / 3 = 0.715749 against E = 59/91 = 0.648352 as of Nov 29 (not its own reading date): pace 1.10 → On track.
    expect(rows(sheet, 1, ['progress', 'expected', 'status', 'outlook', 'stale'])).toEqual([[0.715749, 0.648352, 'On track', '', '']]);
    // A reading of its own does not change that either.
    (app.getActiveSpreadsheet().getSheetByName('Retail goals log') as SheetPort).appendRow([new Date(Date.UTC(2026, 9, 2)), 'R', 501000]);
    expect(rows(sheet, 1, ['progress', 'expected', 'status', 'outlook', 'stale'])).toEqual([[0.715749, 0.648352, 'On track', '', '']]);
    // Without children it is a KPI like any other: its own progress (1,000 / 50,000 = 0.02) on its reading date (Oct 2, E = 1/91).
    sheet.getRange(FIRST + 1, col('parent'), 3, 1).setValues([[''], [''], ['']]);
    expect(rows(sheet, 1, ['progress', 'expected', 'status'])).toEqual([[0.02, 0.010989, 'On track']]);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
  });

  it('every computed column is one custom-function execution: Progress rolls up the hidden "Own progress" column', () => {
    const { app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const names = FUNCTION_SPECS.map((f) => f.name);
    const header = sheet.getRange(HEADER_ROW, 1, 1, sheet.getMaxColumns()).getValues()[0] ?? [];
    const formulas = sheet.getRange(FIRST, 1, 1, sheet.getMaxColumns()).getFormulas()[0] ?? [];
    const calls = formulas.map((f) => names.reduce((n, name) => n + (f.match(new RegExp(`\\b${name}\\(`, 'g'))?.length ?? 0), 0));
    const owned = formulas.flatMap((f, i) => (f !== '' && !/SPARKLINE/.test(f) ? [[header[i], calls[i]]] : []));
    expect(owned).toEqual([['Current', 1], ['Reading date', 1], ['Progress', 1], ['Expected', 1], ['Status', 1], ['Outlook', 1], ['Stale', 1], ['Trend data', 1], ['Own progress', 1], ['Has children', 0]]);
    const own = header.indexOf('Own progress') + 1;
    expect(sheet.getRange(FIRST, col('progress')).getFormula()).toMatch(/^=GOAL_ROLLUP\(AM3:AM, O3:O, A3:A, B3:B\)$/);
    expect([own, sheet.isColumnHiddenByUser(own), sheet.isColumnHiddenByUser(own + 1)]).toEqual([39, true, true]);
  });

  it('a table made before the helper columns (Progress nesting GOAL_PROGRESS, parents told by a blank target) is brought to the new layout by Refresh', () => {
    const { s, app } = services();
    const { sheet } = createTable(app, DEFAULT_COLOURS, TODAY, 'Retail');
    const before = rows(sheet, 4, ['progress', 'expected', 'status', 'outlook', 'stale']);
    const newFormulas = sheet.getRange(FIRST, 1, 1, sheet.getMaxColumns()).getFormulas()[0];
    // The layout before: the formulas tested the target, and the trend block was the sheet's last 12 columns.
    const LOG = "'Retail goals log'!$A$2:$A, 'Retail goals log'!$C$2:$C, 'Retail goals log'!$B$2:$B";
    const noTarget = '(I3:I="")*(A3:A<>"")';
    sheet.getRange(FIRST, col('outlook')).setFormula(`=ARRAYFORMULA(GOAL_OUTLOOK(${LOG}, IF(${noTarget}, "", A3:A), I3:I, N3:N, H3:H, F3:F, J3:J, Goalpost_AsOf))`);
    sheet.getRange(FIRST, col('stale')).setFormula(`=ARRAYFORMULA(KPI_STALE(${LOG}, IF(${noTarget}*(F3:F<>"milestone"), "", A3:A), IF(P3:P="", Goalpost_DefaultCadence, P3:P), Goalpost_AsOf, M3:M))`);
    sheet.getRange(FIRST, col('progress')).setFormula('=GOAL_ROLLUP(GOAL_PROGRESS(H3:H, I3:I, K3:K, F3:F, J3:J), O3:O, A3:A, B3:B)');
    sheet.getRange(FIRST, col('expected')).setFormula('=GOAL_EXPECTED(M3:M, N3:N, Goalpost_AsOf, L3:L)');
    sheet.getRange(FIRST, col('status')).setFormula('=ARRAYFORMULA(GOAL_STATUS(IF((I3:I="")*(A3:A<>""), 0, H3:H), IF((I3:I="")*(A3:A<>""), 1, I3:I), IF((I3:I="")*(A3:A<>""), Q3:Q, K3:K), M3:M, N3:N, Goalpost_AsOf, F3:F, J3:J, Goalpost_OnTrack, Goalpost_AtRisk, L3:L))');
    sheet.deleteColumns(39, 2);
    expect(sheet.getMaxColumns()).toBe(38);
    expect(refreshTables(app, DEFAULT_COLOURS, TODAY).report).toEqual([]);
    expect(sheet.getRange(FIRST, 1, 1, sheet.getMaxColumns()).getFormulas()[0]).toEqual(newFormulas);
    expect(sheet.getRange(HEADER_ROW, 39, 1, 2).getValues()).toEqual([['Own progress', 'Has children']]);
    expect(rows(sheet, 4, ['progress', 'expected', 'status', 'outlook', 'stale'])).toEqual(before);
    expect(s.local.formulaErrors('Retail goals')).toEqual({});
  });
});
