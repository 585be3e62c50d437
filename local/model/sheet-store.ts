/**
 * One sheet's state: the cell store (values, formulas and every per-cell format layer),
 * its grid size, and the per-sheet lists (conditional rules, charts, protections).
 */
import { Grid } from './grid.ts';
import type { Content } from './cell.ts';
import type { ChartSpec, ConditionalRuleSpec, ProtectionSpec, ValidationSpec } from './specs.ts';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Per-cell layers beside the content, all shifting together with rows and columns. */
export interface CellLayers {
  readonly numberFormat: Grid<string>;
  readonly background: Grid<string>;
  readonly fontColor: Grid<string>;
  readonly fontWeight: Grid<string>;
  readonly fontStyle: Grid<string>;
  readonly horizontalAlignment: Grid<string>;
  readonly wrap: Grid<boolean>;
  readonly note: Grid<string>;
  readonly validation: Grid<ValidationSpec>;
}

export type LayerName = keyof CellLayers;
export const FORMAT_LAYERS: readonly LayerName[] = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'horizontalAlignment', 'wrap'];

export function emptyLayers(): CellLayers {
  return {
    numberFormat: new Grid(), background: new Grid(), fontColor: new Grid(), fontWeight: new Grid(),
    fontStyle: new Grid(), horizontalAlignment: new Grid(), wrap: new Grid(), note: new Grid(), validation: new Grid(),
  };
}

export class SheetStore {
  content = new Grid<Content>();
  layers: CellLayers = emptyLayers();
  /** Count of formula cells, so sheets without formulas skip the engine entirely. */
  formulaCount = 0;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  hiddenRows: boolean[] = [];
  hiddenColumns: boolean[] = [];
  columnWidths: number[] = [];
  conditionalRules: ConditionalRuleSpec[] = [];
  charts: ChartSpec[] = [];
  protections: ProtectionSpec[] = [];

  constructor(
    readonly id: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  allGrids(): Array<Grid<unknown>> {
    return [this.content, ...Object.values(this.layers)] as Array<Grid<unknown>>;
  }
}
