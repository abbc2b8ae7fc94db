/**
 * Names on a category axis (bodies, districts): wrapped onto a second line rather than cut after
 * the first few characters, so a phone shows 洛阳市市场监督管理局 whole instead of 洛阳市市场监…;
 * a name longer than two lines ends in an ellipsis, and the tooltip has it whole.
 */
import { TEXT_COLOR } from './theme';

/** Two lines of 12 px text fit in a bar's 26 px row. */
const LINE_HEIGHT = 13;
const CHAR_WIDTH = 12;

/** `name` cut to what two lines of `width` px hold (CJK characters are 12 px), with an ellipsis. */
export function twoLineName(name: string, width: number): string {
  const max = 2 * Math.floor(width / CHAR_WIDTH);
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
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
