/**
 * The one metric dictionary the views use: every export number column, the derived sums and the
 * derived ratios, each with id, labels, unit, format versions, definition and formula. It drives
 * the metric picker, axis labels, tooltips and docs/metrics.md (metricsMarkdown in ./doc.ts).
 */
import { NUMBER_COLUMNS, type FormatVersion } from '../schema/columns';
import { DERIVED_RATIOS, DERIVED_SUMS, SUIT_TOTAL } from './derived';
import { metric, ratio, SMALL_N, type Bilingual, type ColumnSum, type RatioMetric, type Unit } from './index';

export type MetricKind = 'column' | 'sum' | 'ratio';

/** Where a metric sits in the picker. */
export type MetricGroup = 'key' | 'rates' | 'section2' | 'section3' | 'section4';

export interface MetricInfo {
  id: string;
  kind: MetricKind;
  label: Bilingual;
  short: Bilingual;
  unit: Unit;
  formats: readonly FormatVersion[];
  /** Same column in both formats, different meaning: never on one axis across 2020→2021. */
  meaningChanged: boolean;
  definition: Bilingual;
  /** value = numerator ÷ denominator × scale (a sum has no denominator and scale 1). */
  numerator: ColumnSum;
  denominator: ColumnSum | null;
  scale: number;
  /** Export columns whose sums the value needs (for the aggregate request). */
  columns: readonly string[];
  group: MetricGroup;
  /** Summed across bodies, one lawsuit can be counted twice (the original and the reviewing body). */
  doubleCount: boolean;
}

/** The headline measures: the overview's figures and the top of the picker. */
export const KEY_METRIC_IDS = [
  'permits',
  'penalties',
  'coercions',
  'fees_wan',
  'app_new_total',
  'review_total',
  'suit_total'
] as const;

const LITIGATION = /^suit_/;

function columnsOf(...sums: (ColumnSum | null)[]): string[] {
  return [...new Set(sums.flatMap((s) => (s ? [...s.plus, ...s.minus] : [])))];
}

function columnDefinition(name: string, label: Bilingual): Bilingual {
  return {
    zh: `“${label.zh}”各报告之和（导出列 ${name}）。`,
    en: `Sum over reports of “${label.en}” (export column ${name}).`
  };
}

const KEY = new Set<string>(KEY_METRIC_IDS);

const COLUMN_INFOS: MetricInfo[] = NUMBER_COLUMNS.map((c) => {
  const m = metric(c.name);
  const numerator = { plus: [c.name], minus: [] };
  return {
    id: c.name,
    kind: 'column',
    label: m.label,
    short: m.short,
    unit: m.unit,
    formats: m.formats,
    meaningChanged: m.meaningChanged,
    definition: columnDefinition(c.name, m.label),
    numerator,
    denominator: null,
    scale: 1,
    columns: [c.name],
    group: KEY.has(c.name) ? 'key' : c.group === 'identity' ? 'section2' : c.group,
    doubleCount: LITIGATION.test(c.name)
  };
});

const SUM_INFOS: MetricInfo[] = DERIVED_SUMS.map((s) => {
  const numerator = { plus: [...s.plus], minus: [] };
  return {
    id: s.id,
    kind: 'sum',
    label: s.label,
    short: s.short,
    unit: 'count',
    formats: [2019, 2021],
    meaningChanged: false,
    definition: s.definition,
    numerator,
    denominator: null,
    scale: 1,
    columns: columnsOf(numerator),
    group: KEY.has(s.id) ? 'key' : 'section4',
    doubleCount: s.plus.some((c) => LITIGATION.test(c))
  };
});

function ratioInfo(r: RatioMetric): MetricInfo {
  const columns = columnsOf(r.numerator, r.denominator);
  return {
    id: r.id,
    kind: 'ratio',
    label: r.label,
    short: r.short ?? r.label,
    unit: r.unit ?? 'ratio',
    formats: [2019, 2021],
    meaningChanged: false,
    definition: r.definition,
    numerator: r.numerator,
    denominator: r.denominator,
    scale: r.scale ?? 1,
    columns,
    group: 'rates',
    doubleCount: columns.some((c) => LITIGATION.test(c))
  };
}

const RATIO_INFOS: MetricInfo[] = DERIVED_RATIOS.map(ratioInfo);

/** Key measures first (in KEY_METRIC_IDS order), then rates, then every column in export order. */
export const METRIC_INFOS: readonly MetricInfo[] = [
  ...KEY_METRIC_IDS.map((id) => [...COLUMN_INFOS, ...SUM_INFOS].find((m) => m.id === id)!),
  ...RATIO_INFOS,
  ...COLUMN_INFOS.filter((m) => !KEY.has(m.id)),
  ...SUM_INFOS.filter((m) => !KEY.has(m.id))
];

const BY_ID: ReadonlyMap<string, MetricInfo> = new Map(METRIC_INFOS.map((m) => [m.id, m]));

export function findMetric(id: string | null | undefined): MetricInfo | null {
  return id ? (BY_ID.get(id) ?? null) : null;
}

/** The metric with this id; throws for one that is not in the dictionary. */
export function metricInfo(id: string): MetricInfo {
  const m = BY_ID.get(id);
  if (!m) throw new Error(`unknown metric: ${id}`);
  return m;
}

/** The ratio form of a ratio metric, for ratio() (numerator and denominator kept). */
function asRatio(m: MetricInfo): RatioMetric {
  return {
    id: m.id,
    label: m.label,
    definition: m.definition,
    numerator: m.numerator,
    denominator: m.denominator ?? { plus: [], minus: [] },
    scale: m.scale
  };
}

export interface MetricValue {
  /** The value, or null when nothing was reported (or a ratio's denominator is not positive). */
  value: number | null;
  /** A ratio's numerator and denominator (its n); null for counts. */
  numerator: number | null;
  denominator: number | null;
}

type SumRow = Readonly<Record<string, string | number | null | undefined>>;

/** A metric's value in one row of sums (NULL cells count as 0; a sum with no filled cell is null). */
export function metricValue(row: SumRow, m: MetricInfo): MetricValue {
  if (m.kind === 'ratio') {
    const r = ratio(row, asRatio(m));
    return { value: r.value, numerator: r.numerator, denominator: r.denominator };
  }
  const filled = m.numerator.plus.filter((c) => typeof row[c] === 'number' && Number.isFinite(row[c]));
  if (filled.length === 0) return { value: null, numerator: null, denominator: null };
  const value = filled.reduce((a, c) => a + (row[c] as number), 0);
  return { value, numerator: null, denominator: null };
}

/** A ratio whose denominator (n) is under SMALL_N: shown greyed, left out of rankings by default. */
export function isSmallN(v: MetricValue): boolean {
  return v.denominator !== null && v.value !== null && v.denominator < SMALL_N;
}

/**
 * Can these metrics share one axis? Not when one exists only in the 2019 format and another only
 * in the 2021 format, nor when a metric changed meaning between the formats.
 */
export function oneAxisAllowed(metrics: readonly MetricInfo[]): boolean {
  if (metrics.some((m) => m.meaningChanged)) return false;
  const only = (f: FormatVersion): boolean => metrics.some((m) => m.formats.length === 1 && m.formats[0] === f);
  return !(only(2019) && only(2021));
}

export { SUIT_TOTAL };
