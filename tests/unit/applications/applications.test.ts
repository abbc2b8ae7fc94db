/**
 * The applications view's queries and shaping against the repository's exports: sums checked
 * against the CSV (read with papaparse, independently of the code under test), and the exact
 * figures of a real report (上海市科学技术委员会 2024, table 三 as printed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { ratio } from '../../../src/lib/metrics';
import { CARRY_OUT_RATE, DISCLOSURE_RATE, DISCLOSURE_RATE_STRICT } from '../../../src/lib/metrics/derived';
import { APPLICATION_MEASURES, applicationSums } from '../../../src/lib/queries/applications';
import type { AggregateRow } from '../../../src/lib/queries/types';
import {
  groupCount,
  OUTCOME_GROUPS,
  outcomeTotal,
  rankRefusals,
  REFUSAL_ROWS
} from '../../../src/lib/ui/applications/shape';
import { ORIGIN_DIRS, readExportCsv, sumOf, type CsvRow } from '../queries/export-data';

let db: QueryRunner;
let csv: CsvRow[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
  // Starting duckdb-wasm and loading the exports takes seconds on a busy machine.
}, 60_000);

async function shanghaiScience(): Promise<AggregateRow> {
  const rows = await applicationSums(
    db,
    { ...NO_FILTERS, origins: ['real'], q: '上海市科学技术委员会', yearFrom: 2024, yearTo: 2024 },
    ['agency_id']
  );
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('applicationSums', () => {
  it('per-year sums of every measure equal the CSV sums (agency scope)', async () => {
    const rows = await applicationSums(db, { ...NO_FILTERS, scopes: ['agency'] }, ['year']);
    const agency = csv.filter((r) => r.scope === 'agency');
    expect(rows.map((r) => Number(r.year))).toEqual([...new Set(agency.map((r) => Number(r.year)))].sort());
    for (const row of rows) {
      const ofYear = agency.filter((r) => Number(r.year) === Number(row.year));
      expect(row.reports).toBe(ofYear.length);
      for (const m of APPLICATION_MEASURES) {
        const expected = sumOf(ofYear, m);
        expect(row[`${m}__n`], `${row.year} ${m} n`).toBe(expected.n);
        if (expected.n > 0) expect(row[m], `${row.year} ${m}`).toBe(expected.sum);
      }
    }
  });
});

describe('shaping a real report (上海市科学技术委员会 2024)', () => {
  it('outcome groups add the leaf rows and sum to （七）总计 = 35', async () => {
    const row = await shanghaiScience();
    const counts = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g.id, groupCount(row, g)]));
    // 予以公开 9; 不予公开 1 + 1; 无法提供 4 + 6; 其他处理 10 (逾期不补正) + 4 (其他).
    expect(counts).toEqual({ granted: 9, partial: 0, denied: 2, unable: 10, rejected: 0, other: 14 });
    expect(outcomeTotal(row)).toBe(35);
  });

  it('disclosure rate under both definitions and the carry-over rate, with n', async () => {
    const row = await shanghaiScience();
    expect(ratio(row, DISCLOSURE_RATE)).toEqual({ numerator: 9, denominator: 35, value: 9 / 35 });
    expect(ratio(row, DISCLOSURE_RATE_STRICT)).toEqual({ numerator: 9, denominator: 35, value: 9 / 35 });
    // 结转率 = 四 / (一 + 二) = 1 / (34 + 2).
    expect(ratio(row, CARRY_OUT_RATE)).toEqual({ numerator: 1, denominator: 36, value: 1 / 36 });
  });

  it('ranks the refusal reasons, most frequent first, unused ones left out', async () => {
    const row = await shanghaiScience();
    const ranked = rankRefusals(row, 'zh');
    expect(ranked.map((r) => [r.row, r.count])).toEqual([
      ['unable_need_create', 6],
      ['unable_not_held', 4],
      ['denied_internal', 1],
      ['denied_process', 1]
    ]);
    expect(ranked[0].label).toBe('无法提供：没有现成信息需要另行制作');
    expect(ranked[0].share).toBe(6 / 12);
    expect(rankRefusals(row, 'en')[0].label).toBe('Unable: would need creating');
  });

  it('the refusal rows are the 8 + 3 + 5 sub-rows of 不予公开, 无法提供 and 不予处理', () => {
    expect(REFUSAL_ROWS).toHaveLength(16);
    expect(REFUSAL_ROWS.some((r) => r.startsWith('other_'))).toBe(false);
  });

  it('refusals of a whole year equal the CSV sums of the 16 rows', async () => {
    const rows = await applicationSums(db, { ...NO_FILTERS, scopes: ['agency'], origins: ['demo'] }, ['year']);
    const row = rows.find((r) => Number(r.year) === 2024);
    const ofYear = csv.filter((r) => r.scope === 'agency' && r.origin === 'demo' && r.year === '2024');
    const ranked = rankRefusals(row, 'zh');
    expect(ranked.length).toBeGreaterThan(0);
    for (const reason of ranked) expect(reason.count).toBe(sumOf(ofYear, `app_${reason.row}_total`).sum);
    const counts = ranked.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
