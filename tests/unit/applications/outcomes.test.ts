/**
 * Outcome shares and 公开率 count only reports whose outcome rows are filled (at least one leaf
 * outcome cell not NULL). Checked against the exports' CSV, read with papaparse independently of the
 * code under test, and against the real report that fills only （七）总计 (上海市人民政府办公厅 2019).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters/types';
import { ratio } from '../../../src/lib/metrics';
import { CARRY_OUT_RATE, DISCLOSURE_RATE, DISCLOSURE_RATE_STRICT } from '../../../src/lib/metrics/derived';
import {
  applicationRows,
  OUTCOME_MEASURES,
  OUTCOME_REPORTS,
  TOTAL_ONLY_CASES,
  TOTAL_ONLY_REPORTS
} from '../../../src/lib/queries/applications';
import type { GroupKey } from '../../../src/lib/queries/types';
import { groupCount, OUTCOME_GROUPS, outcomeTotal } from '../../../src/lib/ui/applications/shape';
import { num, ORIGIN_DIRS, readExportCsv, sumOf, type CsvRow } from '../queries/export-data';

let db: QueryRunner;
let csv: CsvRow[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
}, 60_000);

const OUTCOME_TOTAL = 'app_outcome_total_total';
/** Leaf outcome cells, found from the CSV header: every `_total` of section 三 but the four non-outcome rows. */
const leafColumns = (row: CsvRow): string[] =>
  Object.keys(row).filter(
    (c) =>
      /^app_.*_total$/.test(c) &&
      !['app_new_total', 'app_carried_in_total', 'app_outcome_total_total', 'app_carried_out_total'].includes(c)
  );
const filled = (row: CsvRow): boolean => leafColumns(row).some((c) => num(row[c]) !== null);

describe('outcome shares over filled reports only: the real 2019 reports', () => {
  const real2019: Filters = { ...NO_FILTERS, origins: ['real'], yearFrom: 2019, yearTo: 2019 };

  it('the CSV has the case: 上海市人民政府办公厅 2019 fills （七）总计 = 805 and no outcome row', () => {
    const shanghai = csv.filter((r) => r.origin === 'real' && r.year === '2019' && r.agency === '上海市人民政府办公厅');
    expect(shanghai).toHaveLength(1);
    expect(shanghai[0][OUTCOME_TOTAL]).toBe('805');
    expect(filled(shanghai[0])).toBe(false);
    expect(leafColumns(shanghai[0])).toHaveLength(21);
  });

  it('both scopes: 平潭 (filled) alone makes the denominator; 上海 is left out and counted as such', async () => {
    const rows = await applicationRows(db, real2019, ['year']);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    const ofYear = csv.filter((r) => r.origin === 'real' && r.year === '2019');
    const kept = ofYear.filter(filled);
    const left = ofYear.filter((r) => !filled(r) && num(r[OUTCOME_TOTAL]) !== null);
    expect(kept.length).toBeGreaterThan(0);
    expect(left).toHaveLength(1);

    const den = sumOf(kept, OUTCOME_TOTAL).sum;
    const granted = sumOf(kept, 'app_granted_total').sum;
    const partial = sumOf(kept, 'app_partial_total').sum;
    expect(row.reports).toBe(ofYear.length);
    expect(row[OUTCOME_REPORTS]).toBe(kept.length);
    expect(row[TOTAL_ONLY_REPORTS]).toBe(1);
    expect(row[TOTAL_ONLY_CASES]).toBe(805);
    expect(outcomeTotal(row)).toBe(den);
    expect(ratio(row, DISCLOSURE_RATE)).toEqual({
      numerator: granted + partial,
      denominator: den,
      value: (granted + partial) / den
    });
    expect(ratio(row, DISCLOSURE_RATE_STRICT)).toEqual({ numerator: granted, denominator: den, value: granted / den });
    // As printed in 平潭综合实验区's 2019 report: 予以公开 7, 部分公开 1 of （七）总计 23 (not of 23 + 805).
    expect([granted, partial, den]).toEqual([7, 1, 23]);
    // The shares of the six groups add to 100% of the filled reports' total.
    const shares = OUTCOME_GROUPS.map((g) => groupCount(row, g) / den);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('agency scope: the only report fills no outcome row, so no share and no 公开率, n = 0', async () => {
    const [row] = await applicationRows(db, { ...real2019, scopes: ['agency'] }, ['year']);
    expect(row.reports).toBe(1);
    expect(row[OUTCOME_REPORTS]).toBe(0);
    expect(row[TOTAL_ONLY_REPORTS]).toBe(1);
    expect(row[TOTAL_ONLY_CASES]).toBe(805);
    expect(outcomeTotal(row)).toBe(0);
    expect(ratio(row, DISCLOSURE_RATE)).toEqual({ numerator: 0, denominator: 0, value: null });
    // The carry-over rate does not depend on the outcome rows: it still uses every report.
    const shanghai = csv.find((r) => r.origin === 'real' && r.year === '2019' && r.scope === 'agency');
    expect(shanghai).toBeDefined();
    const base = (num(shanghai?.app_new_total) ?? 0) + (num(shanghai?.app_carried_in_total) ?? 0);
    expect(ratio(row, CARRY_OUT_RATE).denominator).toBe(base);
  });
});

describe('outcome sums equal the CSV sums over filled reports, every group', () => {
  const keyOf: Record<string, (r: CsvRow) => string> = {
    year: (r) => r.year,
    agency_id: (r) => r.agency_id
  };
  for (const by of ['year', 'agency_id'] as const satisfies readonly GroupKey[]) {
    it(`by ${by}, both origins and scopes`, async () => {
      const rows = await applicationRows(db, NO_FILTERS, [by]);
      expect(rows.length).toBeGreaterThan(by === 'year' ? 5 : 50);
      for (const row of rows) {
        const group = csv.filter((r) => keyOf[by](r) === String(row[by]));
        const kept = group.filter(filled);
        expect(row.reports, String(row[by])).toBe(group.length);
        expect(row[OUTCOME_REPORTS], String(row[by])).toBe(kept.length);
        for (const m of OUTCOME_MEASURES) {
          const expected = sumOf(kept, m);
          expect(row[`${m}__n`], `${row[by]} ${m} n`).toBe(expected.n);
          expect(row[m] ?? 0, `${row[by]} ${m}`).toBe(expected.sum);
        }
        // Cells outside the outcome mix keep the sums over every report.
        expect(row['app_new_total'] ?? 0).toBe(sumOf(group, 'app_new_total').sum);
        const left = group.filter((r) => !filled(r) && num(r[OUTCOME_TOTAL]) !== null);
        expect(row[TOTAL_ONLY_REPORTS]).toBe(left.length);
        expect(row[TOTAL_ONLY_CASES]).toBe(sumOf(left, OUTCOME_TOTAL).sum);
      }
    });
  }
});
