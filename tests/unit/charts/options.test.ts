import { describe, expect, it } from 'vitest';
import { barsHeight, barsOption } from '../../../src/lib/charts/bars';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';
import { trendOption } from '../../../src/lib/charts/trend';
import { axisTooltip } from '../../../src/lib/charts/tooltip';
import { formatValue } from '../../../src/lib/metrics/format';
import { escapeHtml } from '../../../src/lib/ui/escape';

const count = (v: number | null): string => formatValue(v, 'count', 'zh');

/** Render an option to SVG in Node, as the browser would draw it. */
function renderSvg(option: ChartOption, width = 800, height = 400): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Value labels at the bar ends (11 px, anchored at their start), with where they start. */
function valueLabels(svg: string): { text: string; x: number }[] {
  const re =
    /<text [^>]*?text-anchor="start" style="font-size:11px;[^>]*?transform="translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]*)<\/text>/g;
  return [...svg.matchAll(re)].map((m) => ({ text: m[2], x: Number(m[1]) }));
}

// Permits of three corpus reports (2023 / 2024): 淮安 447,228, 平潭 2,629, 孟津区人社局 1,045.
const NAMES = ['淮安市人民政府', '平潭综合实验区管理委员会（全区各单位汇总）', '孟津区人力资源和社会保障局'];
const PERMITS = [447228, 2629, 1045];

describe('barsOption', () => {
  it('draws one bar per category and series, horizontal, largest first', () => {
    const option = barsOption({
      categories: NAMES,
      series: [{ name: '行政许可', values: PERMITS }],
      format: count,
      narrow: false,
      description: '行政许可对比'
    });
    const svg = renderSvg(option);
    // Bars are <path> elements filled with the first palette colour.
    const bars = svg.match(/<path[^>]*fill="#2f5d8a"/g) ?? [];
    expect(bars.length).toBe(3);
    expect(svg).toContain('淮安市人民政府');
    // ECharts puts the aria description on the DOM container (checked in the browser tests).
    expect(option.aria).toEqual({ enabled: true, label: { description: '行政许可对比' } });
  });

  it('truncates long names on the axis but keeps the full name in the tooltip', () => {
    const long = '洛阳市孟津区人力资源和社会保障局劳动保障监察大队（综合行政执法）';
    const option = barsOption({
      categories: [long],
      series: [{ name: '行政许可', values: [12] }],
      format: count,
      narrow: true,
      description: 'x'
    });
    const svg = renderSvg(option, 375, 240);
    expect(svg).not.toContain(long);
    expect(svg).toContain('…');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = tooltip([{ dataIndex: 0, name: '洛阳…', seriesName: '行政许可', value: 12, marker: '' }]);
    expect(html).toContain(long);
    expect(html).toContain('12');
  });

  it('stacks outcome series when asked', () => {
    const option = barsOption({
      categories: ['淮安市人民政府'],
      stacked: true,
      series: [
        { name: '结果维持', values: [72] },
        { name: '结果纠正', values: [64] },
        { name: '其他结果', values: [178] },
        { name: '尚未审结', values: [37] }
      ],
      format: count,
      narrow: false,
      description: 'x'
    });
    const series = option.series as { stack?: string }[];
    expect(series.map((s) => s.stack)).toEqual(['total', 'total', 'total', 'total']);
    expect(renderSvg(option)).toContain('结果纠正');
  });

  it('bars side by side end in their value, a bar of 0 too; stacked segments carry none', () => {
    const option = barsOption({
      categories: [...NAMES, '某局'],
      series: [{ name: '行政许可', values: [...PERMITS, 0] }],
      format: count,
      narrow: true,
      description: 'x'
    });
    const labels = valueLabels(renderSvg(option, 375, barsHeight(4, ['行政许可'], false, true)));
    expect(labels.map((l) => l.text)).toEqual(['447,228', '2,629', '1,045', '0']);
    // The longest bar's label (7 characters, about 6 px each at 11 px) ends inside the 375 px chart.
    expect(labels[0].x + 7 * 6).toBeLessThanOrEqual(375);
    // The zero bar has no length: its label sits at the axis, left of every other label.
    expect(labels[3].x).toBeLessThan(Math.min(...labels.slice(0, 3).map((l) => l.x)));
    const stacked = barsOption({
      categories: ['淮安市人民政府'],
      stacked: true,
      series: [
        { name: '结果维持', values: [72] },
        { name: '结果纠正', values: [64] }
      ],
      format: count,
      narrow: false,
      description: 'x'
    });
    expect(valueLabels(renderSvg(stacked))).toEqual([]);
  });

  it('gives every bar room: height grows with the number of categories', () => {
    const one = ['行政许可'];
    expect(barsHeight(20, one, false, false)).toBeGreaterThanOrEqual(20 * 26);
    expect(barsHeight(20, ['行政许可', '行政处罚'], false, false)).toBeGreaterThan(barsHeight(20, one, false, false));
    expect(barsHeight(1, one, false, true)).toBe(180);
    // Two-line names on a phone: more room a bar.
    expect(barsHeight(20, one, false, true)).toBeGreaterThanOrEqual(20 * 32);
  });

  it('the height allows for the legend exactly as the option lays it out, in either language', () => {
    const zh = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
    const en = ['Natural persons', 'Businesses', 'Research institutions', 'Non-profits', 'Legal services', 'Other'];
    for (const names of [zh, en]) {
      for (const narrow of [true, false]) {
        const option = barsOption({
          categories: Array.from({ length: 20 }, (_, i) => `机关${i}`),
          stacked: true,
          series: names.map((name) => ({ name, values: Array.from({ length: 20 }, () => 1) })),
          format: count,
          narrow,
          description: 'x'
        });
        const top = (option.grid as { top: number }).top;
        const perBar = narrow ? 32 : 26;
        // The rest is the bars and the value axis (48 px), whatever the legend takes.
        expect(barsHeight(20, names, true, narrow) - top, `${names[0]} ${narrow}`).toBe(20 * perBar + 48);
      }
    }
    // English wraps into more rows than Chinese on a phone.
    expect(barsHeight(20, en, true, true)).toBeGreaterThan(barsHeight(20, zh, true, true));
  });
});

describe('trendOption', () => {
  it('draws a line over the years with a gap for a missing year', () => {
    const option = trendOption({
      years: [2021, 2022, 2023, 2024, 2025],
      series: [{ name: '行政许可', values: [2293, 10690, 2629, null, 2418] }],
      format: count,
      narrow: false,
      description: '平潭综合实验区 行政许可 历年'
    });
    const svg = renderSvg(option);
    expect(svg).toContain('2021');
    expect(svg).toContain('2025');
    // The axis labels are formatted numbers; the largest tick is at least 10,690.
    expect(svg).toMatch(/1[0-2],000/);
    expect(svg).toMatch(/<path[^>]*stroke="#2f5d8a"/);
  });
});

describe('tooltips escape data', () => {
  it('escapeHtml escapes the five HTML characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;'
    );
  });

  it('a body name with markup reaches the tooltip only as text', () => {
    const evil = '<img src=x onerror=alert(1)>局';
    const format = axisTooltip([evil], count);
    const html = format([{ dataIndex: 0, seriesName: '<b>s</b>', value: 5, marker: '<span class="m"></span>' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;局');
    expect(html).toContain('&lt;b&gt;s&lt;/b&gt;');
  });
});
