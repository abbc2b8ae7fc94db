/**
 * Small multiples: one small line chart per district over years, on one shared value scale so
 * the panels compare at a glance. One ECharts instance with a grid per panel. Pure.
 */
import { TitleComponent } from 'echarts/components';
import type { LineSeriesOption } from 'echarts/charts';
import { escapeHtml } from '../ui/escape';
import { echarts, type ChartOption } from './echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme';
import type { TooltipParam } from './tooltip';

// Panel titles need the title component, which the shared registry (echarts.ts) leaves out.
echarts.use([TitleComponent]);

export interface Panel {
  /** Full name (escaped in the tooltip; truncated in the title when long). */
  name: string;
  values: readonly (number | null)[];
  /** Panel drawn greyed (e.g. a note applies to it). */
  muted?: boolean;
}

export interface MultiplesInput {
  years: readonly number[];
  panels: readonly Panel[];
  format: (value: number | null) => string;
  narrow: boolean;
  description: string;
}

const PANEL_HEIGHT = 118;
const TITLE_HEIGHT = 22;

export function multiplesColumns(narrow: boolean): number {
  return narrow ? 2 : 4;
}

export function multiplesHeight(panels: number, narrow: boolean): number {
  const rows = Math.max(1, Math.ceil(panels / multiplesColumns(narrow)));
  return rows * (PANEL_HEIGHT + TITLE_HEIGHT) + 8;
}

/** The largest value of every panel: the shared top of every y axis. */
export function sharedMax(panels: readonly Panel[]): number {
  let max = 0;
  for (const p of panels) for (const v of p.values) if (v !== null && v > max) max = v;
  return max;
}

/** Leading digits a round axis top may have: its half (the middle tick) is round too. */
const ROUND_STEPS = [1, 2, 3, 4, 5, 6, 8, 10];

/**
 * The shared axis top: the smallest 1, 2, 3, 4, 5, 6 or 8 × a power of ten that is at least `max`,
 * so the three ticks (0, half, top) read as round numbers, not as `268,497`.
 */
export function roundTop(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of ROUND_STEPS) {
    // toPrecision: 6 × 0.1 is 0.6000000000000001 in floating point.
    const top = Number((step * power).toPrecision(12));
    if (top >= max) return top;
  }
  return Number((10 * power).toPrecision(12));
}

/** Space between two panels, in percent of the chart's width. */
const GUTTER = 3;

export function multiplesOption(input: MultiplesInput): ChartOption {
  const columns = multiplesColumns(input.narrow);
  const width = 100 / columns;
  const top = roundTop(sharedMax(input.panels));
  const names = input.years.map(String);
  const place = (i: number): { left: string; top: number } => ({
    left: `${(i % columns) * width}%`,
    top: Math.floor(i / columns) * (PANEL_HEIGHT + TITLE_HEIGHT)
  });

  const titles = input.panels.map((p, i) => {
    const { left, top } = place(i);
    const short = p.name.length > (input.narrow ? 8 : 12) ? `${p.name.slice(0, input.narrow ? 7 : 11)}…` : p.name;
    return {
      text: short,
      left: `${parseFloat(left) + 0.5}%`,
      top,
      textStyle: { fontSize: 12, fontWeight: 600, color: p.muted ? MUTED_COLOR : TEXT_COLOR }
    };
  });

  // Each grid is its panel less a gutter, and holds its own axis labels (ECharts shrinks the plot to
  // fit them), so no label reaches into the next panel. The scale is shared, so only the first panel
  // of a row prints the values; the others keep the grid lines at the same heights.
  const grids = input.panels.map((_, i) => {
    const { left, top: panelTop } = place(i);
    return {
      left,
      width: `${width - GUTTER}%`,
      top: panelTop + TITLE_HEIGHT + 4,
      height: PANEL_HEIGHT - 12,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel'
    };
  });

  const series: LineSeriesOption[] = input.panels.map((p, i) => ({
    type: 'line',
    name: p.name,
    xAxisIndex: i,
    yAxisIndex: i,
    data: [...p.values],
    connectNulls: false,
    symbol: 'circle',
    symbolSize: 4,
    lineStyle: { width: 2, color: p.muted ? MUTED_COLOR : PALETTE[0] },
    itemStyle: { color: p.muted ? MUTED_COLOR : PALETTE[0] },
    areaStyle: { opacity: 0.08 }
  }));

  const option = {
    aria: { enabled: true, label: { description: input.description } },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: titles,
    grid: grids,
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (raw: unknown): string => {
        const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
        const p = params[0];
        if (!p) return '';
        const value = typeof p.value === 'number' ? p.value : null;
        return `<b>${escapeHtml(p.seriesName ?? '')}</b><br/>${escapeHtml(names[p.dataIndex ?? 0] ?? '')}&nbsp;&nbsp;<b>${escapeHtml(input.format(value))}</b>`;
      }
    },
    xAxis: input.panels.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: names,
      boundaryGap: false,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: GRID_LINE_COLOR } },
      axisLabel: {
        color: MUTED_COLOR,
        fontSize: 10,
        // First and last year only: the panels are small.
        interval: (index: number) => index === 0 || index === names.length - 1
      }
    })),
    yAxis: input.panels.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      max: top,
      interval: top / 2,
      axisLabel: {
        show: i % columns === 0,
        color: MUTED_COLOR,
        fontSize: 10,
        showMinLabel: false,
        formatter: (v: number) => input.format(v)
      },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } }
    })),
    series
  };
  // ChartOption (echarts.ts) does not list the title component registered above.
  return option as unknown as ChartOption;
}
