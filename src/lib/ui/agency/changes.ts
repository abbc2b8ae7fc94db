/**
 * Year-on-year changes of a body's key figures. Only reports of the same scope are compared, and a
 * figure is compared only between two years whose formats both carry it with the same meaning
 * (the column dictionary's `formats`): 2021 fee money is never set against 2019 fee items.
 */
import { numberColumnsOfFormat, type FormatVersion } from '../../schema/columns';
import type { ReportRow } from '../../queries/reports';

/** A key figure: one export column, or a sum of columns that mean one thing (both lawsuit kinds). */
export interface KeyFigure {
  id: string;
  columns: readonly string[];
  zh: string;
  en: string;
}

export const KEY_FIGURES: readonly KeyFigure[] = [
  { id: 'app_new_total', columns: ['app_new_total'], zh: '新收申请', en: 'New applications' },
  { id: 'app_granted_total', columns: ['app_granted_total'], zh: '予以公开', en: 'Granted' },
  { id: 'app_outcome_total', columns: ['app_outcome_total'], zh: '办理结果总计', en: 'Outcomes total' },
  { id: 'permits', columns: ['permits'], zh: '行政许可', en: 'Permits' },
  { id: 'penalties', columns: ['penalties'], zh: '行政处罚', en: 'Penalties' },
  { id: 'coercions', columns: ['coercions'], zh: '行政强制', en: 'Coercive measures' },
  { id: 'fees_wan', columns: ['fees_wan'], zh: '收费金额（万元）', en: 'Fee revenue (10k yuan)' },
  { id: 'review_total', columns: ['review_total'], zh: '行政复议', en: 'Administrative reviews' },
  {
    id: 'suit_total',
    columns: ['suit_direct_total', 'suit_after_review_total'],
    zh: '行政诉讼',
    en: 'Lawsuits'
  }
];

const COLUMNS_OF_FORMAT = new Map<FormatVersion, Set<string>>(
  ([2019, 2021] as const).map((f) => [f, new Set(numberColumnsOfFormat(f).map((c) => c.name))])
);

function formatOf(row: ReportRow): FormatVersion {
  return Number(row.format) === 2019 ? 2019 : 2021;
}

/** The figure in one report: null when the format lacks it or every cell of it is blank. */
export function figureValue(row: ReportRow, figure: KeyFigure): number | null {
  const has = COLUMNS_OF_FORMAT.get(formatOf(row));
  if (!figure.columns.every((c) => has?.has(c))) return null;
  let sum: number | null = null;
  for (const c of figure.columns) {
    const v = row[c];
    if (typeof v === 'number') sum = (sum ?? 0) + v;
  }
  return sum;
}

export interface FigureCell {
  year: number;
  value: number | null;
  /** Change against the year before (same scope, consecutive year); null when not comparable. */
  change: number | null;
  /** Relative change; null when the previous value was 0 or the change is null. */
  relative: number | null;
}

export interface FigureSeries {
  figure: KeyFigure;
  cells: FigureCell[];
}

/**
 * Key figures of one scope's reports over the years (ascending). A figure every report lacks is
 * left out. Only consecutive years are compared: a gap year breaks the chain.
 */
export function yearOnYear(reports: readonly ReportRow[]): FigureSeries[] {
  const rows = [...reports].sort((a, b) => Number(a.year) - Number(b.year));
  const out: FigureSeries[] = [];
  for (const figure of KEY_FIGURES) {
    const cells = rows.map((row, i): FigureCell => {
      const value = figureValue(row, figure);
      const prevRow = i > 0 ? rows[i - 1] : null;
      const prev = prevRow && Number(prevRow.year) === Number(row.year) - 1 ? figureValue(prevRow, figure) : null;
      const change = value !== null && prev !== null ? value - prev : null;
      const relative = change !== null && prev !== null && prev !== 0 ? change / prev : null;
      return { year: Number(row.year), value, change, relative };
    });
    if (cells.some((c) => c.value !== null)) out.push({ figure, cells });
  }
  return out;
}
