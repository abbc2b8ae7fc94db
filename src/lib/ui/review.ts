/** Review and litigation outcomes and rates: which columns make each outcome, the rate grid. Pure. */
import { REVIEW_OUTCOMES, reviewColumn, type ReviewGroupId, type ReviewOutcomeId } from '../schema/columns';
import { valueOf } from '../charts/rows';
import type { HeatmapCell } from '../charts/heatmap';
import type { Lang } from '../i18n/index';
import { ratio, REVIEW_CORRECTION_RATE, SMALL_N, SUIT_LOSS_RATE, type RatioMetric, type RatioValue } from '../metrics';
import { formatValue } from '../metrics/format';
import { REVIEW_MEASURES } from '../queries/review';
import type { AggregateRow } from '../queries/types';
import type { Column } from './table';

export type CaseKind = 'review' | 'suit';

const GROUPS: Record<CaseKind, readonly ReviewGroupId[]> = {
  review: ['review'],
  suit: ['suit_direct', 'suit_after_review']
};

/** The four outcomes stacked in the chart (总计 is their sum, shown in the table). */
export const STACKED_OUTCOMES: readonly Exclude<ReviewOutcomeId, 'total'>[] = [
  'upheld',
  'corrected',
  'other',
  'pending'
];

export function outcomeColumns(kind: CaseKind, outcome: ReviewOutcomeId): string[] {
  return GROUPS[kind].map((g) => reviewColumn(g, outcome));
}

/** Every review/litigation column, for the aggregate request. */
export const ALL_REVIEW_COLUMNS: readonly string[] = REVIEW_MEASURES;

/** An outcome's count in a row of sums: direct and after-review suits added for `suit`. */
export function outcomeValue(row: AggregateRow, kind: CaseKind, outcome: ReviewOutcomeId): number {
  return outcomeColumns(kind, outcome).reduce((sum, c) => sum + valueOf(row, c), 0);
}

export function outcomeLabel(outcome: ReviewOutcomeId, lang: 'zh' | 'en'): string {
  const o = REVIEW_OUTCOMES.find((x) => x.id === outcome);
  return o ? o[lang] : outcome;
}

/** The rate of a case kind: 纠错率 for review, 败诉率 for litigation. */
export function rateOf(kind: CaseKind): RatioMetric {
  return kind === 'review' ? REVIEW_CORRECTION_RATE : SUIT_LOSS_RATE;
}

/** One row of the rate heatmap: a body or district, its ratio per year (null: nothing decided). */
export interface GridRow {
  key: string;
  name: string;
  cells: (RatioValue | null)[];
  /** Decided cases over all years (the sum of the denominators): the row's weight. */
  decided: number;
}

/**
 * Rows of sums per (area, year) → one row per area with a ratio per year of `years`. Areas with no
 * decided case in any year are left out; the rest are ordered by decided cases, then by name.
 */
export function rateGrid(
  rows: readonly AggregateRow[],
  years: readonly number[],
  m: RatioMetric,
  keyOf: (row: AggregateRow) => string,
  nameOf: (row: AggregateRow) => string
): GridRow[] {
  const areas = new Map<string, { name: string; byYear: Map<number, RatioValue> }>();
  for (const row of rows) {
    const key = keyOf(row);
    const area = areas.get(key) ?? { name: nameOf(row), byYear: new Map<number, RatioValue>() };
    area.byYear.set(Number(row.year), ratio(row, m));
    areas.set(key, area);
  }
  const out: GridRow[] = [];
  for (const [key, area] of areas) {
    const cells = years.map((y) => {
      const r = area.byYear.get(y);
      return r && r.denominator > 0 ? r : null;
    });
    const decided = cells.reduce((sum, c) => sum + (c?.denominator ?? 0), 0);
    if (decided > 0) out.push({ key, name: area.name, cells, decided });
  }
  return out.sort((a, b) => b.decided - a.decided || a.name.localeCompare(b.name));
}

/** The heatmap's cells: one per (row, year) that has decided cases. */
export function gridCells(grid: readonly GridRow[]): HeatmapCell[] {
  return grid.flatMap((g, row) =>
    g.cells.flatMap((c, column) =>
      c && c.value !== null ? [{ row, column, value: c.value, numerator: c.numerator, denominator: c.denominator }] : []
    )
  );
}

export interface RatioColumnText {
  lang: Lang;
  /** Flag beside a ratio whose denominator is under SMALL_N. */
  smallMark: string;
  /** Header of the numerator / denominator column. */
  fractionLabel: string;
}

/**
 * Two table columns per ratio: the percentage (flagged under SMALL_N) and `numerator / denominator`,
 * so no ratio is shown without its n. Rows may be undefined (a year without reports): "—".
 */
export function ratioColumns<R extends AggregateRow | undefined>(
  metrics: readonly RatioMetric[],
  text: RatioColumnText
): Column<R>[] {
  const fmt = (v: number | null, unit: 'count' | 'ratio' | 'per100'): string => formatValue(v, unit, text.lang);
  return metrics.flatMap((m) => [
    {
      key: m.id,
      label: m.label[text.lang],
      numeric: true,
      cell: (r: R) => (r ? fmt(ratio(r, m).value, m.unit ?? 'ratio') : '—'),
      flag: (r: R) => {
        if (!r) return null;
        const v = ratio(r, m);
        return v.value !== null && v.denominator < SMALL_N ? text.smallMark : null;
      }
    },
    {
      key: `${m.id}_n`,
      label: text.fractionLabel,
      numeric: true,
      cell: (r: R) => {
        if (!r) return '—';
        const v = ratio(r, m);
        return `${fmt(v.numerator, 'count')} / ${fmt(v.denominator, 'count')}`;
      }
    }
  ]);
}
