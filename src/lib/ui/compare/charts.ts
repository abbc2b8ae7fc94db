/**
 * The Compare view's charts: the ranking (areas' sums beside their whole-area reports, small-n bars
 * greyed, names clickable to drill down), small multiples over years, and the scatter of two
 * metrics. Pure: entities and labels in, ECharts option out; null when there is nothing to draw.
 */
import { barsOption } from '../../charts/bars';
import type { ChartOption } from '../../charts/echarts';
import { multiplesOption } from '../../charts/multiples';
import { scatterOption } from '../../charts/scatter';
import { MUTED_COLOR, PALETTE } from '../../charts/theme';
import { translate, type Lang, type MessageKey, type MessageParams } from '../../i18n/index';
import { metricValue, type MetricInfo } from '../../metrics/catalog';
import { formatValue } from '../../metrics/format';
import { jurisdictionSums, type EntityYear, type RankedEntity, type ScatterPoint } from '../../queries/compare';
import { topSeries, trendSeries, type TrendSeries } from '../../queries/trends';

/** Small multiples: at most this many panels. */
export const MAX_PANELS = 16;

/** What every chart of the view needs besides its data. */
export interface CompareContext {
  lang: Lang;
  narrow: boolean;
  /** The name shown for an entity's name (the group without a county gets a label). */
  labelOf: (name: string | null) => string;
}

function tr(ctx: CompareContext, key: MessageKey, params?: MessageParams): string {
  return translate(ctx.lang, key, params);
}

/** A metric's values as text in the view's language. */
export function formatOf(metric: MetricInfo, lang: Lang): (v: number | null) => string {
  return (v) => formatValue(v, metric.unit, lang);
}

/** The metric over an area's whole-area (jurisdiction) reports; null when the area has none. */
export function jurisdictionValue(r: RankedEntity, metric: MetricInfo): number | null {
  const sums = jurisdictionSums(r.entity, metric.columns);
  return sums ? metricValue(sums, metric).value : null;
}

/** The ranking's tooltip line for one entity: n of a ratio, small n, bodies summed and missing. */
function rankNote(ctx: CompareContext, r: RankedEntity): string | null {
  const parts: string[] = [];
  if (r.value.denominator !== null) parts.push(tr(ctx, 'review.nLabel', { n: r.value.denominator }));
  if (r.smallN) parts.push(tr(ctx, 'compare.smallNMark'));
  if (r.entity.bodies !== null) {
    parts.push(
      `${tr(ctx, 'compare.colBodies')} ${r.entity.bodies}`,
      `${tr(ctx, 'compare.colMissing')} ${r.entity.missing}`
    );
  }
  return parts.join(tr(ctx, 'fmt.noteSep')) || null;
}

/** The ranking's series: the sums, and the whole-area reports' figure beside them when shown. */
export function rankSeriesNames(ctx: CompareContext, withJurisdiction: boolean): string[] {
  const sums = tr(ctx, 'compare.sumSeries');
  return withJurisdiction ? [sums, tr(ctx, 'compare.jurSeries')] : [sums];
}

/**
 * The ranking bars: the metric's sums, and beside them the whole-area reports' figure when
 * `withJurisdiction`. Small-n bars (shown only when asked for) are greyed; the names trigger events,
 * so a click on one drills down.
 */
export function rankOption(
  ctx: CompareContext,
  input: {
    shown: readonly RankedEntity[];
    metric: MetricInfo;
    withJurisdiction: boolean;
    title: string;
    /** Entities in the whole ranking (the chart shows the top ones). */
    count: number;
  }
): ChartOption | null {
  const { shown, metric } = input;
  if (shown.length === 0) return null;
  const format = formatOf(metric, ctx.lang);
  const base = barsOption({
    categories: shown.map((r) => ctx.labelOf(r.entity.name)),
    series: rankSeriesNames(ctx, input.withJurisdiction).map((name, i) => ({
      name,
      values: shown.map((r) => (i === 0 ? r.value.value : jurisdictionValue(r, metric))),
      color: PALETTE[i]
    })),
    format,
    integer: metric.unit === 'count',
    narrow: ctx.narrow,
    description: tr(ctx, 'view.chartDesc', {
      title: input.title,
      count: input.count,
      max: format(shown[0].value.value)
    }),
    note: (i) => (shown[i] ? rankNote(ctx, shown[i]) : null)
  });
  const series = Array.isArray(base.series) ? base.series : [];
  const first = series[0];
  if (first && first.type === 'bar') {
    first.data = shown.map((r) =>
      r.smallN ? { value: r.value.value, itemStyle: { color: MUTED_COLOR, opacity: 0.5 } } : r.value.value
    );
  }
  const yAxis = base.yAxis && !Array.isArray(base.yAxis) ? { ...base.yAxis, triggerEvent: true } : base.yAxis;
  return { ...base, yAxis };
}

/** The panels of the small multiples: the ranked entities in rank order, then the largest others. */
export function multiplesPanels(
  entities: readonly EntityYear[],
  ranked: readonly RankedEntity[],
  metric: MetricInfo,
  years: readonly number[]
): TrendSeries[] {
  const order = ranked.map((r) => r.entity.key);
  const inRanking = new Set(order);
  const series = trendSeries(entities, metric, years);
  const byKey = new Map(series.map((s) => [s.key, s]));
  const ordered = order.map((k) => byKey.get(k)).filter((s) => s !== undefined);
  const rest = topSeries(
    series.filter((s) => !inRanking.has(s.key)),
    MAX_PANELS
  );
  return [...ordered, ...rest].slice(0, MAX_PANELS);
}

/** One small panel per entity over the years; null with no panel or a single year. */
export function multiplesFor(
  ctx: CompareContext,
  input: { panels: readonly TrendSeries[]; years: readonly number[]; metric: MetricInfo; title: string }
): ChartOption | null {
  const { panels, years } = input;
  if (panels.length === 0 || years.length < 2) return null;
  return multiplesOption({
    years,
    panels: panels.map((s) => ({ name: ctx.labelOf(s.name), values: s.values })),
    format: formatOf(input.metric, ctx.lang),
    narrow: ctx.narrow,
    description: tr(ctx, 'view.chartDesc', { title: input.title, count: panels.length, max: '—' })
  });
}

/** A dot per entity on two metrics, small-n dots muted, each ratio's n in the tooltip. */
export function scatterFor(
  ctx: CompareContext,
  input: { points: readonly ScatterPoint[]; x: MetricInfo; y: MetricInfo; title: string }
): ChartOption | null {
  const { points, x, y } = input;
  if (points.length === 0) return null;
  return scatterOption({
    dots: points.map((p) => ({
      name: ctx.labelOf(p.entity.name),
      x: p.x.value ?? 0,
      y: p.y.value ?? 0,
      muted: p.smallN,
      note: [p.x, p.y]
        .map((v) => (v.denominator !== null ? tr(ctx, 'review.nLabel', { n: v.denominator }) : null))
        .filter(Boolean)
        .join(tr(ctx, 'fmt.noteSep'))
    })),
    xName: x.short[ctx.lang],
    yName: y.short[ctx.lang],
    formatX: formatOf(x, ctx.lang),
    formatY: formatOf(y, ctx.lang),
    narrow: ctx.narrow,
    description: tr(ctx, 'view.chartDesc', { title: input.title, count: points.length, max: '—' })
  });
}
