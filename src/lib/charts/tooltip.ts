/** Tooltip formatters: every name from the data is escaped before ECharts renders it as HTML. */
import { escapeHtml } from '../ui/escape';

export interface TooltipParam {
  name?: string;
  seriesName?: string;
  value?: unknown;
  marker?: unknown;
  dataIndex?: number;
}

/**
 * An axis tooltip: the full category name (from `fullNames` by index, so truncated axis labels
 * still show the whole name), then one line per series with its formatted value.
 */
export function axisTooltip(
  fullNames: readonly string[],
  format: (value: number | null) => string,
  extra?: (index: number) => string | null
): (params: unknown) => string {
  return (raw: unknown): string => {
    const params = (Array.isArray(raw) ? raw : [raw]) as TooltipParam[];
    if (params.length === 0) return '';
    const index = params[0].dataIndex ?? 0;
    const title = fullNames[index] ?? params[0].name ?? '';
    const lines = params.map((p) => {
      const marker = typeof p.marker === 'string' ? p.marker : '';
      const value = typeof p.value === 'number' ? p.value : null;
      return `${marker}${escapeHtml(p.seriesName ?? '')}&nbsp;&nbsp;<b>${escapeHtml(format(value))}</b>`;
    });
    const note = extra?.(index);
    return [`<b>${escapeHtml(title)}</b>`, ...lines, ...(note ? [escapeHtml(note)] : [])].join('<br/>');
  };
}
