/**
 * Dark mode: the theme choice, the dark twins of the chart colours (a real bar chart rendered by
 * ECharts in Node keeps no light colour), and WCAG AA contrast of both themes in src/app.css.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barsOption } from '../../../src/lib/charts/bars';
import { echarts } from '../../../src/lib/charts/echarts';
import { CHART_COLORS, echartsTheme, parseThemePreference, recolor, resolveTheme } from '../../../src/lib/charts/theme';
import { trendOption } from '../../../src/lib/charts/trend';

describe('theme choice', () => {
  it('reads the stored preference, anything else is auto', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference(null)).toBe('auto');
    expect(parseThemePreference('DARK')).toBe('auto');
  });
  it('auto follows the system, a fixed choice does not', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

const input = {
  categories: ['洛阳市公安局', '<img src=x onerror=alert(1)>'],
  series: [
    { name: '行政许可', values: [120, 45] },
    { name: '行政处罚', values: [3, null] }
  ],
  format: (v: number | null) => String(v ?? '—'),
  narrow: false,
  description: '测试图'
};

const LIGHT = [
  CHART_COLORS.light.text,
  CHART_COLORS.light.muted,
  CHART_COLORS.light.grid,
  ...CHART_COLORS.light.palette,
  ...CHART_COLORS.light.outcome
].map((c) => c.toLowerCase());

function renderSvg(option: object, theme: 'light' | 'dark'): string {
  const chart = echarts.init(null, echartsTheme(theme), { renderer: 'svg', ssr: true, width: 600, height: 300 });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.toLowerCase();
}

describe('dark charts', () => {
  it('maps every light token of a bar and a trend chart to its dark twin', () => {
    for (const option of [
      barsOption(input),
      trendOption({ years: [2021, 2022], series: input.series, format: input.format, narrow: false, description: 'x' })
    ]) {
      const light = renderSvg(option, 'light');
      const dark = renderSvg(recolor(option, 'dark'), 'dark');
      expect(LIGHT.some((c) => light.includes(c))).toBe(true);
      for (const c of LIGHT) expect(dark).not.toContain(c);
      expect(dark).toContain(CHART_COLORS.dark.palette[0].toLowerCase());
      expect(dark).toContain(CHART_COLORS.dark.muted.toLowerCase());
    }
  });

  it('keeps data, formatters and the light option itself untouched', () => {
    const option = barsOption(input);
    expect(recolor(option, 'light')).toBe(option);
    const dark = recolor(option, 'dark') as typeof option & {
      series: { data: unknown }[];
      tooltip: { formatter: unknown };
    };
    const source = option as typeof dark;
    expect(dark.series[0].data).toEqual(source.series[0].data);
    expect(dark.tooltip.formatter).toBe(source.tooltip.formatter);
    // The original is not changed.
    expect(JSON.stringify(option)).toContain(CHART_COLORS.light.palette[0]);
  });
});

/** WCAG 2 relative luminance and contrast ratio of #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The custom properties of one rule of src/app.css (`:root` or `:root[data-theme='dark']`). */
function themeVars(selector: string): Record<string, string> {
  const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8');
  const start = css.indexOf(`${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]));
}

describe('contrast (WCAG AA)', () => {
  const light = themeVars(':root');
  const dark = themeVars(":root[data-theme='dark']");

  it('defines every light colour in the dark theme too', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  // [foreground, background, minimum]: body text 4.5:1, focus ring and borders of controls 3:1.
  const PAIRS: [string, string, number][] = [
    ['text', 'bg', 4.5],
    ['text', 'surface', 4.5],
    ['text', 'surface-sunken', 4.5],
    ['text-muted', 'bg', 4.5],
    ['text-muted', 'surface', 4.5],
    ['text-muted', 'surface-sunken', 4.5],
    ['accent', 'surface', 4.5],
    ['accent', 'bg', 4.5],
    ['text', 'accent-soft', 4.5],
    ['accent-contrast', 'accent', 4.5],
    ['warn-text', 'warn-bg', 4.5],
    ['error-text', 'error-bg', 4.5],
    ['error-text', 'surface', 4.5],
    ['focus', 'surface', 3],
    ['focus', 'bg', 3]
  ];
  for (const [name, vars] of [
    ['light', light],
    ['dark', dark]
  ] as const) {
    it.each(PAIRS)(`${name}: %s on %s ≥ %s:1`, (fg, bg, min) => {
      expect(contrast(vars[fg], vars[bg])).toBeGreaterThanOrEqual(min);
    });
  }

  it('chart text ≥ 4.5:1 and series colours ≥ 3:1 on the chart surface, both themes', () => {
    for (const c of Object.values(CHART_COLORS)) {
      expect(contrast(c.text, c.surface)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.muted, c.surface)).toBeGreaterThanOrEqual(4.5);
      // The pending-review grey is deliberately quiet (a remainder); every other mark is ≥ 3:1.
      for (const colour of [...c.palette, ...c.outcome.slice(0, 3)]) {
        expect(contrast(colour, c.surface)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('the chart surfaces are the page surfaces', () => {
    expect(CHART_COLORS.light.surface).toBe(light.surface);
    expect(CHART_COLORS.dark.surface).toBe(dark.surface);
  });
});
