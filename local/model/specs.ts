/**
 * The plain-data shapes the store keeps for everything that is not a cell value: rules,
 * validations, charts, protections, metadata, named ranges. Plain data so that saving is
 * JSON.stringify and loading is JSON.parse, and so tests can inspect them.
 */
import type { Rect } from '../a1/a1-notation.ts';

/** A rectangle on a sheet, by sheet id (ids survive renames). */
export interface SheetRect extends Rect {
  readonly sheetId: number;
}

/** A value inside rule criteria: dates are kept as serials with a tag, ranges by position. */
export type CriterionValue =
  | string
  | number
  | boolean
  | null
  | { readonly date: number }
  | { readonly range: SheetRect }
  | readonly string[];

export interface ValidationSpec {
  readonly criteria: string;
  readonly values: readonly CriterionValue[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface BooleanFormatSpec {
  readonly criteria: string;
  readonly values: readonly CriterionValue[];
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly strikethrough: boolean | null;
  readonly underline: boolean | null;
}

export interface GradientPoint {
  readonly color: string;
  readonly type: string | null;
  readonly value: string;
}

export interface GradientSpec {
  readonly min?: GradientPoint;
  readonly mid?: GradientPoint;
  readonly max?: GradientPoint;
}

export interface ConditionalRuleSpec {
  readonly ranges: readonly Rect[];
  readonly boolean?: BooleanFormatSpec;
  readonly gradient?: GradientSpec;
}

export interface ChartPosition {
  readonly row: number;
  readonly col: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ChartSpec {
  readonly id: number;
  readonly type: string;
  readonly ranges: readonly SheetRect[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: ChartPosition;
  readonly numHeaders: number;
  readonly transpose: boolean;
}

export interface ProtectionSpec {
  readonly id: number;
  readonly type: 'RANGE' | 'SHEET';
  readonly rect?: Rect;
  readonly description: string;
  readonly warningOnly: boolean;
  readonly editors: readonly string[];
  readonly domainEdit: boolean;
  readonly unprotected: readonly Rect[];
}

export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheetId: number }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheetId: number; readonly first: number; readonly last: number };

export interface MetadataSpec {
  readonly id: number;
  readonly key: string;
  readonly value: string | null;
  readonly visibility: 'DOCUMENT' | 'PROJECT';
  readonly location: MetadataLocation;
}

/**
 * A named range. Its name outlives its cells: when its sheet is deleted (or all its cells
 * are), formulas naming it show #REF!, as in Sheets, and it is no longer listed.
 */
export interface NamedRangeSpec {
  readonly name: string;
  /** sheetId NO_SHEET (or a deleted sheet's id) once the cells are gone. */
  readonly range: SheetRect;
}

/** The sheet id of a named range whose cells were all deleted. */
export const NO_SHEET = -1;
