/**
 * The applications view's charts: applicant types and the outcome mix (per body or district in one
 * year, or over years), the rates over years and the refusal reasons. Pure: rows and labels in,
 * ECharts option out; null when there is nothing to draw.
 */
import { barsOption } from '../../charts/bars';
import type { ChartOption } from '../../charts/echarts';
import { countOf, valueOf } from '../../charts/rows';
import { shareBarsOption } from '../../charts/stacked';
import { SIX_COLORS } from '../../charts/theme';
import { trendOption } from '../../charts/trend';
import { ratio } from '../../metrics';
import { OUTCOME_REPORTS } from '../../queries/applications';
import type { AggregateRow } from '../../queries/types';
import { fieldOf, RATES, type ColumnText } from './columns';
import { groupCount, OUTCOME_GROUPS, outcomeTotal, type RefusalReason } from './shape';

/** What every chart of the view needs besides its rows. */
export interface ChartContext {
  text: ColumnText;
  narrow: boolean;
}

/** A category per row (a year without reports is `undefined`). */
type Rows = readonly (AggregateRow | undefined)[];

function description(ctx: ChartContext, title: string, count: number, max: string): string {
  return ctx.text.t('view.chartDesc', { title, count, max });
}

/**
 * New applications stacked by applicant type. `onlyReported`: a type no report of the category
 * filled stays empty rather than 0 (years in which reports printed only the total).
 */
export function applicantBars(
  ctx: ChartContext,
  input: {
    categories: readonly string[];
    rows: Rows;
    columns: readonly string[];
    names: readonly string[];
    onlyReported: boolean;
    title: string;
    /** Categories in the whole ranking (the chart may show only the top ones) and the largest total. */
    count: number;
    max: number;
  }
): ChartOption {
  const { text } = ctx;
  return barsOption({
    categories: input.categories,
    stacked: true,
    series: input.columns.map((c, i) => ({
      name: input.names[i],
      color: SIX_COLORS[i],
      values: input.rows.map((r) => (!r || (input.onlyReported && countOf(r, c) === 0) ? null : valueOf(r, c)))
    })),
    format: (v) => text.count(v),
    integer: true,
    narrow: ctx.narrow,
    description: description(ctx, input.title, input.count, text.count(input.max))
  });
}

/** The outcome mix as shares of （七）总计, with each category's n and reports in the tooltip. */
export function outcomeBars(
  ctx: ChartContext,
  input: { categories: readonly string[]; rows: Rows; title: string; count: number }
): ChartOption | null {
  const { text } = ctx;
  const totals = input.rows.map((r) => (r ? outcomeTotal(r) : 0));
  if (totals.every((n) => n === 0)) return null;
  const names = text.groupNames();
  return shareBarsOption({
    categories: input.categories,
    parts: OUTCOME_GROUPS.map((g, i) => ({
      name: names[i],
      color: SIX_COLORS[i],
      counts: input.rows.map((r) => (r ? groupCount(r, g) : 0))
    })),
    totals,
    formatShare: (v) => text.pct(v),
    formatCount: (v) => text.count(v),
    totalLine: (n, i) =>
      text.t('applications.nLine', {
        n: text.count(n),
        reports: text.count(fieldOf(input.rows[i], OUTCOME_REPORTS))
      }),
    narrow: ctx.narrow,
    description: description(ctx, input.title, input.count, '100%')
  });
}

/** The three rates over years, each year's n in the tooltip; null when no year has a rate. */
export function rateTrend(
  ctx: ChartContext,
  input: { years: readonly number[]; rows: Rows; title: string }
): ChartOption | null {
  const { text } = ctx;
  const { rows } = input;
  if (!rows.some((r) => r && RATES.some((m) => ratio(r, m).value !== null))) return null;
  const nameOf = (m: (typeof RATES)[number]): string => (m.short ?? m.label)[text.lang];
  return trendOption({
    years: [...input.years],
    series: RATES.map((m) => ({ name: nameOf(m), values: rows.map((r) => (r ? ratio(r, m).value : null)) })),
    format: (v) => text.pct(v),
    narrow: ctx.narrow,
    description: description(ctx, input.title, input.years.length, '—'),
    note: (i) => {
      const r = rows[i];
      if (!r) return null;
      return RATES.map((m) => `${nameOf(m)} ${text.t('review.nLabel', { n: ratio(r, m).denominator })}`).join(
        text.t('fmt.noteSep')
      );
    }
  });
}

/** Refusal reasons of one year, most frequent first, each with its share in the tooltip. */
export function refusalBars(
  ctx: ChartContext,
  input: { refusals: readonly RefusalReason[]; title: string }
): ChartOption | null {
  const { text } = ctx;
  const { refusals } = input;
  if (refusals.length === 0) return null;
  return barsOption({
    categories: refusals.map((r) => r.label),
    series: [{ name: text.t('applications.count'), values: refusals.map((r) => r.count) }],
    format: (v) => text.count(v),
    integer: true,
    narrow: ctx.narrow,
    description: description(ctx, input.title, refusals.length, text.count(refusals[0].count)),
    note: (i) => {
      const r = refusals[i];
      return r ? `${text.t('applications.share')} ${text.pct(r.share)}` : null;
    }
  });
}
