/**
 * Chart colours and type for both themes, matching src/app.css. Chart builders use the light
 * tokens below; the chart action maps each light token to its dark twin when the page is dark
 * (`recolor`) and switches ECharts' own theme (`echartsTheme`) for whatever a builder leaves unset.
 */
export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const TEXT_COLOR = '#2b2f36';
export const MUTED_COLOR = '#5f6670';
export const GRID_LINE_COLOR = '#e3e6ea';

/** Series colours in order: blue, ochre, green, plum, slate. */
export const PALETTE = ['#2f5d8a', '#c0782f', '#4f8a5b', '#8a5a8c', '#6b7480'];

/** Review outcomes: upheld (calm blue), corrected (red, the notable one), other (ochre, 3.9:1 on white), pending (grey). */
export const OUTCOME_COLORS = ['#5b7fa6', '#b4412f', '#a57a1c', '#b8bec6'];

/**
 * Six series colours for charts of six parts (outcome groups （一）…（六）, applicant types), from
 * granted (blue) to other handling (slate), denied in the "corrected" red: the palette's five plus
 * one outcome colour, taken by position so each light token keeps the one dark twin it has.
 */
const sixOf = (palette: readonly string[], outcome: readonly string[]): readonly string[] => [
  palette[0],
  palette[2],
  outcome[1],
  palette[3],
  palette[1],
  palette[4]
];
export const SIX_COLORS: readonly string[] = sixOf(PALETTE, OUTCOME_COLORS);

export type ThemeName = 'light' | 'dark';
/** What the user chose: follow the system, or one theme always. */
export type ThemePreference = 'auto' | ThemeName;
export const THEME_PREFERENCES: readonly ThemePreference[] = ['auto', 'light', 'dark'];

export function parseThemePreference(value: string | null | undefined): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): ThemeName {
  if (preference !== 'auto') return preference;
  return systemDark ? 'dark' : 'light';
}

interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  palette: readonly string[];
  outcome: readonly string[];
  /** Six series colours (`SIX_COLORS` and its dark twins). */
  six: readonly string[];
  /** Page surface behind the chart (src/app.css --surface): the PNG's background. */
  surface: string;
  tooltipBackground: string;
  tooltipBorder: string;
  /** Axis-pointer shadow behind the hovered bar. */
  shadow: string;
}

/** Dark twins of PALETTE and OUTCOME_COLORS, position by position. */
const DARK_PALETTE = ['#7fa9d6', '#e0a063', '#82c192', '#c99bcb', '#a3abb5'];
const DARK_OUTCOME = ['#86a9cf', '#ec7e69', '#dcb65e', '#6b7480'];

export const CHART_COLORS: Record<ThemeName, ChartColors> = {
  light: {
    text: TEXT_COLOR,
    muted: MUTED_COLOR,
    grid: GRID_LINE_COLOR,
    palette: PALETTE,
    outcome: OUTCOME_COLORS,
    six: SIX_COLORS,
    surface: '#ffffff',
    tooltipBackground: '#ffffff',
    tooltipBorder: '#c3c9d1',
    shadow: 'rgba(47, 93, 138, 0.08)'
  },
  // Lighter, less saturated twins: each at least 4.5:1 (text) or 3:1 (marks) on the dark surface.
  dark: {
    text: '#e4e7eb',
    muted: '#a7afb9',
    grid: '#343a42',
    palette: DARK_PALETTE,
    outcome: DARK_OUTCOME,
    six: sixOf(DARK_PALETTE, DARK_OUTCOME),
    surface: '#1b1f24',
    tooltipBackground: '#252a31',
    tooltipBorder: '#4a525c',
    shadow: 'rgba(127, 169, 214, 0.12)'
  }
};

/** Light token → dark twin, from the two colour sets above, position by position. */
const DARK_TWIN: ReadonlyMap<string, string> = (() => {
  const light = CHART_COLORS.light;
  const dark = CHART_COLORS.dark;
  const pairs: [string, string][] = [
    [light.text, dark.text],
    [light.muted, dark.muted],
    [light.grid, dark.grid],
    ...light.palette.map((c, i): [string, string] => [c, dark.palette[i]]),
    ...light.outcome.map((c, i): [string, string] => [c, dark.outcome[i]]),
    ...light.six.map((c, i): [string, string] => [c, dark.six[i]])
  ];
  return new Map(pairs.map(([l, d]) => [l.toLowerCase(), d]));
})();

/**
 * The option with every light colour token replaced by its dark twin (a new object; functions,
 * numbers and other strings are kept as they are). For `light` the option itself is returned.
 */
export function recolor<T>(option: T, theme: ThemeName): T {
  if (theme === 'light') return option;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return DARK_TWIN.get(value.toLowerCase()) ?? value;
    if (Array.isArray(value)) {
      // Data arrays are numbers: skip the copy when nothing in them is a string or an object.
      if (value.every((v) => typeof v === 'number' || v === null)) return value;
      return value.map(walk);
    }
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v);
      return out;
    }
    return value;
  };
  return walk(option) as T;
}

/** ECharts theme for `setTheme`: what a builder does not set itself follows the page's theme. */
export function echartsTheme(theme: ThemeName): Record<string, unknown> {
  const c = CHART_COLORS[theme];
  const axis = {
    axisLine: { lineStyle: { color: c.grid } },
    axisTick: { lineStyle: { color: c.grid } },
    axisLabel: { color: c.muted },
    splitLine: { lineStyle: { color: [c.grid] } }
  };
  return {
    color: [...c.palette],
    backgroundColor: 'transparent',
    textStyle: { color: c.text, fontFamily: FONT_FAMILY },
    legend: { textStyle: { color: c.text }, inactiveColor: c.grid },
    tooltip: {
      backgroundColor: c.tooltipBackground,
      borderColor: c.tooltipBorder,
      textStyle: { color: c.text },
      axisPointer: { shadowStyle: { color: c.shadow }, lineStyle: { color: c.muted } }
    },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis
  };
}
