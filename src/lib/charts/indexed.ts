/**
 * Lines per body or district over years, absolute or indexed to a base year (base = 100), with
 * the 2020→2021 format change marked for metrics whose meaning changed (and the line broken
 * there), and the 2021 division changes marked where a shown series joins old units. Pure.
 */
import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import type { LineSeriesOption } from 'echarts/charts';
import type { MarkAreaComponentOption, MarkLineComponentOption } from 'echarts/components';
import { escapeHtml } from '../ui/escape';
import { echarts, type ChartOption } from './echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme';
import type { TooltipParam } from './tooltip';

// The shared ECharts registry (echarts.ts) has no mark components; these options need them.
echarts.use([MarkLineComponent, MarkAreaComponent]);

/** The first year of the 2021 report format. */
export const FORMAT_2021_FROM = 2021;

export interface IndexedLine {
  /** Full name (escaped in the tooltip). */
  name: string;
  values: readonly (number | null)[];
  /** An extra tooltip text per year (e.g. a ratio's n), or null. */
  note?: (index: number) => string | null;
}

export interface IndexedInput {
  years: readonly number[];
  lines: readonly IndexedLine[];
  format: (value: number | null) => string;
  integer?: boolean;
  narrow: boolean;
  description: string;
  /** Indexed to this base year: a reference line at 100. */
  baseYear?: number | null;
  /** Label of the format-change band; given when the metric's meaning changed 2020→2021. */
  formatBreak?: string | null;
  /** Label of the 2021 division-change line; given when a shown series joins old units. */
  divisionChange?: string | null;
}

export function indexedHeight(narrow: boolean, lines: number): number {
  const legendRows = Math.ceil(lines / (narrow ? 2 : 4));
  return (narrow ? 260 : 340) + legendRows * 22;
}

type Mark = { markLine?: MarkLineComponentOption; markArea?: MarkAreaComponentOption };

function marks(input: IndexedInput): Mark {
  const names = input.years.map(String);
  const has = (y: number): boolean => names.includes(String(y));
  const lines: NonNullable<MarkLineComponentOption['data']> = [];
  if (input.divisionChange && has(FORMAT_2021_FROM))
    lines.push({
      xAxis: String(FORMAT_2021_FROM),
      label: { formatter: input.divisionChange, position: 'insideEndTop', color: MUTED_COLOR },
      lineStyle: { type: 'dashed', color: MUTED_COLOR }
    });
  if (input.baseYear)
    lines.push({
      yAxis: 100,
      label: { formatter: String(input.baseYear) + ' = 100', position: 'insideEndTop', color: MUTED_COLOR },
      lineStyle: { type: 'dotted', color: MUTED_COLOR }
    });
  const out: Mark = {};
  if (lines.length > 0) out.markLine = { symbol: 'none', silent: true, data: lines };
  if (input.formatBreak && has(FORMAT_2021_FROM - 1) && has(FORMAT_2021_FROM))
    out.markArea = {
      silent: true,
      itemStyle: { color: 'rgba(192, 120, 47, 0.12)' },
      label: { color: MUTED_COLOR, position: 'insideTop', formatter: input.formatBreak },
      data: [[{ xAxis: String(FORMAT_2021_FROM - 1) }, { xAxis: String(FORMAT_2021_FROM) }]]
    };
  return out;
}

/** A line's values before and after the format change, as two series (same name, same colour). */
function splitAtFormat(values: readonly (number | null)[], years: readonly number[]): (number | null)[][] {
  const before = values.map((v, i) => (years[i] < FORMAT_2021_FROM ? v : null));
  const after = values.map((v, i) => (years[i] >= FORMAT_2021_FROM ? v : null));
  return [before, after];
}

function tooltip(input: IndexedInput): (raw: unknown) => string {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    const index = params[0]?.dataIndex ?? 0;
    const lines = params
      .filter((p) => typeof p.value === 'number')
      .sort((a, b) => (b.value as number) - (a.value as number))
      .map((p) => {
        const marker = typeof p.marker === 'string' ? p.marker : '';
        const line = input.lines.find((l) => l.name === p.seriesName);
        const note = line?.note?.(index);
        const value = escapeHtml(input.format(p.value as number));
        return `${marker}${escapeHtml(p.seriesName ?? '')}&nbsp;&nbsp;<b>${value}</b>${note ? ` <span style="opacity:.7">${escapeHtml(note)}</span>` : ''}`;
      });
    return [`<b>${escapeHtml(String(input.years[index] ?? ''))}</b>`, ...lines].join('<br/>');
  };
}

export function indexedOption(input: IndexedInput): ChartOption {
  const names = input.years.map(String);
  const series: LineSeriesOption[] = [];
  input.lines.forEach((line, i) => {
    const color = PALETTE[i % PALETTE.length];
    // Past the palette's five colours, lines repeat a colour with a dashed stroke.
    const type = i >= PALETTE.length ? ('dashed' as const) : ('solid' as const);
    const parts = input.formatBreak ? splitAtFormat(line.values, input.years) : [[...line.values]];
    for (const data of parts)
      series.push({
        type: 'line',
        name: line.name,
        data,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2, color, type },
        itemStyle: { color },
        emphasis: { focus: 'series' }
      });
  });
  if (series.length > 0) Object.assign(series[0], marks(input));
  const option = {
    aria: { enabled: true, label: { description: input.description } },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    color: PALETTE,
    legend: {
      type: 'plain',
      bottom: 0,
      left: 0,
      itemWidth: 14,
      itemHeight: 8,
      textStyle: { color: TEXT_COLOR, fontSize: input.narrow ? 11 : 12 },
      formatter: (name: string) => (input.narrow && name.length > 9 ? `${name.slice(0, 8)}…` : name)
    },
    grid: {
      left: input.narrow ? 52 : 72,
      right: input.narrow ? 16 : 40,
      top: 28,
      bottom: 32 + Math.ceil(input.lines.length / (input.narrow ? 2 : 4)) * 22
    },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltip(input) },
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
      min: input.baseYear ? undefined : 0,
      scale: Boolean(input.baseYear),
      minInterval: input.integer && !input.baseYear ? 1 : undefined,
      splitNumber: input.narrow ? 3 : 5,
      axisLabel: { color: MUTED_COLOR, formatter: (v: number) => input.format(v) },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } }
    },
    series
  };
  // ChartOption (echarts.ts) does not list the mark components registered above.
  return option as unknown as ChartOption;
}
