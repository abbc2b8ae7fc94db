/** The rate heatmap rendered to SVG in Node: coloured cells on the scale, small samples grey, tooltips escaped. */
import { describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';
import { heatmapOption, type HeatmapCell } from '../../../src/lib/charts/heatmap';
import { GRID_LINE_COLOR } from '../../../src/lib/charts/theme';

// 孟津区人社局 2023: 败诉率 1 / 6; a made-up second row with 1 / 1 (too few cases).
const cells: HeatmapCell[] = [
  { row: 0, column: 0, value: 1 / 6, numerator: 1, denominator: 6 },
  { row: 1, column: 0, value: 1, numerator: 1, denominator: 1 }
];
const option = heatmapOption({
  rows: ['孟津区人力资源和社会保障局', '<b>某局</b>'],
  columns: ['2023'],
  cells,
  minN: 5,
  format: (v) => `${(v * 100).toFixed(1)}%`,
  describe: (c) => [`${c.numerator} / ${c.denominator}`],
  seriesName: '行政诉讼败诉率',
  smallName: '样本少',
  narrow: false,
  description: '败诉率'
});

function render(o: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 200 });
  chart.setOption({ ...o, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('heatmapOption', () => {
  it('puts enough-n cells on the colour scale and small-n cells in a grey series', () => {
    const o = option as unknown as { series: { data: number[][] }[] };
    expect(o.series[0].data).toEqual([[0, 0, 1 / 6, 1, 6]]);
    expect(o.series[1].data).toEqual([[0, 1, 1, 1, 1]]);
    const svg = render(option);
    const grey = GRID_LINE_COLOR.replace('#', '')
      .match(/../g)
      ?.map((h) => parseInt(h, 16))
      .join(',');
    expect(svg).toContain(`fill="rgb(${grey})"`);
    expect(svg).toContain('16.7%');
  });

  it('escapes names in the tooltip and shows numerator and denominator', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: [0, 1, 1, 1, 1] });
    expect(html).toContain('&lt;b&gt;某局&lt;/b&gt; · 2023');
    expect(html).toContain('1 / 1');
    expect(html).not.toContain('<b>某局');
  });
});
