/**
 * What the server's methods return, as it crosses google.script.run: JSON-plain objects of
 * numbers, text, booleans, null and arrays (no Date, no undefined, which the bridge turns
 * into null or drops). Dates are ISO days (yyyy-mm-dd) in the spreadsheet's time zone; a
 * blank cell is null. test/contract/types.test.ts checks every result type is JSON-plain.
 */
import type { ChangeKind, StatusLabel } from '../core/vocabulary.ts';

export type { ChangeKind } from '../core/vocabulary.ts';

/** A goal row as the sheet shows it: the typed columns and the computed ones, read from the cells' values. */
export interface GoalDto {
  readonly tableId: string;
  readonly sheetName: string;
  /** The sheet row (1-based). */
  readonly row: number;
  readonly id: string;
  readonly parent: string;
  readonly goal: string;
  readonly kpi: string;
  readonly owner: string;
  readonly kind: string;
  readonly unit: string;
  /** Numbers; null where the cell is blank or holds something that is not a number. */
  readonly baseline: number | null;
  readonly target: number | null;
  readonly upper: number | null;
  /** A milestone's done flag may be TRUE/FALSE. */
  readonly current: number | boolean | null;
  readonly readingDate: string | null;
  readonly start: string | null;
  readonly due: string | null;
  readonly progress: number | null;
  readonly expected: number | null;
  /** As the Status column shows it: a status label, an "Error: …" text, or blank. */
  readonly status: string;
  readonly outlook: string;
  readonly stale: boolean;
  /** The Confidence column: the owner's own 1–10 judgement, beside the status, never part of it. */
  readonly confidence: number | null;
}

export interface TableDto {
  readonly id: string;
  readonly sheetName: string;
  /** null when the KPI log sheet was deleted. */
  readonly logSheetName: string | null;
  /** What Refresh would report about the table (missing columns, duplicate ids, …). */
  readonly problems: readonly string[];
}

export interface GoalListDto {
  readonly tables: readonly TableDto[];
  /** Every goal row of every table whose header is complete, in sheet order. */
  readonly goals: readonly GoalDto[];
}

/** One row of the KPI log. `row` and the reading's date, goal id and value identify it to correctCheckIn. */
export interface ReadingDto {
  readonly row: number;
  readonly date: string | null;
  readonly goalId: string;
  readonly value: number | string | boolean | null;
  readonly confidence: number | null;
  readonly note: string;
  readonly who: string;
}

export interface ChangeDto {
  /** The day the change was made. */
  readonly date: string | null;
  readonly goalId: string;
  readonly change: ChangeKind;
  /** Old and new values; dates as ISO days; blank as null. */
  readonly old: number | string | boolean | null;
  readonly new: number | string | boolean | null;
  readonly reason: string;
  readonly who: string;
  /** For a check-in's change: the reading's date (after the change). */
  readonly readingDate: string | null;
}

export interface GoalDetailDto {
  readonly goal: GoalDto;
  /** The goal's readings from the KPI log, oldest first. */
  readonly readings: readonly ReadingDto[];
  /** Its target revisions from the change log, oldest first. */
  readonly revisions: readonly ChangeDto[];
  /** Corrections and deletions of its check-ins, oldest first. */
  readonly corrections: readonly ChangeDto[];
}

export interface CheckInDto {
  readonly reading: ReadingDto;
  /** Whether the goal's Confidence cell now shows this check-in's confidence. */
  readonly confidenceShown: boolean;
}

export interface CorrectionDto {
  /** The reading as corrected; null when it was deleted. */
  readonly reading: ReadingDto | null;
  /** The change-log rows written, one per field changed. */
  readonly changes: readonly ChangeDto[];
}

export interface RevisionDto {
  readonly goalId: string;
  readonly revision: ChangeDto;
}

export interface RefreshDto {
  readonly tables: number;
  readonly asOfMoved: boolean;
  readonly report: readonly string[];
}

