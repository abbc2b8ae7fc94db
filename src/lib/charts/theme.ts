/** Colours and type shared by every chart: restrained, readable, matching src/app.css. */
export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const TEXT_COLOR = '#2b2f36';
export const MUTED_COLOR = '#5f6670';
export const GRID_LINE_COLOR = '#e3e6ea';

/** Series colours in order: blue, ochre, green, plum, slate. */
export const PALETTE = ['#2f5d8a', '#c0782f', '#4f8a5b', '#8a5a8c', '#6b7480'];

/** Review outcomes: upheld (calm blue), corrected (red, the notable one), other, pending (grey). */
export const OUTCOME_COLORS = ['#5b7fa6', '#b4412f', '#d2a54a', '#b8bec6'];
