import { describe, expect, it } from 'vitest';
import { barsHeight, barsOption } from '../../../src/lib/charts/bars';
import { twoLineName } from '../../../src/lib/charts/category-label';
import { echarts, type ChartOption } from '../../../src/lib/charts/echarts';

// Bodies of the bundled data whose names run past one line of a phone's label column.
const NAMES = ['洛阳市市场监督管理局', '洛阳高新技术产业开发区管理委员会办公室', '嵩县公安局'];

/** The label lines the phone layout draws, by the y of their row. */
function labelLines(width: number): Map<number, string[]> {
  const option = barsOption({
    categories: NAMES,
    series: [{ name: '行政许可', values: [3, 2, 1] }],
    format: String,
    narrow: true,
    description: '按机关对比'
  });
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height: barsHeight(3, ['x'], false, true)
  });
  chart.setOption(option as ChartOption);
  const svg = chart.renderToSVGString();
  chart.dispose();
  const rows = new Map<number, string[]>();
  for (const m of svg.matchAll(/<text[^>]*text-anchor="end"[^>]*translate\([\d.]+ ([\d.]+)\)[^>]*>([^<]*)<\/text>/g)) {
    if (!/[\u4e00-\u9fff]/.test(m[2])) continue;
    const y = Number(m[1]);
    rows.set(y, [...(rows.get(y) ?? []), m[2]]);
  }
  return rows;
}

describe('category names on a phone', () => {
  it('wrap onto a second line instead of being cut after the first', () => {
    const lines = [...labelLines(330).values()];
    expect(lines).toEqual([['洛阳市市场监督管理', '局'], ['洛阳高新技术产业开', '发区管理委员会办…'], ['嵩县公安局']]);
  });

  it('end in an ellipsis only when two lines cannot hold them', () => {
    expect(twoLineName('洛阳市市场监督管理局', 92)).toBe('洛阳市市场监督管理局');
    expect(twoLineName('洛阳高新技术产业开发区管理委员会办公室', 92)).toBe('洛阳高新技术产业开发区管理…');
    expect(twoLineName('洛阳高新技术产业开发区管理委员会办公室', 180)).toBe('洛阳高新技术产业开发区管理委员会办公室');
    // English words wrap whole: two lines of 92 px are given about 20 of these characters.
    expect(twoLineName('Not processed: repeated application', 92)).toBe('Not processed: repe…');
    expect(twoLineName('Unable: not held', 92)).toBe('Unable: not held');
  });
});
