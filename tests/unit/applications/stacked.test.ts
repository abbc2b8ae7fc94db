/** Share bars rendered to SVG in Node: shares of the total, counts and n in the tooltip, names escaped. */
import { describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';
import { shareBarsOption, shareOf } from '../../../src/lib/charts/stacked';
import { formatValue } from '../../../src/lib/metrics/format';

const pct = (v: number | null): string => formatValue(v, 'ratio', 'zh');
const count = (v: number | null): string => formatValue(v, 'count', 'zh');

// 上海市科学技术委员会 2024: 予以公开 9, 无法提供 10, 其他处理 14 of （七）总计 35.
const input = {
  categories: ['上海市科学技术委员会<script>'],
  parts: [
    { name: '予以公开', counts: [9] },
    { name: '无法提供', counts: [10] },
    { name: '其他处理', counts: [14] }
  ],
  totals: [35],
  formatShare: pct,
  formatCount: count,
  totalLine: (n: number) => `n = ${n}`,
  narrow: false,
  description: '办理结果构成'
};

describe('shareBarsOption', () => {
  it('stacks shares of the total, on a 0–100% axis', () => {
    const option = shareBarsOption(input) as { series: { data: number[]; stack?: string }[]; xAxis: { max: number } };
    expect(option.series.map((s) => s.data[0])).toEqual([9 / 35, 10 / 35, 14 / 35]);
    expect(option.series.every((s) => s.stack === 'total')).toBe(true);
    expect(option.xAxis.max).toBe(1);
    expect(shareOf(3, 0)).toBeNull();
  });

  it('the tooltip gives share, count and n, and escapes the name', () => {
    const option = shareBarsOption(input) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([
      { dataIndex: 0, seriesName: '予以公开', value: 9 / 35, marker: '' },
      { dataIndex: 0, seriesName: '无法提供', value: 10 / 35, marker: '' }
    ]);
    expect(html).toContain('上海市科学技术委员会&lt;script&gt;');
    expect(html).toContain('25.7% (9)');
    expect(html).toContain('28.6% (10)');
    expect(html).toContain('n = 35');
  });

  it('renders one bar segment per part', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 200 });
    chart.setOption({ ...(shareBarsOption(input) as ChartOption), animation: false });
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect((svg.match(/<path[^>]*ecmeta_ssr_type="chart"/g) ?? []).length).toBe(3);
  });

  it('labels the share axis 0%, 25%, 50%, 75%, 100%, on a phone too', () => {
    for (const [narrow, width] of [
      [false, 800],
      [true, 330]
    ] as const) {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 200 });
      chart.setOption({ ...(shareBarsOption({ ...input, narrow }) as ChartOption), animation: false });
      const svg = chart.renderToSVGString();
      chart.dispose();
      const ticks = [...svg.matchAll(/>(\d+%)<\/text>/g)].map((m) => m[1]);
      expect(ticks, `${width}px`).toEqual(['0%', '25%', '50%', '75%', '100%']);
    }
  });
});
