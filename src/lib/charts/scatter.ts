/**
 * A scatter of two metrics: one point per body or district in one year. Points whose ratio rests
 * on a small n are drawn grey. Names are escaped in the tooltip. Pure.
 */
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import { escapeHtml } from '../ui/escape';
import { echarts, type ChartOption } from './echarts';
import { FONT_FAMILY, GRID_LINE_COLOR, MUTED_COLOR, PALETTE, TEXT_COLOR } from './theme';

// The shared registry (echarts.ts) has bar and line only.
echarts.use([ScatterChart]);

export interface ScatterDot {
  name: string;
  x: number;
  y: number;
  /** Drawn grey: a ratio under the small-n threshold. */
  muted?: boolean;
  /** Extra tooltip text (e.g. the n of each ratio). */
  note?: string | null;
}

export interface ScatterInput {
  dots: readonly ScatterDot[];
  xName: string;
  yName: string;
  formatX: (value: number | null) => string;
  formatY: (value: number | null) => string;
  narrow: boolean;
  description: string;
}

export function scatterHeight(narrow: boolean): number {
  return narrow ? 300 : 380;
}

export function scatterOption(input: ScatterInput): ChartOption {
  const data = input.dots.map((d) => ({
    value: [d.x, d.y],
    name: d.name,
    itemStyle: { color: d.muted ? MUTED_COLOR : PALETTE[0], opacity: d.muted ? 0.45 : 0.8 }
  }));
  const series: ScatterSeriesOption = {
    type: 'scatter',
    data,
    symbolSize: input.narrow ? 8 : 10,
    emphasis: { focus: 'self', label: { show: true, formatter: '{b}', position: 'top', color: TEXT_COLOR } }
  };
  const axis = (name: string, format: (v: number | null) => string, vertical: boolean): Record<string, unknown> => ({
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: vertical ? (input.narrow ? 40 : 56) : 28,
    nameTextStyle: { color: MUTED_COLOR },
    scale: false,
    splitNumber: input.narrow ? 3 : 5,
    axisLabel: { color: MUTED_COLOR, formatter: (v: number) => format(v), hideOverlap: true },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } }
  });
  const option = {
    aria: { enabled: true, label: { description: input.description } },
    animationDuration: 300,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    grid: { left: input.narrow ? 56 : 80, right: input.narrow ? 16 : 32, top: 16, bottom: 48 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (raw: unknown): string => {
        const p = raw as { dataIndex?: number };
        const d = input.dots[p.dataIndex ?? -1];
        if (!d) return '';
        return [
          `<b>${escapeHtml(d.name)}</b>`,
          `${escapeHtml(input.xName)}&nbsp;&nbsp;<b>${escapeHtml(input.formatX(d.x))}</b>`,
          `${escapeHtml(input.yName)}&nbsp;&nbsp;<b>${escapeHtml(input.formatY(d.y))}</b>`,
          ...(d.note ? [escapeHtml(d.note)] : [])
        ].join('<br/>');
      }
    },
    xAxis: axis(input.xName, input.formatX, false),
    yAxis: axis(input.yName, input.formatY, true),
    series: [series]
  };
  // ChartOption (echarts.ts) does not list the scatter series registered above.
  return option as unknown as ChartOption;
}
