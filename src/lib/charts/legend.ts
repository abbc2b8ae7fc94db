/**
 * How many rows a legend at the top of a chart wraps into, so the plot starts just below it: a fixed
 * gap either wasted a line on a phone or, with longer (English) names, let the legend run into the
 * bars.
 */
import { textWidth } from './category-label';

/** A legend entry: its symbol (14 px), the gap to its text (5 px), the text, the gap to the next (10 px). */
const ENTRY_CHROME = 14 + 5 + 10;
/** Rows are 20 px apart; the first row's centre is 6 px from the top. */
export const LEGEND_ROW = 20;
/** The legend width assumed on a phone: a chart there is about 325 px wide, 300 leaves a margin. */
export const PHONE_LEGEND_WIDTH = 300;

/** Rows the `names` take in a legend `width` px wide (wrapped as ECharts wraps: whole entries). */
export function legendRows(names: readonly string[], width: number): number {
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const entry = ENTRY_CHROME + textWidth(name);
    if (used > 0 && used + entry > width) {
      rows++;
      used = 0;
    }
    used += entry;
  }
  return rows;
}

/** The plot's top when a legend of `rows` rows sits above it. */
export function topBelowLegend(rows: number): number {
  return 16 + rows * LEGEND_ROW;
}
