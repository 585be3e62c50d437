/**
 * Local-only views the real services do not offer: a cell's error message (Sheets shows it
 * in the hover note), SPARKLINE specs, stored rule/chart specs, the Ui log, lock contention.
 * Tests and the preview use these; Goalpost's code never sees them.
 */
import { parseA1, type Rect } from '../a1/a1-notation.ts';
import { Formula, type CellErrorInfo } from '../model/cell.ts';
import type { SheetStore } from '../model/sheet-store.ts';
import type { ChartSpec, ConditionalRuleSpec, MetadataSpec, ProtectionSpec } from '../model/specs.ts';
import type { SparklineSpec } from '../engine/sparkline.ts';
import { conditionalStyles, type ConditionalStyle } from './conditional-styles.ts';
import type { LocalContext } from './context.ts';
import type { LockController } from './lock-service.ts';
import type { UiRecorder } from './ui.ts';

export interface CellFormats {
  readonly italic?: true;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: true;
}

export class LocalInspector {
  constructor(private readonly ctx: LocalContext, readonly lock: LockController) {}

  get ui(): UiRecorder { return this.ctx.ui; }

  /** How many times a sheet or range was activated (by a script, or for it): a change means the selection moved. */
  get activations(): number { return this.ctx.book.activations; }

  private sheet(name: string): SheetStore {
    const sheet = this.ctx.book.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}.`);
    return sheet;
  }

  private cell(sheetName: string, a1: string): [SheetStore, number, number] {
    const ref = parseA1(a1);
    if (!ref || ref.r1 === undefined || ref.c1 === undefined) throw new Error(`Not a cell: ${a1}`);
    return [this.sheet(sheetName), ref.r1 - 1, ref.c1 - 1];
  }

  /** The error a formula or spilled cell shows (code and hover message), or null. */
  cellError(sheetName: string, a1: string): CellErrorInfo | null {
    const [sheet, r, c] = this.cell(sheetName, a1);
    const v = sheet.content.get(r, c);
    if (v !== undefined && !(v instanceof Formula)) return null;
    return this.ctx.engine.computed(sheet, r, c).error ?? null;
  }

  /** Every formula cell of a sheet that shows an error, by A1. */
  formulaErrors(sheetName: string): Record<string, CellErrorInfo> {
    const sheet = this.sheet(sheetName);
    const out: Record<string, CellErrorInfo> = {};
    sheet.content.forEach((v, r, c) => {
      if (!(v instanceof Formula)) return;
      const error = this.ctx.engine.computed(sheet, r, c).error;
      if (error) out[this.ctx.range(sheet, { row: r + 1, col: c + 1, numRows: 1, numCols: 1 }).getA1Notation()] = error;
    });
    return out;
  }

  sparkline(sheetName: string, a1: string): SparklineSpec | null {
    const [sheet, r, c] = this.cell(sheetName, a1);
    return this.ctx.engine.sparkline(sheet, r, c) ?? null;
  }

  /**
   * What the sheet's conditional-format rules draw on a 1-based rectangle: a style per cell
   * (undefined where no rule applies), or undefined when no rule reaches the rectangle.
   */
  conditionalStyles(sheetName: string, rect: Rect): Array<Array<ConditionalStyle | undefined>> | undefined {
    return conditionalStyles(this.ctx, this.sheet(sheetName), rect);
  }

  /** The formats a grid draws that Range has no plural getter for, per cell of a 1-based rectangle. */
  cellFormats(sheetName: string, rect: Rect): Array<Array<CellFormats | undefined>> {
    const sheet = this.sheet(sheetName);
    const { fontStyle, horizontalAlignment, wrap } = sheet.layers;
    const out: Array<Array<CellFormats | undefined>> = [];
    for (let r = rect.row - 1; r < rect.row - 1 + rect.numRows; r++) {
      const [styles, aligns, wraps] = [fontStyle.rows[r], horizontalAlignment.rows[r], wrap.rows[r]];
      const row: Array<CellFormats | undefined> = new Array<CellFormats | undefined>(rect.numCols).fill(undefined);
      if (styles || aligns || wraps) {
        for (let j = 0; j < rect.numCols; j++) {
          const c = rect.col - 1 + j;
          const align = aligns?.[c];
          const formats: CellFormats = {
            ...(styles?.[c] === 'italic' ? { italic: true } : {}),
            ...(align === 'left' || align === 'center' || align === 'right' ? { align } : {}),
            ...(wraps?.[c] ? { wrap: true } : {}),
          };
          if (Object.keys(formats).length > 0) row[j] = formats;
        }
      }
      out.push(row);
    }
    return out;
  }

  /** Whether a 0-based cell holds nothing of its own but shows part of a formula's array. */
  isSpilled(sheetName: string, row: number, col: number): boolean {
    const sheet = this.sheet(sheetName);
    if (sheet.content.get(row, col) !== undefined) return false;
    return this.ctx.engine.spillAreas(sheet).some((s) => row >= s.row && row < s.row + s.numRows && col >= s.col && col < s.col + s.numCols);
  }

  charts(sheetName: string): readonly ChartSpec[] { return this.sheet(sheetName).charts; }
  conditionalRules(sheetName: string): readonly ConditionalRuleSpec[] { return this.sheet(sheetName).conditionalRules; }
  protections(sheetName: string): readonly ProtectionSpec[] { return this.sheet(sheetName).protections; }
  metadata(): readonly MetadataSpec[] { return this.ctx.book.metadata; }

  /** Brings every formula up to date now (what SpreadsheetApp.flush does). */
  recalculate(): void { this.ctx.engine.sync(); }
  /** Drops the engine's state and recomputes every formula from the store. */
  recalculateAll(): void {
    this.ctx.engine.structureChanged();
    this.ctx.engine.sync();
  }
}
