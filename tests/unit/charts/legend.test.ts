import { describe, expect, it } from 'vitest';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';
import { legendRows } from '../../../src/lib/charts/legend';
import { shareBarsOption } from '../../../src/lib/charts/stacked';
import { APPLICANTS } from '../../../src/lib/schema/columns';

// The applications view's two legends, in both languages.
const LEGENDS: readonly (readonly string[])[] = [
  ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'],
  APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.zh),
  ['Granted', 'Partly granted', 'Denied', 'Unable to provide', 'Not processed', 'Other handling'],
  APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.en)
];

/** The legend's text rows as drawn (their y), and the plot's top, at `width` px on a phone. */
function drawn(names: readonly string[], width: number): { rows: number[]; top: number } {
  const option = shareBarsOption({
    categories: ['洛阳市人民政府办公室', '嵩县公安局'],
    parts: names.map((name) => ({ name, counts: [1, 2] })),
    totals: [6, 12],
    formatShare: String,
    formatCount: String,
    totalLine: () => '',
    narrow: true,
    description: '办理结果构成'
  });
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: 300 });
  chart.setOption(option as ChartOption);
  const svg = chart.renderToSVGString();
  chart.dispose();
  const ys = new Set<number>();
  for (const m of svg.matchAll(/<text[^>]*translate\([\d.]+ ([\d.]+)\)[^>]*>([^<]*)<\/text>/g)) {
    if (names.includes(m[2])) ys.add(Number(m[1]));
  }
  return { rows: [...ys].sort((a, b) => a - b), top: (option.grid as { top: number }).top };
}

describe('legend above share bars on a phone', () => {
  for (const names of LEGENDS) {
    it(`starts the bars just below the legend: ${names[0]}…`, () => {
      for (const width of [300, 325, 360]) {
        const { rows, top } = drawn(names, width);
        // Never under the legend, and no empty row below it, but for the rows a wider phone saves
        // (the estimate assumes a 300 px chart).
        const last = rows[rows.length - 1];
        expect(last + 10, `${width}px`).toBeLessThanOrEqual(top);
        const saved = legendRows(names, 300) - rows.length;
        expect(top - last, `${width}px`).toBeLessThanOrEqual(30 + 20 * saved);
      }
      expect(legendRows(names, 300)).toBeGreaterThanOrEqual(drawn(names, 300).rows.length);
    });
  }
});
