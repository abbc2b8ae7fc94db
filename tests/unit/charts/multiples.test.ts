import { describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';
import { multiplesColumns, multiplesHeight, multiplesOption, roundTop } from '../../../src/lib/charts/multiples';
import { formatValue } from '../../../src/lib/metrics/format';

const count = (v: number | null): string => formatValue(v, 'count', 'zh');

// Permits of three corpus bodies (2023 / 2024 reports): 淮安 447,228, 平潭 2,629, 孟津区人社局 1,045.
const YEARS = [2022, 2023, 2024];
const PANELS = [
  { name: '淮安市人民政府', values: [null, null, 447228] },
  { name: '平潭综合实验区管理委员会（全区各单位汇总）', values: [2629, null, null] },
  { name: '孟津区人力资源和社会保障局', values: [null, 1045, null] }
];

interface SvgText {
  text: string;
  x: number;
  y: number;
  anchor: string;
}

/** Render to SVG in Node as the browser would draw it, and list the texts with their positions. */
function renderTexts(narrow: boolean, width: number): SvgText[] {
  const option = multiplesOption({ years: YEARS, panels: PANELS, format: count, narrow, description: '各地历年' });
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: multiplesHeight(3, narrow) });
  chart.setOption(option as ChartOption);
  const svg = chart.renderToSVGString();
  chart.dispose();
  const texts: SvgText[] = [];
  for (const m of svg.matchAll(
    /<text[^>]*text-anchor="(\w+)"[^>]*translate\(([\d.]+) ([\d.]+)\)[^>]*>([^<]*)<\/text>/g
  )) {
    texts.push({ anchor: m[1], x: Number(m[2]), y: Number(m[3]), text: m[4] });
  }
  return texts;
}

describe('roundTop', () => {
  it('rounds the shared top up to 1, 2, 3, 4, 5, 6 or 8 × a power of ten', () => {
    expect(roundTop(447228)).toBe(500000);
    expect(roundTop(268497)).toBe(300000);
    expect(roundTop(2629)).toBe(3000);
    expect(roundTop(1045)).toBe(2000);
    expect(roundTop(101)).toBe(200);
    expect(roundTop(100)).toBe(100);
    expect(roundTop(7)).toBe(8);
    expect(roundTop(0.55)).toBe(0.6);
    expect(roundTop(0.071)).toBe(0.08);
    expect(roundTop(9.5)).toBe(10);
  });

  it('gives 1 when there is nothing to scale', () => {
    expect(roundTop(0)).toBe(1);
    expect(roundTop(Number.NaN)).toBe(1);
  });
});

describe('multiplesOption layout', () => {
  for (const [label, narrow, width] of [
    ['phone', true, 330],
    ['desktop', false, 1100]
  ] as const) {
    it(`keeps every label inside its own panel (${label}, ${width} px)`, () => {
      const columns = multiplesColumns(narrow);
      const panelWidth = width / columns;
      const texts = renderTexts(narrow, width);
      const yLabels = texts.filter((t) => t.anchor === 'end');
      // Ticks 0 (not printed), half and top of the round shared top 500,000, in the first column only.
      const rows = Math.ceil(PANELS.length / columns);
      expect(yLabels.map((t) => t.text).sort()).toEqual(
        Array.from({ length: rows }, () => ['250,000', '500,000'])
          .flat()
          .sort()
      );
      for (const t of yLabels) {
        expect(t.x).toBeGreaterThan(20);
        expect(t.x).toBeLessThan(panelWidth / 2);
      }
      // Year labels sit under their own panel: panel k's labels between its left and right edges.
      const years = texts.filter((t) => t.text === '2022' || t.text === '2024');
      expect(years).toHaveLength(2 * PANELS.length);
      for (const t of years) {
        const column = Math.floor(t.x / panelWidth);
        const inPanel = t.x - column * panelWidth;
        expect(inPanel).toBeGreaterThan(10);
        expect(inPanel).toBeLessThan(panelWidth - 10);
      }
    });
  }
});
