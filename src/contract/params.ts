/**
 * One zod/mini schema per server method: the parameters a request must carry. Built on the
 * first request, not when the script loads: every custom-function call reloads the whole
 * script, and must not pay for schemas it never uses. Objects are strict, so a misspelt or
 * unknown field is refused rather than ignored.
 */
import * as z from 'zod/mini';
import { parseIsoDay } from '../core/dates.ts';
import { isComputable, MAX_MAGNITUDE, MIN_MAGNITUDE } from '../core/numbers.ts';
import { STATUS_LABELS } from '../core/vocabulary.ts';

/** Longest texts accepted: a cell holds 50,000 characters, a note needs far fewer. */
export const LIMITS = { id: 100, tableId: 20, note: 2000, reason: 500, who: 100 } as const;

/** The methods, in the order the README documents them. */
export const METHODS = ['listGoals', 'getGoal', 'checkIn', 'correctCheckIn', 'reviseTarget', 'refresh', 'getSettings', 'saveSettings'] as const;
export type Method = (typeof METHODS)[number];

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoDay = () =>
  z.string().check(z.maxLength(10), z.refine((s) => parseIsoDay(s) !== undefined, { error: 'is not a day written yyyy-mm-dd, such as 2026-03-31' }));
const amount = () =>
  z.number().check(z.refine(isComputable, { error: `is too large or too small: give 0 or a number whose size is between ${MIN_MAGNITUDE} and ${MAX_MAGNITUDE}` }));
const confidence = () => z.int().check(z.gte(1), z.lte(10));
const logRow = () => z.int().check(z.gte(2), z.lte(10_000_000));
const hex = () => z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));
const goalRef = () => ({ tableId: required(LIMITS.tableId), goalId: required(LIMITS.id) });
/** What a client last saw in a log row: the server checks the row still holds it. */
const seen = () => z.strictObject({ date: isoDay(), goalId: required(LIMITS.id), value: z.union([z.number(), z.string(), z.boolean(), z.null()]) });

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
    refresh: none,
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
