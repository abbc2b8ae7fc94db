/**
 * Comparison bars: bodies or districts as categories, one or more measures (side by side, each bar
 * ending in its value, or stacked). Horizontal, so long Chinese names have room; names wrap onto
 * two lines (category-label.ts), the full name is in the tooltip. Pure: rows in, option out.
 */
import { categoryAxisLabel } from './category-label';
import type { ChartOption } from './echarts';
import { legendRows, PHONE_LEGEND_WIDTH, topBelowLegend } from './legend';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme';
import { axisTooltip } from './tooltip';

export interface BarSeries {
  name: string;
  values: readonly (number | null)[];
  color?: string;
}

export interface BarsInput {
  /** Full category names, in display order (first at the top). */
  categories: readonly string[];
  series: readonly BarSeries[];
  /** Stack the series (outcome shares) instead of placing them side by side. */
  stacked?: boolean;
  /** Formats a value for the axis and tooltip. */
  format: (value: number | null) => string;
  /** Counts: ticks only on whole numbers (no 0, 0, 1, 1 from rounded fractions). */
  integer?: boolean;
  /** A narrow screen: shorter labels, fewer axis ticks. */
  narrow: boolean;
  /** Screen-reader description of the chart. */
  description: string;
  /** An extra tooltip line per category (e.g. a small-sample warning). */
  note?: (index: number) => string | null;
}

/**
 * Pixel height that gives every bar room: about 26 px a category (more for grouped bars), 32 on a
 * phone, where names wrap onto two lines (category-label.ts), plus the legend of `seriesNames` as
 * barsOption lays it out and the value axis below.
 */
export function barsHeight(
  categoryCount: number,
  seriesNames: readonly string[],
  stacked: boolean,
  narrow: boolean
): number {
  const seriesCount = seriesNames.length;
  const perBar = stacked || seriesCount <= 1 ? (narrow ? 32 : 26) : 18 * seriesCount + 8;
  const chrome = legendTop(seriesNames, narrow) + 48;
  return Math.max(narrow ? 180 : 220, Math.round(categoryCount * perBar + chrome));
}

/**
 * Where the bars start: below the legend (none for one series), which on a phone wraps (two rows of
 * Chinese names, three of English ones for six series).
 */
function legendTop(seriesNames: readonly string[], narrow: boolean): number {
  if (seriesNames.length <= 1) return 8;
  if (!narrow) return 36;
  return topBelowLegend(legendRows(seriesNames, PHONE_LEGEND_WIDTH));
}

/**
 * Bars side by side carry their value at the end, so a bar of 0 (no length) still reads as 0 and
 * figures need no tooltip; stacked segments are too short for one (their table has the figures).
 */
function valueLabel(format: (value: number | null) => string): Record<string, unknown> {
  return {
    show: true,
    position: 'right',
    distance: 4,
    color: MUTED_COLOR,
    fontSize: 11,
    formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? format(p.value) : '')
  };
}

/** Room right of the plot: for the value labels of the longest bar, when there are labels. */
function rightMargin(input: BarsInput): number {
  if (input.stacked) return input.narrow ? 16 : 32;
  return input.narrow ? 48 : 64;
}

export function barsOption(input: BarsInput): ChartOption {
  const labelWidth = input.narrow ? 108 : 180;
  const multi = input.series.length > 1;
  return {
    aria: { enabled: true, label: { description: input.description } },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    color: PALETTE,
    legend: multi ? { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: TEXT_COLOR } } : undefined,
    grid: {
      left: labelWidth + 12,
      right: rightMargin(input),
      top: legendTop(
        input.series.map((s) => s.name),
        input.narrow
      ),
      bottom: 28
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: axisTooltip(input.categories, input.format, input.note)
    },
    xAxis: {
      type: 'value',
      splitNumber: input.narrow ? 3 : 5,
      minInterval: input.integer ? 1 : undefined,
      axisLabel: { color: MUTED_COLOR, formatter: (v: number) => input.format(v), hideOverlap: true },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } }
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...input.categories],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID_LINE_COLOR } },
      axisLabel: categoryAxisLabel(labelWidth)
    },
    series: input.series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      data: [...s.values],
      stack: input.stacked ? 'total' : undefined,
      barMaxWidth: 18,
      itemStyle: { color: s.color ?? PALETTE[i % PALETTE.length] },
      label: input.stacked ? undefined : valueLabel(input.format),
      emphasis: { focus: 'series' }
    }))
  };
}
