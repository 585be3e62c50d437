/**
 * One zod/mini schema per server method: the parameters a request must carry. Built on the
 * first request, not when the script loads: every custom-function call reloads the whole
 * script, and must not pay for schemas it never uses. Objects are strict, so a misspelt or
 * unknown field is refused rather than ignored.
 */
import * as z from 'zod/mini';
import { parseIsoDay } from '../core/dates.ts';
import { isComputable, MAX_MAGNITUDE, MIN_MAGNITUDE } from '../core/numbers.ts';
import { COLUMN_ROLES, GOAL_KINDS, STATUS_LABELS, TEMPLATE_NAMES } from '../core/vocabulary.ts';

/** Longest texts accepted: a cell holds 50,000 characters, a note needs far fewer. */
export const LIMITS = { id: 100, tableId: 20, note: 2000, reason: 500, who: 100, text: 1000, sentence: 500, sheetName: 100, unit: 20 } as const;

/** The methods, in the order the README documents them. */
export const METHODS = [
  'listGoals', 'getGoal', 'previewGoal', 'parseGoal', 'createGoal', 'updateGoal', 'archiveGoal',
  'checkIn', 'correctCheckIn', 'reviseTarget', 'createTable', 'adoptSheet', 'refresh', 'selectGoal',
  'getSettings', 'saveSettings',
] as const;
export type Method = (typeof METHODS)[number];

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** The form is checked first (a length check would call '2026-11-20T00:00:00Z' too long, not a time). */
const isoDay = () =>
  z.string().check(z.refine((s) => s.length <= 10 && parseIsoDay(s) !== undefined, { error: 'is not a day written yyyy-mm-dd, such as 2026-03-31' }));
const amount = () =>
  z.number().check(z.refine(isComputable, { error: `is too large or too small: give 0 or a number whose size is between ${MIN_MAGNITUDE} and ${MAX_MAGNITUDE}` }));
const confidence = () => z.int().check(z.gte(1), z.lte(10));
const logRow = () => z.int().check(z.gte(2), z.lte(10_000_000));
/** A text's form: each regex carries its own fix, which check-params.ts shows after the value. */
const hex = () => z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'give a colour written #rrggbb, such as #34a853' }));
const goalRef = () => ({ tableId: required(LIMITS.tableId), goalId: required(LIMITS.id) });
/** What a client last saw in a log row: the server checks the row still holds it. */
const seen = () => z.strictObject({ date: isoDay(), goalId: required(LIMITS.id), value: z.union([z.number(), z.string(), z.boolean(), z.null()]) });

/** A column of a sheet: its letters (A, AB), as the mapping screen shows them; lower case is read as upper case. */
const columnLetters = () => z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{1,3}$/, { error: "give a column's letters, such as C or AB" }));

/** The typed fields of a goal row (the columns a person fills in); computed columns are never given. */
const goalFields = () => ({
  parent: z.optional(text(LIMITS.id)),
  goal: z.optional(text(LIMITS.text)),
  kpi: z.optional(text(LIMITS.text)),
  owner: z.optional(text(LIMITS.who)),
  /** Blank (or absent) reads increase or decrease from baseline and target. */
  kind: z.optional(z.union([z.enum(GOAL_KINDS), z.literal('')])),
  unit: z.optional(text(LIMITS.unit)),
  baseline: z.optional(z.nullable(amount())),
  upper: z.optional(z.nullable(amount())),
  start: z.optional(z.nullable(isoDay())),
  due: z.optional(z.nullable(isoDay())),
  weight: z.optional(z.nullable(amount())),
  cadence: z.optional(z.nullable(z.int().check(z.gte(1), z.lte(3650)))),
  confidence: z.optional(z.nullable(confidence())),
  notes: z.optional(text(LIMITS.note)),
});