export interface SettingsDto {
  /** Whether the spreadsheet has a settings sheet yet (the first goal table makes it); without one, the defaults. */
  readonly exists: boolean;
  readonly asOf: string | null;
  readonly pinned: boolean;
  readonly onTrack: number | null;
  readonly atRisk: number | null;
  readonly defaultCadence: number | null;
  readonly statusColours: Readonly<Record<StatusLabel, string>>;
}

/** What previewGoal works out for fields not saved yet; the same rules the table's columns use. */
export interface GoalPreviewDto {
  /** The kind used: the one given, or read from baseline and target. */
  readonly kind: string | null;
  readonly progress: number | null;
  readonly expected: number | null;
  /** A status label, or null when the fields do not yet give one (see `missing`). */
  readonly status: string | null;
  /** One sentence explaining the status (GOAL_EXPLAIN's words). */
  readonly explanation: string;
  /** The day pace was judged on (the reading date, else the as-of date). */
  readonly judgedOn: string;
  /** Fields still needed before a status can be given, by parameter name. */
  readonly missing: readonly string[];
}

/** One letter of SMART: read from the sentence, missing (with the fix), or left to a person. */
export type SmartVerdictDto =
  | { readonly status: 'present'; readonly detail: string }
  | { readonly status: 'missing'; readonly fix: string }
  | { readonly status: 'needs review'; readonly detail: string };

/** What parseGoal read from a sentence; a part it could not read is null, never guessed. */
export interface ParsedGoalDto {
  readonly fields: {
    readonly kind: string | null;
    /** The change as typed: relative (a fraction of the baseline, -0.2 for "by 20%") or in points. */
    readonly change: { readonly type: 'relative'; readonly fraction: number } | { readonly type: 'points'; readonly amount: number } | null;
    readonly baseline: number | null;
    /** Given in the sentence, or worked out from the baseline and the change. */
    readonly target: number | null;
    readonly upper: number | null;
    readonly metric: string | null;
    readonly start: string | null;
    readonly due: string | null;
    /** The words that gave the window, as typed. */
    readonly window: string | null;
  };
  readonly smart: {
    readonly specific: SmartVerdictDto;
    readonly measurable: SmartVerdictDto;
    readonly achievable: SmartVerdictDto;
    readonly relevant: SmartVerdictDto;
    readonly timeBound: SmartVerdictDto;
  };
  /** The SMART check in one line. */
  readonly summary: string;
}

export interface ArchiveDto {
  readonly goalId: string;
  /** Where the row went. */
  readonly archiveSheetName: string;
}

export interface CreatedTableDto {
  readonly table: TableDto;
  /** What creation found (a name taken, a settings sheet repaired, …). */
  readonly report: readonly string[];
}

/** One column of the sheet being adopted, as the mapping screen lists it. */
export interface AdoptColumnDto {
  /** Letters, such as C. */
  readonly column: string;
  readonly header: string;
  /** The goal-table role it is mapped to, or null when it stays unmapped (the user's column, left alone). */
  readonly role: string | null;
  /** How the role was chosen. */
  readonly by: 'name' | 'synonym' | 'mapping' | null;
}

export interface AdoptionDto {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly columns: readonly AdoptColumnDto[];
  /** Typed roles a goal table needs that no column gives (such as target), with what to do. */
  readonly missing: readonly string[];
  /** Headers that could not be mapped, kept as they are. */
  readonly unmapped: readonly string[];
  /** The computed columns that applying adds (or added), to the right of the last column. */
  readonly added: readonly string[];
  /** Whether the sheet is now a goal table. */
  readonly applied: boolean;
  /** Set once applied. */
  readonly tableId: string | null;
  /** Everything worth telling the user, one line each. */
  readonly report: readonly string[];
}

export interface SelectionDto {
  readonly sheetName: string;
  readonly row: number;
}
