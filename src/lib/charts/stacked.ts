/**
 * 100% stacked bars: each category's parts as shares of its total (outcome mix, applicant mix),
 * with the count behind every share and the total in the tooltip. Built on the comparison bars
 * (bars.ts), so layout and labels match the other charts. Pure.
 */
import { barsOption } from './bars';
import type { ChartOption } from './echarts';
import { escapeHtml } from '../ui/escape';
import type { TooltipParam } from './tooltip';

export interface SharePart {
  name: string;
  /** Count per category, in category order. */
  counts: readonly number[];
  color?: string;
}

export interface ShareBarsInput {
  /** Full category names, first at the top. */
  categories: readonly string[];
  parts: readonly SharePart[];
  /** The total each category's shares are of (its n); a category with 0 gets no bar. */
  totals: readonly number[];
  formatShare: (value: number | null) => string;
  formatCount: (value: number | null) => string;
  /** Tooltip line for the total of the category at `index`, e.g. "n = 123 (4 reports)". */
  totalLine: (total: number, index: number) => string;
  narrow: boolean;
  description: string;
}

/** Share of `count` in `total`, or null when there is nothing to share. */
export function shareOf(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

/** An axis tick of a share axis: 0.25 → `25%`. */
export function quarterLabel(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function shareBarsOption(input: ShareBarsInput): ChartOption {
  const base = barsOption({
    categories: input.categories,
    stacked: true,
    series: input.parts.map((p) => ({
      name: p.name,
      color: p.color,
      values: p.counts.map((c, i) => shareOf(c, input.totals[i] ?? 0))
    })),
    format: input.formatShare,
    narrow: input.narrow,
    description: input.description
  });

  const formatter = (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    const index = params[0]?.dataIndex ?? 0;
    const lines = params.map((p, k) => {
      const marker = typeof p.marker === 'string' ? p.marker : '';
      const share = typeof p.value === 'number' ? p.value : null;
      const count = input.parts[k]?.counts[index] ?? 0;
      const figure = `${input.formatShare(share)} (${input.formatCount(count)})`;
      return `${marker}${escapeHtml(p.seriesName ?? '')}&nbsp;&nbsp;<b>${escapeHtml(figure)}</b>`;
    });
    const title = input.categories[index] ?? '';
    const total = escapeHtml(input.totalLine(input.totals[index] ?? 0, index));
    return [`<b>${escapeHtml(title)}</b>`, ...lines, total].join('<br/>');
  };

  return {
    ...base,
    tooltip: { ...(base.tooltip as object), formatter },
    // Shares run from 0 to 100% (a fixed max: a rounding 100.0001% would add a tick), in quarters,
    // labelled as whole percents (30.0% / 60.0% / 90.0% stopped short of the end of the bar).
    xAxis: {
      ...(base.xAxis as object),
      max: 1,
      interval: 0.25,
      minInterval: undefined,
      axisLabel: { ...((base.xAxis as { axisLabel?: object }).axisLabel ?? {}), formatter: quarterLabel }
    }
  } as ChartOption;
}