function build() {
  const none = z.strictObject({});
  const correction = {
    tableId: required(LIMITS.tableId),
    row: logRow(),
    was: seen(),
    reason: z.optional(text(LIMITS.reason)),
    who: z.optional(text(LIMITS.who)),
  };
  return {
    listGoals: none,
    getGoal: z.strictObject(goalRef()),
    /** Progress, expected and status of fields not saved yet (the wizard's live preview). */
    previewGoal: z.strictObject({
      kind: z.optional(z.union([z.enum(GOAL_KINDS), z.literal('')])),
      baseline: z.optional(z.nullable(amount())),
      target: z.optional(z.nullable(amount())),
      upper: z.optional(z.nullable(amount())),
      /** A milestone's done flag may be true/false. */
      current: z.optional(z.nullable(z.union([amount(), z.boolean()]))),
      start: z.optional(z.nullable(isoDay())),
      due: z.optional(z.nullable(isoDay())),
      /** Default: the as-of date. */
      readingDate: z.optional(z.nullable(isoDay())),
    }),
    /** A sentence to fields, with the SMART check. start defaults to today; with a baseline a relative change gives the target. */
    parseGoal: z.strictObject({ text: required(LIMITS.sentence), start: z.optional(isoDay()), baseline: z.optional(amount()) }),
    /** A new goal row at the end of the table; id defaults to the next free one; current, when given, is its first check-in (dated the as-of date). */
    createGoal: z.strictObject({
      tableId: required(LIMITS.tableId),
      id: z.optional(text(LIMITS.id)),
      ...goalFields(),
      goal: required(LIMITS.text),
      target: amount(),
      current: z.optional(z.union([amount(), z.boolean()])),
    }),
    /** Changes typed fields of a goal row; a field absent stays as it is, null or "" clears it. The target changes only through reviseTarget. */
    updateGoal: z.strictObject({ ...goalRef(), fields: z.strictObject(goalFields()) }),
    /** Moves the goal's row to the table's archive sheet ("<table> archive"); its readings stay in the log. */
    archiveGoal: z.strictObject({ ...goalRef(), reason: z.optional(text(LIMITS.reason)) }),
    checkIn: z.strictObject({
      ...goalRef(),
      value: amount(),
      /** Default: today in the spreadsheet's zone. */
      date: z.optional(isoDay()),
      confidence: z.optional(confidence()),
      note: z.optional(text(LIMITS.note)),
      /** Default: the name this person last gave, else the goal's owner. */
      who: z.optional(text(LIMITS.who)),
    }),
    correctCheckIn: z.discriminatedUnion('action', [
      z.strictObject({
        action: z.literal('correct'),
        ...correction,
        value: z.optional(amount()),
        date: z.optional(isoDay()),
        /** null clears it. */
        confidence: z.optional(z.nullable(confidence())),
        note: z.optional(text(LIMITS.note)),
      }),
      z.strictObject({ action: z.literal('delete'), ...correction }),
    ]),
    reviseTarget: z.strictObject({ ...goalRef(), target: amount(), reason: required(LIMITS.reason), who: z.optional(text(LIMITS.who)) }),
    /** A new goal table and its KPI log, from a template or blank. */
    createTable: z.strictObject({ template: z.optional(z.union([z.enum(TEMPLATE_NAMES), z.literal('Blank')])) }),
    /**
     * Adopts a sheet someone made: without a mapping, the automatic one; with apply false,
     * only the proposal (nothing is written). Sheet defaults to the active one.
     */
    adoptSheet: z.strictObject({
      sheetName: z.optional(required(LIMITS.sheetName)),
      /** 1-based; default: detected. */
      headerRow: z.optional(z.int().check(z.gte(1), z.lte(100))),
      /** Role → column letters; a role mapped here replaces the automatic guess; null unmaps it. */
      mapping: z.optional(z.partialRecord(z.enum(COLUMN_ROLES), z.nullable(columnLetters()))),
      /** Default true; false only proposes. */
      apply: z.optional(z.boolean()),
    }),
    refresh: none,
    /** Selects the goal's row in its sheet. */
    selectGoal: z.strictObject(goalRef()),
    getSettings: none,
    saveSettings: z.strictObject({
      asOf: z.optional(isoDay()),
      pinned: z.optional(z.boolean()),
      onTrack: z.optional(amount()),
      atRisk: z.optional(amount()),
      defaultCadence: z.optional(z.int().check(z.gte(1), z.lte(3650))),
      statusColours: z.optional(z.partialRecord(z.enum(STATUS_LABELS), hex())),
    }),
  } satisfies Record<Method, z.ZodMiniType>;
}

export type Schemas = ReturnType<typeof build>;
export type ParamsOf<M extends Method> = z.output<Schemas[M]>;

let built: Schemas | undefined;

/** The schemas, built on first use. */
export const schemas = (): Schemas => (built ??= build());

/** Whether any request has built the schemas yet (the load-time test asks). */
export const schemasBuilt = (): boolean => built !== undefined;
