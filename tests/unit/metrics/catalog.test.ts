/**
 * The metric dictionary: every export number column plus the derived measures, with formulas that
 * give the hand-keyed corpus figures, and docs/metrics.md in sync with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBER_COLUMNS } from '../../../src/lib/schema/columns';
import {
  findMetric,
  isSmallN,
  KEY_METRIC_IDS,
  METRIC_INFOS,
  metricInfo,
  metricValue,
  oneAxisAllowed
} from '../../../src/lib/metrics/catalog';
import { metricsMarkdown } from '../../../src/lib/metrics/doc';
import { formatValue } from '../../../src/lib/metrics/format';

const EXPECTED_DIR = join(__dirname, '../../fixtures/corpus/expected');
const DOC = join(__dirname, '../../../docs/metrics.md');

function cells(stem: string): Record<string, number | null> {
  return (
    JSON.parse(readFileSync(join(EXPECTED_DIR, `${stem}.json`), 'utf8')) as { cells: Record<string, number | null> }
  ).cells;
}

describe('metric catalog', () => {
  it('lists every export number column once, plus the derived measures, ids unique', () => {
    const ids = METRIC_INFOS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of NUMBER_COLUMNS) expect(findMetric(c.name)?.kind, c.name).toBe('column');
    for (const id of [
      'review_correction_rate',
      'suit_loss_rate',
      'disclosure_rate',
      'disclosure_rate_strict',
      'carry_out_rate',
      'disputes_per_100',
      'share_granted',
      'share_partial',
      'share_denied',
      'share_unable',
      'share_rejected',
      'share_other'
    ])
      expect(metricInfo(id).kind, id).toBe('ratio');
    expect(metricInfo('suit_total').kind).toBe('sum');
    expect(METRIC_INFOS.slice(0, KEY_METRIC_IDS.length).map((m) => m.id)).toEqual([...KEY_METRIC_IDS]);
    expect(findMetric('agency')).toBeNull();
    expect(() => metricInfo('x; DROP TABLE reports')).toThrow(/unknown metric/);
  });

  it('every formula uses export number columns only', () => {
    const names = new Set(NUMBER_COLUMNS.map((c) => c.name));
    for (const m of METRIC_INFOS) for (const c of m.columns) expect(names.has(c), `${m.id}: ${c}`).toBe(true);
  });

  it('marks litigation as double-counting and app_other_misc_* as changed in meaning', () => {
    expect(metricInfo('suit_total').doubleCount).toBe(true);
    expect(metricInfo('suit_loss_rate').doubleCount).toBe(true);
    expect(metricInfo('disputes_per_100').doubleCount).toBe(true);
    expect(metricInfo('review_total').doubleCount).toBe(false);
    expect(metricInfo('app_other_misc_total').meaningChanged).toBe(true);
    expect(metricInfo('share_other').meaningChanged).toBe(false);
    expect(metricInfo('permits').meaningChanged).toBe(false);
  });

  it('never puts a 2019-only and a 2021-only measure on one axis', () => {
    expect(oneAxisAllowed([metricInfo('fees_wan'), metricInfo('f19_fee_items')])).toBe(false);
    expect(oneAxisAllowed([metricInfo('fees_wan'), metricInfo('permits')])).toBe(true);
    expect(oneAxisAllowed([metricInfo('app_other_misc_total')])).toBe(false);
  });
});

describe('derived values on the corpus reports', () => {
  it('淮安市人民政府 2024: rates from the hand-keyed table', () => {
    const row = cells('淮安市人民政府_2024');
    expect(metricValue(row, metricInfo('disclosure_rate'))).toEqual({
      value: (1362 + 454) / 3050,
      numerator: 1816,
      denominator: 3050
    });
    expect(metricValue(row, metricInfo('disclosure_rate_strict')).value).toBe(1362 / 3050);
    expect(metricValue(row, metricInfo('carry_out_rate'))).toEqual({
      value: 103 / (3119 + 34),
      numerator: 103,
      denominator: 3153
    });
    expect(metricValue(row, metricInfo('disputes_per_100'))).toEqual({
      value: ((351 + 26 + 20) / 3119) * 100,
      numerator: 397,
      denominator: 3119
    });
    expect(metricValue(row, metricInfo('share_denied')).numerator).toBe(178);
    expect(metricValue(row, metricInfo('share_other')).numerator).toBe(187);
    expect(metricValue(row, metricInfo('suit_total'))).toEqual({ value: 46, numerator: null, denominator: null });
    expect(metricValue(row, metricInfo('permits')).value).toBe(row.permits);
    // The six outcome shares add up to 1 when the report balances (rule 2).
    const shares = ['granted', 'partial', 'denied', 'unable', 'rejected', 'other'].map(
      (g) => metricValue(row, metricInfo(`share_${g}`)).value ?? 0
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('上海市人民政府办公厅 2019: blank cells count as 0 in a ratio; a blank column gives no value', () => {
    const row = cells('上海市人民政府办公厅_2019');
    expect(metricValue(row, metricInfo('disclosure_rate'))).toEqual({ value: 0, numerator: 0, denominator: 805 });
    expect(metricValue(row, metricInfo('app_granted_total')).value).toBeNull();
    expect(metricValue(row, metricInfo('carry_out_rate')).value).toBe(72 / (859 + 18));
  });

  it('flags a ratio whose n is under SMALL_N, never a count', () => {
    const mengjin = cells('孟津区人力资源和社会保障局_2023');
    const correction = metricValue(mengjin, metricInfo('review_correction_rate'));
    expect(correction.denominator).toBe(2);
    expect(isSmallN(correction)).toBe(true);
    expect(isSmallN(metricValue(cells('淮安市人民政府_2024'), metricInfo('review_correction_rate')))).toBe(false);
    expect(isSmallN(metricValue(mengjin, metricInfo('review_total')))).toBe(false);
  });

  it('formats a rate per 100 without a % sign', () => {
    expect(formatValue(12.7285, 'per100', 'zh')).toBe('12.7');
  });
});

describe('docs/metrics.md', () => {
  it('is generated from the dictionary (UPDATE_METRICS_DOC=1 rewrites it)', () => {
    const text = metricsMarkdown();
    if (process.env.UPDATE_METRICS_DOC === '1') writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
    for (const m of METRIC_INFOS) expect(text).toContain(`\`${m.id}\``);
  });
});
