/**
 * ECharts as a Svelte action: init on mount, a ResizeObserver on the node, setOption with
 * notMerge on every update, `setTheme` when the page's theme changes, dispose on destroy. After
 * ECharts' `finished` event the node gets `data-chart-ready="true"` (browser tests wait on it), a
 * `nianbao:chart-finished` performance mark (the benchmark reads it) and `onFinished` is called.
 */
import type { Action } from 'svelte/action';
import { echarts, type ChartOption } from './echarts';
import { echartsTheme, recolor, type ThemeName } from './theme';

export interface ChartActionParams {
  option: ChartOption;
  theme?: ThemeName;
  /** Decal patterns on bars and areas, so series differ by more than colour. */
  patterns?: boolean;
  onFinished?: () => void;
}

export const FINISHED_MARK = 'nianbao:chart-finished';

/**
 * The option as drawn: the theme's colours, the pattern choice, and no animation. A dashboard of
 * figures reads best when they are there at once: on the first paint (ECharts' `finished` would
 * otherwise wait for a 300 ms entrance) and on every filter change (notMerge redraws all bars
 * from zero).
 */
function drawnOption(params: ChartActionParams): ChartOption {
  const option = recolor(params.option, params.theme ?? 'light');
  const aria = option.aria && !Array.isArray(option.aria) ? option.aria : { enabled: true };
  return {
    ...option,
    aria: { ...aria, enabled: true, decal: { show: params.patterns ?? false } },
    animation: false
  };
}

export const chart: Action<HTMLElement, ChartActionParams> = (node, initial) => {
  let params = initial;
  const instance = echarts.init(node, echartsTheme(params.theme ?? 'light'), { renderer: 'svg' });
  instance.on('finished', () => {
    node.dataset.chartReady = 'true';
    if (performance.getEntriesByName(FINISHED_MARK).length > 200) performance.clearMarks(FINISHED_MARK);
    performance.mark(FINISHED_MARK, { detail: node.closest('[data-chart]')?.getAttribute('data-chart') ?? '' });
    params.onFinished?.();
  });

  const render = (): void => {
    node.dataset.chartReady = 'false';
    instance.setOption(drawnOption(params), { notMerge: true });
  };
  render();

  // Resize on the next frame: resizing inside the observer callback can loop on some layouts.
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => instance.resize());
  });
  observer.observe(node);

  return {
    update(next: ChartActionParams) {
      const themeChanged = (next.theme ?? 'light') !== (params.theme ?? 'light');
      params = next;
      if (themeChanged) instance.setTheme(echartsTheme(params.theme ?? 'light'));
      render();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
    }
  };
};
