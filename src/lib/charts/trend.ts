/** The trend over years: one line per measure, years as categories (a gap year shows as a gap). */
import type { ChartOption } from './echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme';
import { axisTooltip } from './tooltip';

export interface TrendInput {
  years: readonly number[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  format: (value: number | null) => string;
  /** Counts: ticks only on whole numbers (no 0, 0, 1, 1 from rounded fractions). */
  integer?: boolean;
  narrow: boolean;
  description: string;
  /** An extra tooltip line per year (e.g. the n behind a ratio). */
  note?: (index: number) => string | null;
}

export function trendHeight(narrow: boolean): number {
  return narrow ? 240 : 300;
}

export function trendOption(input: TrendInput): ChartOption {
  const names = input.years.map(String);
  const multi = input.series.length > 1;
  return {
    aria: { enabled: true, label: { description: input.description } },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    color: PALETTE,
    legend: multi ? { top: 0, left: 0, itemWidth: 16, itemHeight: 10, textStyle: { color: TEXT_COLOR } } : undefined,
    grid: { left: input.narrow ? 56 : 72, right: input.narrow ? 16 : 32, top: multi ? 40 : 16, bottom: 32 },
    tooltip: { trigger: 'axis', confine: true, formatter: axisTooltip(names, input.format, input.note) },
    xAxis: {
      type: 'category',
      data: names,
      boundaryGap: input.years.length === 1,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: GRID_LINE_COLOR } },
      axisLabel: { color: MUTED_COLOR, hideOverlap: true }
    },
    yAxis: {
      type: 'value',
      min: 0,
      minInterval: input.integer ? 1 : undefined,
      splitNumber: input.narrow ? 3 : 5,
      axisLabel: { color: MUTED_COLOR, formatter: (v: number) => input.format(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } }
    },
    series: input.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: [...s.values],
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 2.5 },
      itemStyle: { color: PALETTE[i % PALETTE.length] }
    }))
  };
}
