/**
 * The metric dictionary of the dashboard. Plain measures come from the export column dictionary
 * (src/lib/schema/columns.ts) with a unit and, for the ones the views chart, a short label;
 * derived measures (ratios) add a definition and keep numerator and denominator.
 */
import { NUMBER_COLUMNS, type FormatVersion } from '../schema/columns';

/** `per100`: a rate per 100 (e.g. disputes per 100 applications), shown without a % sign. */
export type Unit = 'count' | 'wan' | 'yuan' | 'ratio' | 'per100';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Metric {
  /** The export column name. */
  id: string;
  /** Full label from the column dictionary. */
  label: Bilingual;
  /** Short label for axes, legends and table headers. */
  short: Bilingual;
  unit: Unit;
  formats: readonly FormatVersion[];
  /**
   * The column exists in both format versions but means something else in each (2019's single
   * （六）其他处理 row sits in `app_other_misc_*`; in 2021 that row is only 3.其他): never one axis.
   */
  meaningChanged: boolean;
}

/** Short labels for the measures the views chart; other columns use their full label. */
const SHORT_LABELS: Record<string, Bilingual> = {
  permits: { zh: '行政许可', en: 'Permits' },
  penalties: { zh: '行政处罚', en: 'Penalties' },
  coercions: { zh: '行政强制', en: 'Coercive measures' },
  fees_wan: { zh: '收费金额', en: 'Fee revenue' },
  review_upheld: { zh: '维持', en: 'Upheld' },
  review_corrected: { zh: '纠正', en: 'Corrected' },
  review_other: { zh: '其他', en: 'Other' },
  review_pending: { zh: '尚未审结', en: 'Pending' },
  review_total: { zh: '复议总计', en: 'Reviews' },
  app_new_total: { zh: '新收申请', en: 'New applications' },
  app_outcome_total_total: { zh: '办结申请', en: 'Applications decided' },
  app_carried_out_total: { zh: '结转下年', en: 'Carried to next year' }
};

function unitOf(name: string): Unit {
  if (name === 'fees_wan') return 'wan';
  if (name === 'f19_procurement_amount') return 'yuan';
  return 'count';
}

const METRICS: ReadonlyMap<string, Metric> = new Map(
  NUMBER_COLUMNS.map((c) => {
    const label = { zh: c.zh, en: c.en };
    return [
      c.name,
      {
        id: c.name,
        label,
        short: SHORT_LABELS[c.name] ?? label,
        unit: unitOf(c.name),
        formats: c.formats,
        meaningChanged: c.name.startsWith('app_other_misc_')
      }
    ];
  })
);

/** The metric of an export number column; throws for a name that is not in the dictionary. */
export function metric(id: string): Metric {
  const m = METRICS.get(id);
  if (!m) throw new Error(`unknown metric: ${id}`);
  return m;
}

/** A sum of export columns minus another sum: the numerator or denominator of a ratio. */
export interface ColumnSum {
  plus: readonly string[];
  minus: readonly string[];
}

export interface RatioMetric {
  id: string;
  label: Bilingual;
  /** Short label for axes and legends (the full label when absent). */
  short?: Bilingual;
  /** `ratio` (shown as %) unless a rate per 100. */
  unit?: 'ratio' | 'per100';
  /** The formula in words, shown on the page. */
  definition: Bilingual;
  numerator: ColumnSum;
  denominator: ColumnSum;
  /** The ratio is multiplied by this (100 for a rate per 100); 1 when absent. */
  scale?: number;
}

export const REVIEW_CORRECTION_RATE: RatioMetric = {
  id: 'review_correction_rate',
  label: { zh: '行政复议纠错率', en: 'Review correction rate' },
  definition: {
    zh: '行政复议纠错率 = 结果纠正 ÷（总计 − 尚未审结），即已审结的复议案件中结果被纠正的比例。',
    en: 'Review correction rate = corrected ÷ (total − pending): the share of decided review cases whose result was corrected.'
  },
  numerator: { plus: ['review_corrected'], minus: [] },
  denominator: { plus: ['review_total'], minus: ['review_pending'] }
};

export const SUIT_LOSS_RATE: RatioMetric = {
  id: 'suit_loss_rate',
  label: { zh: '行政诉讼败诉率', en: 'Litigation loss rate' },
  definition: {
    zh: '行政诉讼败诉率 =（未经复议直接起诉的结果纠正 + 复议后起诉的结果纠正）÷（两类总计 − 两类尚未审结）。',
    en: 'Litigation loss rate = (corrected in direct suits + corrected in suits after review) ÷ (both totals − both pending).'
  },
  numerator: { plus: ['suit_direct_corrected', 'suit_after_review_corrected'], minus: [] },
  denominator: {
    plus: ['suit_direct_total', 'suit_after_review_total'],
    minus: ['suit_direct_pending', 'suit_after_review_pending']
  }
};

export const RATIO_METRICS: readonly RatioMetric[] = [REVIEW_CORRECTION_RATE, SUIT_LOSS_RATE];

/** Every export column a ratio needs, for the aggregate request. */
export function ratioColumns(m: RatioMetric): string[] {
  return [...new Set([...m.numerator.plus, ...m.numerator.minus, ...m.denominator.plus, ...m.denominator.minus])];
}

export interface RatioValue {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, or null when the denominator is not positive. */
  value: number | null;
}

type NumberRow = Readonly<Record<string, string | number | null | undefined>>;

function sumOf(row: NumberRow, s: ColumnSum): number {
  const v = (name: string): number => {
    const x = row[name];
    return typeof x === 'number' && Number.isFinite(x) ? x : 0;
  };
  return s.plus.reduce((a, n) => a + v(n), 0) - s.minus.reduce((a, n) => a + v(n), 0);
}

/** The ratio for one row of sums (NULL counts as 0, as in the aggregate sums). */
export function ratio(row: NumberRow, m: RatioMetric): RatioValue {
  const numerator = sumOf(row, m.numerator);
  const denominator = sumOf(row, m.denominator);
  return { numerator, denominator, value: denominator > 0 ? (numerator / denominator) * (m.scale ?? 1) : null };
}

/** Below this many decided cases a ratio is shown with a warning. */
export const SMALL_N = 5;
