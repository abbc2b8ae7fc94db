/**
 * Names on a category axis (bodies, districts): wrapped onto a second line rather than cut after
 * the first few characters, so a phone shows 洛阳市市场监督管理局 whole instead of 洛阳市市场监…;
 * a name longer than two lines ends in an ellipsis, and the tooltip has it whole.
 */
import { TEXT_COLOR } from './theme';

/** Two lines of 12 px text fit in a bar's 26 px row. */
const LINE_HEIGHT = 13;
/** Estimated widths at 12 px: CJK and full-width characters, and the rest (Latin, digits). */
const WIDE = 12;
const NARROW = 6.6;
/** Words wrap whole, so two lines of words hold less than twice one line. */
const WORD_WRAP_SHARE = 0.8;

function charWidth(code: number): number {
  return code >= 0x2e80 ? WIDE : NARROW;
}

/** Estimated width in px of `text` at 12 px. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += charWidth(text.charCodeAt(i));
  return width;
}

/**
 * `name` cut to about what two lines of `width` px hold, with an ellipsis: a Chinese name of 14
 * characters stays whole in 92 px; text with spaces is given less, as it wraps at word ends.
 */
export function twoLineName(name: string, width: number): string {
  // Whole characters per line: 92 px holds 7 of 12 px.
  const line = Math.floor(width / WIDE) * WIDE;
  const budget = 2 * line * (name.includes(' ') ? WORD_WRAP_SHARE : 1);
  let used = 0;
  for (let i = 0; i < name.length; i++) {
    used += charWidth(name.charCodeAt(i));
    if (used > budget) return `${name.slice(0, Math.max(1, i - 1))}…`;
  }
  return name;
}

export function categoryAxisLabel(width: number): Record<string, unknown> {
  return {
    color: TEXT_COLOR,
    width,
    overflow: 'break',
    height: LINE_HEIGHT * 2,
    lineHeight: LINE_HEIGHT,
    lineOverflow: 'truncate',
    ellipsis: '…',
    interval: 0,
    // Cut before wrapping so the second line ends in an ellipsis (lineOverflow alone drops the rest).
    formatter: (name: string) => twoLineName(name, width)
  };
}
