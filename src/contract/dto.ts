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
