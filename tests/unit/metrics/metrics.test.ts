import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBER_COLUMNS } from '../../../src/lib/schema/columns';
import {
  metric,
  RATIO_METRICS,
  ratio,
  ratioColumns,
  REVIEW_CORRECTION_RATE,
  SUIT_LOSS_RATE
} from '../../../src/lib/metrics/index';
import { formatValue } from '../../../src/lib/metrics/format';

const EXPECTED_DIR = join(__dirname, '../../fixtures/corpus/expected');

function cells(stem: string): Record<string, number | null> {
  return (
    JSON.parse(readFileSync(join(EXPECTED_DIR, `${stem}.json`), 'utf8')) as { cells: Record<string, number | null> }
  ).cells;
}

describe('metric dictionary', () => {
  it('has one metric per export number column, with the column labels and a unit', () => {
    for (const c of NUMBER_COLUMNS) {
      const m = metric(c.name);
      expect(m.label).toEqual({ zh: c.zh, en: c.en });
      expect(m.formats).toEqual(c.formats);
    }
    expect(metric('fees_wan').unit).toBe('wan');
    expect(metric('permits').unit).toBe('count');
    expect(metric('permits').short.zh).toBe('行政许可');
  });

  it('rejects names that are not export columns', () => {
    expect(() => metric('agency')).toThrow(/unknown metric/);
    expect(() => metric('permits; DROP TABLE reports')).toThrow(/unknown metric/);
  });

  it('ratios only use export number columns', () => {
    const names = new Set(NUMBER_COLUMNS.map((c) => c.name));
    for (const m of RATIO_METRICS) for (const c of ratioColumns(m)) expect(names.has(c)).toBe(true);
  });
});

describe('derived ratios on the corpus reports', () => {
  it('淮安市人民政府 2024: 纠错率 = 64 / (351 − 37), 败诉率 = (4 + 1) / (26 + 20 − 1 − 6)', () => {
    const row = cells('淮安市人民政府_2024');
    expect(ratio(row, REVIEW_CORRECTION_RATE)).toEqual({ numerator: 64, denominator: 314, value: 64 / 314 });
    expect(ratio(row, SUIT_LOSS_RATE)).toEqual({ numerator: 5, denominator: 39, value: 5 / 39 });
  });

  it('孟津区人社局 2023: no review corrected of 2, one of 6 suits lost', () => {
    const row = cells('孟津区人力资源和社会保障局_2023');
    expect(ratio(row, REVIEW_CORRECTION_RATE)).toEqual({ numerator: 0, denominator: 2, value: 0 });
    expect(ratio(row, SUIT_LOSS_RATE)).toEqual({ numerator: 1, denominator: 6, value: 1 / 6 });
  });

  it('上海市人民政府办公厅 2019: blank (NULL) cells count as 0', () => {
    const row = cells('上海市人民政府办公厅_2019');
    expect(row.review_corrected).toBeNull();
    expect(ratio(row, REVIEW_CORRECTION_RATE)).toEqual({ numerator: 0, denominator: 5, value: 0 });
    expect(ratio(row, SUIT_LOSS_RATE)).toEqual({ numerator: 0, denominator: 8, value: 0 });
  });

  it('平潭综合实验区 2019: no decided case gives no ratio, not 0%', () => {
    const row = cells('平潭综合实验区_2019');
    expect(ratio(row, REVIEW_CORRECTION_RATE).value).toBeNull();
    expect(ratio(row, SUIT_LOSS_RATE).value).toBeNull();
  });

  it('ratios of summed rows are sums over sums, not averages of ratios', () => {
    const a = cells('平潭综合实验区_2023');
    const b = cells('平潭综合实验区_2025');
    const summed: Record<string, number> = {};
    for (const c of ratioColumns(REVIEW_CORRECTION_RATE)) summed[c] = (a[c] ?? 0) + (b[c] ?? 0);
    expect(ratio(summed, REVIEW_CORRECTION_RATE)).toEqual({ numerator: 4, denominator: 38, value: 4 / 38 });
  });

  it('every corpus report gives a ratio between 0 and 1 or none', () => {
    for (const file of readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json'))) {
      const row = cells(file.replace(/\.json$/, ''));
      for (const m of RATIO_METRICS) {
        const { value } = ratio(row, m);
        if (value !== null) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});

describe('formatValue', () => {
  it('formats counts, money and ratios', () => {
    expect(formatValue(447228, 'count', 'zh')).toBe('447,228');
    expect(formatValue(24252.311082, 'wan', 'zh')).toBe('24,252.31');
    expect(formatValue(13.6145, 'wan', 'en')).toBe('13.61');
    expect(formatValue(64 / 314, 'ratio', 'zh')).toBe('20.4%');
    expect(formatValue(0, 'ratio', 'en')).toBe('0.0%');
    expect(formatValue(null, 'count', 'zh')).toBe('—');
  });
});
