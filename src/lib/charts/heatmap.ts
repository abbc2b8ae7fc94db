/**
 * A ratio heatmap: bodies or districts down the side, years across, one cell per ratio. The colour
 * scale (visualMap) covers only cells with enough cases; cells under the threshold are drawn grey
 * in a second series outside the scale, so a 1-of-1 "100%" never looks like a finding. Pure.
 */
import { categoryAxisLabel } from './category-label';
import { HeatmapChart, type HeatmapSeriesOption } from 'echarts/charts';
import {
  VisualMapComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption
} from 'echarts/components';
import { echarts, type ChartOption } from './echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, OUTCOME_COLORS, TEXT_COLOR } from './theme';
import { escapeHtml } from '../ui/escape';

// The shared registry (echarts.ts) registers bar and line only; this builder adds what it draws.
echarts.use([HeatmapChart, VisualMapComponent]);

type HeatmapOption = echarts.ComposeOption<
  HeatmapSeriesOption | VisualMapComponentOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;

export interface HeatmapCell {
  /** Index into `rows` and into `columns`. */
  row: number;
  column: number;
  /** The ratio; cells without a denominator are left out rather than passed with null. */
  value: number;
  numerator: number;
  denominator: number;
}

export interface HeatmapInput {
  /** Full row names, top first. */
  rows: readonly string[];
  /** Column names (years). */
  columns: readonly string[];
  cells: readonly HeatmapCell[];
  /** Cells whose denominator is below this are grey and outside the colour scale. */
  minN: number;
  /** Formats a ratio for the cell label, the scale and the tooltip. */
  format: (value: number) => string;
  /** Tooltip lines after the title (row name and column); escaped here. */
  describe: (cell: HeatmapCell) => string[];
  seriesName: string;
  /** Name of the grey cells' series (e.g. "样本少"). */
  smallName: string;
  narrow: boolean;
  description: string;
}

const ROW_HEIGHT = 30;

/** Enough height for every row plus the scale underneath. */
export function heatmapHeight(rowCount: number, narrow: boolean): number {
  return Math.max(narrow ? 200 : 220, rowCount * ROW_HEIGHT + 96);
}

type CellDatum = [number, number, number, number, number];

export function heatmapOption(input: HeatmapInput): ChartOption {
  const labelWidth = input.narrow ? 108 : 180;
  const datum = (c: HeatmapCell): CellDatum => [c.column, c.row, c.value, c.numerator, c.denominator];
  const enough = input.cells.filter((c) => c.denominator >= input.minN).map(datum);
  const few = input.cells.filter((c) => c.denominator < input.minN).map(datum);
  const max = Math.max(0.0001, ...enough.map((d) => d[2]));
  const byKey = new Map(input.cells.map((c) => [`${c.column}:${c.row}`, c]));

  const tooltip = (raw: unknown): string => {
    const p = raw as { data?: unknown };
    const d = Array.isArray(p.data) ? (p.data as CellDatum) : null;
    const cell = d ? byKey.get(`${d[0]}:${d[1]}`) : undefined;
    if (!cell) return '';
    const title = `${input.rows[cell.row] ?? ''} · ${input.columns[cell.column] ?? ''}`;
    return [`<b>${escapeHtml(title)}</b>`, ...input.describe(cell).map(escapeHtml)].join('<br/>');
  };
  const label = {
    show: !input.narrow,
    color: TEXT_COLOR,
    fontSize: 11,
    formatter: (p: { data?: unknown }): string => (Array.isArray(p.data) ? input.format(Number(p.data[2])) : '')
  };

  const option: HeatmapOption = {
    aria: { enabled: true, label: { description: input.description } },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    grid: { left: labelWidth + 12, right: input.narrow ? 8 : 24, top: 8, bottom: 72 },
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    xAxis: {
      type: 'category',
      data: [...input.columns],
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID_LINE_COLOR } },
      axisLabel: { color: MUTED_COLOR, hideOverlap: true }
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...input.rows],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID_LINE_COLOR } },
      axisLabel: categoryAxisLabel(labelWidth)
    },
    visualMap: [
      {
        type: 'continuous',
        min: 0,
        max,
        dimension: 2,
        seriesIndex: 0,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 4,
        itemHeight: input.narrow ? 140 : 200,
        itemWidth: 12,
        text: [input.format(max), input.format(0)],
        textStyle: { color: MUTED_COLOR },
        // One hue (the "corrected" red) from faint to full: darker means a higher rate.
        inRange: { color: [OUTCOME_COLORS[1]], colorAlpha: [0.08, 1] }
      },
      // ECharts wants a visualMap on every heatmap series: the grey cells get a fixed, hidden one.
      {
        type: 'continuous',
        show: false,
        seriesIndex: 1,
        dimension: 2,
        min: 0,
        max: 1,
        inRange: { color: [GRID_LINE_COLOR] },
        outOfRange: { color: [GRID_LINE_COLOR] }
      }
    ],
    series: [
      {
        type: 'heatmap',
        name: input.seriesName,
        data: enough,
        label,
        itemStyle: { borderColor: GRID_LINE_COLOR, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: TEXT_COLOR, borderWidth: 1 } }
      },
      {
        type: 'heatmap',
        name: input.smallName,
        data: few,
        label: { ...label, color: MUTED_COLOR },
        itemStyle: { borderColor: GRID_LINE_COLOR, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: TEXT_COLOR, borderWidth: 1 } }
      }
    ]
  };
  // ChartOption (echarts.ts) names bar and line series only; the option is valid ECharts all the
  // same, and Chart.svelte hands it to setOption unchanged.
  return option as unknown as ChartOption;
}
