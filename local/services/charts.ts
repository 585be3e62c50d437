/**
 * Embedded charts kept as inspectable specs: type, ranges, options, position. The builder
 * covers what Goalpost calls (newChart/modify, addRange, setPosition, setOption, the typed
 * as*Chart builders and their title/colour/axis setters); build() alone draws nothing
 * until insertChart or updateChart, as in Sheets. [DOC] platform §4 "Embedded charts".
 */
import type { SheetStore } from '../model/sheet-store.ts';
import type { ChartPosition, ChartSpec, SheetRect } from '../model/specs.ts';
import type { ChartOptionsPort, ContainerInfoPort, EmbeddedChartPort, PieChartBuilderPort, StackedChartBuilderPort } from '../../src/sheet/ports.ts';
import { KIND } from './call-counter.ts';
import type { LocalContext } from './context.ts';
import type { LocalRange } from './local-range.ts';

export class LocalContainerInfo implements ContainerInfoPort {
  readonly [KIND] = 'ContainerInfo';
  constructor(private readonly p: ChartPosition) {}
  getAnchorRow(): number { return this.p.row; }
  getAnchorColumn(): number { return this.p.col; }
  getOffsetX(): number { return this.p.offsetX; }
  getOffsetY(): number { return this.p.offsetY; }
}

export class LocalChartOptions implements ChartOptionsPort {
  readonly [KIND] = 'ChartOptions';
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}
  get(option: string): unknown { return this.options[option] ?? null; }
}

const DRAFT: ChartSpec = { id: 0, type: 'LINE', ranges: [], options: {}, position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, numHeaders: -1, transpose: false };

export class LocalChart implements EmbeddedChartPort {
  readonly [KIND] = 'EmbeddedChart';
  constructor(private readonly ctx: LocalContext, private spec: ChartSpec, private sheet: SheetStore) {}

  /** Local only: the chart as stored (the preview draws from it). */
  toSpec(): ChartSpec { return this.spec; }
  attach(sheet: SheetStore, id: number): void { this.sheet = sheet; this.spec = { ...this.spec, id }; }

  getChartId(): number | null { return this.spec.id === 0 ? null : this.spec.id; }
  getContainerInfo(): LocalContainerInfo { return new LocalContainerInfo(this.spec.position); }
  getNumHeaders(): number { return this.spec.numHeaders; }
  getOptions(): LocalChartOptions { return new LocalChartOptions(this.spec.options); }
  getTransposeRowsAndColumns(): boolean { return this.spec.transpose; }
  getRanges(): LocalRange[] { return rangesOf(this.ctx, this.spec.ranges); }
  modify(): LocalChartBuilder { return new LocalChartBuilder(this.ctx, this.sheet, this.spec); }
}

function rangesOf(ctx: LocalContext, rects: readonly SheetRect[]): LocalRange[] {
  return rects.flatMap((r) => {
    const store = ctx.book.sheetById(r.sheetId);
    return store ? [ctx.range(store, r)] : [];
  });
}

export class LocalChartBuilder implements StackedChartBuilderPort, PieChartBuilderPort {
  readonly [KIND] = 'EmbeddedChartBuilder';
  constructor(private readonly ctx: LocalContext, private readonly sheet: SheetStore, private spec: ChartSpec = DRAFT) {}

  private with(patch: Partial<ChartSpec>): this { this.spec = { ...this.spec, ...patch }; return this; }
  private option(name: string, value: unknown): this { return this.with({ options: { ...this.spec.options, [name]: value } }); }

  build(): LocalChart { return new LocalChart(this.ctx, this.spec, this.sheet); }
  addRange(range: LocalRange): this { return this.with({ ranges: [...this.spec.ranges, { sheetId: range.store.id, ...range.rect }] }); }
  removeRange(range: LocalRange): this {
    return this.with({ ranges: this.spec.ranges.filter((r) => !(r.sheetId === range.store.id && r.row === range.rect.row && r.col === range.rect.col && r.numRows === range.rect.numRows && r.numCols === range.rect.numCols)) });
  }
  clearRanges(): this { return this.with({ ranges: [] }); }
  getRanges(): LocalRange[] { return rangesOf(this.ctx, this.spec.ranges); }
  getContainer(): LocalContainerInfo { return new LocalContainerInfo(this.spec.position); }
  getChartType(): string { return this.spec.type; }
  setChartType(type: unknown): this { return this.with({ type: String(type) }); }
  setNumHeaders(headers: number): this { return this.with({ numHeaders: headers }); }
  setOption(option: string, value: unknown): this { return this.option(option, value); }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    return this.with({ position: { row: anchorRowPos, col: anchorColPos, offsetX, offsetY } });
  }
  setTransposeRowsAndColumns(transpose: boolean): this { return this.with({ transpose }); }
  asAreaChart(): this { return this.with({ type: 'AREA' }); }
  asBarChart(): this { return this.with({ type: 'BAR' }); }
  asColumnChart(): this { return this.with({ type: 'COLUMN' }); }
  asComboChart(): this { return this.with({ type: 'COMBO' }); }
  asLineChart(): this { return this.with({ type: 'LINE' }); }
  asPieChart(): this { return this.with({ type: 'PIE' }); }
  setTitle(chartTitle: string): this { return this.option('title', chartTitle); }
  setColors(cssValues: string[]): this { return this.option('colors', [...cssValues]); }
  setBackgroundColor(cssValue: string): this { return this.option('backgroundColor', cssValue); }
  reverseCategories(): this { return this.option('reverseCategories', true); }
  setXAxisTitle(title: string): this { return this.option('hAxis.title', title); }
  setYAxisTitle(title: string): this { return this.option('vAxis.title', title); }
  setRange(start: number, end: number): this { return this.option('vAxis.viewWindow.min', start).option('vAxis.viewWindow.max', end); }
  useLogScale(): this { return this.option('vAxis.logScale', true); }
  setStacked(): this { return this.option('isStacked', true); }
  set3D(): this { return this.option('is3D', true); }
}

export function chartSpecOf(chart: LocalChart): ChartSpec {
  return chart.toSpec();
}
