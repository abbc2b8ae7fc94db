/**
 * The six series colours of the applications charts live in the chart theme with dark twins: a
 * real share-bar chart rendered by ECharts in Node keeps none of the light six in dark mode.
 */
import { describe, expect, it } from 'vitest';
import { echarts } from '../../../src/lib/charts/echarts';
import { shareBarsOption } from '../../../src/lib/charts/stacked';
import { CHART_COLORS, echartsTheme, recolor, SIX_COLORS } from '../../../src/lib/charts/theme';

// 上海市科学技术委员会 2024: 予以公开 9, 不予公开 2, 无法提供 10, 其他处理 14 of （七）总计 35.
const option = shareBarsOption({
  categories: ['上海市科学技术委员会'],
  parts: [9, 0, 2, 10, 0, 14].map((c, i) => ({ name: `part ${i}`, counts: [c], color: SIX_COLORS[i] })),
  totals: [35],
  formatShare: String,
  formatCount: String,
  totalLine: (n) => `n = ${n}`,
  narrow: false,
  description: '办理结果构成'
});

function render(theme: 'light' | 'dark'): string {
  const chart = echarts.init(null, echartsTheme(theme), { renderer: 'svg', ssr: true, width: 800, height: 240 });
  chart.setOption({ ...(recolor(option, theme) as object), animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.toLowerCase();
}

describe('six series colours', () => {
  it('are six distinct colours in each theme, the light ones exported as SIX_COLORS', () => {
    expect(CHART_COLORS.light.six).toEqual(SIX_COLORS);
    for (const c of Object.values(CHART_COLORS)) {
      expect(c.six).toHaveLength(6);
      expect(new Set(c.six.map((x) => x.toLowerCase())).size).toBe(6);
    }
  });

  it('every dark twin is one of the dark marks the theme tests hold to 3:1 contrast', () => {
    const checked = [...CHART_COLORS.dark.palette, ...CHART_COLORS.dark.outcome.slice(0, 3)];
    for (const c of CHART_COLORS.dark.six) expect(checked).toContain(c);
    for (const c of CHART_COLORS.dark.six) expect(SIX_COLORS).not.toContain(c);
  });

  it('a rendered dark share-bar chart shows the dark twins and no light colour of the six', () => {
    const light = render('light');
    const dark = render('dark');
    // Parts with a count are drawn: 予以公开, 不予公开, 无法提供, 其他处理 (indices 0, 2, 3, 5).
    for (const i of [0, 2, 3, 5]) {
      expect(light).toContain(SIX_COLORS[i].toLowerCase());
      expect(dark).toContain(CHART_COLORS.dark.six[i].toLowerCase());
    }
    for (const c of SIX_COLORS) expect(dark).not.toContain(c.toLowerCase());
  });
});
