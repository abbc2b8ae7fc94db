/**
 * Derived measures analysts use (docs/FORMAT.md "Derived measures"), each with its definition and
 * its formula as sums of export columns, so numerator and denominator can always be shown.
 * Ratios of summed rows are sums over sums, never averages of ratios.
 */
import { appColumn, OUTCOME_LEAF_ROWS, type ApplicationRowId } from '../schema/columns';
import { REVIEW_CORRECTION_RATE, SUIT_LOSS_RATE, type Bilingual, type ColumnSum, type RatioMetric } from './index';

const total = (row: ApplicationRowId): string => appColumn(row, 'total');
const sum = (...plus: string[]): ColumnSum => ({ plus, minus: [] });

/** The 总计 column of （七）总计: the denominator of every outcome share. */
const OUTCOMES: ColumnSum = sum(total('outcome_total'));

export const DISCLOSURE_RATE: RatioMetric = {
  id: 'disclosure_rate',
  label: { zh: '公开率（含部分公开）', en: 'Disclosure rate (incl. partial)' },
  short: { zh: '公开率', en: 'Disclosure rate' },
  definition: {
    zh: '公开率 =（予以公开 + 部分公开）÷ 办理结果总计（（七）总计），总计列。',
    en: 'Disclosure rate = (granted + partly granted) ÷ outcomes total (row (7)), total column.'
  },
  numerator: sum(total('granted'), total('partial')),
  denominator: OUTCOMES
};

export const DISCLOSURE_RATE_STRICT: RatioMetric = {
  id: 'disclosure_rate_strict',
  label: { zh: '公开率（仅予以公开）', en: 'Disclosure rate (granted only)' },
  short: { zh: '予以公开率', en: 'Granted rate' },
  definition: {
    zh: '公开率（另一种口径）= 予以公开 ÷ 办理结果总计，不计部分公开。',
    en: 'Disclosure rate, stricter definition = granted ÷ outcomes total, leaving out partly granted.'
  },
  numerator: sum(total('granted')),
  denominator: OUTCOMES
};

export const CARRY_OUT_RATE: RatioMetric = {
  id: 'carry_out_rate',
  label: { zh: '结转率', en: 'Carry-over rate' },
  definition: {
    zh: '结转率 = 结转下年度继续办理 ÷（本年新收 + 上年结转），总计列。',
    en: 'Carry-over rate = carried to next year ÷ (new + carried in from last year), total column.'
  },
  numerator: sum(total('carried_out')),
  denominator: sum(total('new'), total('carried_in'))
};

export const DISPUTES_PER_100: RatioMetric = {
  id: 'disputes_per_100',
  label: { zh: '每百件申请的复议诉讼数', en: 'Disputes per 100 applications' },
  short: { zh: '每百件申请争议数', en: 'Disputes / 100 applications' },
  unit: 'per100',
  scale: 100,
  definition: {
    zh: '每百件申请的复议诉讼数 =（行政复议总计 + 两类行政诉讼总计）÷ 本年新收申请 × 100。',
    en: 'Disputes per 100 applications = (review total + both litigation totals) ÷ new applications × 100.'
  },
  numerator: sum('review_total', 'suit_direct_total', 'suit_after_review_total'),
  denominator: sum(total('new'))
};

/** Outcome groups （一）…（六）: the leaf rows each one adds up. */
const OUTCOME_GROUPS: readonly { id: string; prefix: string; zh: string; en: string }[] = [
  { id: 'granted', prefix: 'granted', zh: '予以公开', en: 'granted' },
  { id: 'partial', prefix: 'partial', zh: '部分公开', en: 'partly granted' },
  { id: 'denied', prefix: 'denied_', zh: '不予公开', en: 'denied' },
  { id: 'unable', prefix: 'unable_', zh: '无法提供', en: 'unable to provide' },
  { id: 'rejected', prefix: 'rejected_', zh: '不予处理', en: 'not processed' },
  // The three 2021 sub-rows together equal 2019's single （六）其他处理 row, so the share compares.
  { id: 'other', prefix: 'other_', zh: '其他处理', en: 'other handling' }
];

export const OUTCOME_SHARES: readonly RatioMetric[] = OUTCOME_GROUPS.map((g) => {
  const rows = OUTCOME_LEAF_ROWS.filter((r) => r === g.prefix || r.startsWith(g.prefix));
  return {
    id: `share_${g.id}`,
    label: { zh: `办理结果占比：${g.zh}`, en: `Outcome share: ${g.en}` },
    short: { zh: `${g.zh}占比`, en: `Share ${g.en}` },
    definition: {
      zh: `${g.zh}占比 = ${g.zh}（${rows.length} 行之和）÷ 办理结果总计，总计列。`,
      en: `Share ${g.en} = ${g.en} (sum of ${rows.length} row${rows.length > 1 ? 's' : ''}) ÷ outcomes total, total column.`
    },
    numerator: sum(...rows.map(total)),
    denominator: OUTCOMES
  };
});

/** Every derived ratio, in the order the picker and docs list them. */
export const DERIVED_RATIOS: readonly RatioMetric[] = [
  REVIEW_CORRECTION_RATE,
  SUIT_LOSS_RATE,
  DISCLOSURE_RATE,
  DISCLOSURE_RATE_STRICT,
  CARRY_OUT_RATE,
  DISPUTES_PER_100,
  ...OUTCOME_SHARES
];

/** A sum of several columns shown as one count (e.g. both kinds of litigation). */
export interface SumMetric {
  id: string;
  label: Bilingual;
  short: Bilingual;
  definition: Bilingual;
  plus: readonly string[];
}

export const SUIT_TOTAL: SumMetric = {
  id: 'suit_total',
  label: { zh: '行政诉讼总计（两类合计）', en: 'Litigation cases (both kinds)' },
  short: { zh: '行政诉讼', en: 'Lawsuits' },
  definition: {
    zh: '行政诉讼总计 = 未经复议直接起诉总计 + 复议后起诉总计。',
    en: 'Litigation cases = direct suits total + suits after review total.'
  },
  plus: ['suit_direct_total', 'suit_after_review_total']
};

export const DERIVED_SUMS: readonly SumMetric[] = [SUIT_TOTAL];
