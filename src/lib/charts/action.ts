/**
 * ECharts as a Svelte action: init on mount, a ResizeObserver on the node, setOption with
 * notMerge on every update, dispose on destroy. After ECharts' `finished` event the node gets
 * `data-chart-ready="true"` (browser tests wait on it) and `onFinished` is called.
 */
import type { Action } from 'svelte/action';
import { echarts, type ChartOption } from './echarts';

export interface ChartActionParams {
  option: ChartOption;
  onFinished?: () => void;
}

export const chart: Action<HTMLElement, ChartActionParams> = (node, initial) => {
  let params = initial;
  const instance = echarts.init(node, null, { renderer: 'svg' });
  instance.on('finished', () => {
    node.dataset.chartReady = 'true';
    params.onFinished?.();
  });

  const render = (): void => {
    node.dataset.chartReady = 'false';
    instance.setOption(params.option, { notMerge: true });
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
      params = next;
      render();
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
    }
  };
};
