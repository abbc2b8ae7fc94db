/**
 * aggregate() against the repository's exports through duckdb-wasm, checked against sums computed
 * here from the CSV exports with papaparse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { aggregate } from '../../../src/lib/queries/aggregate';
import type { GroupKey } from '../../../src/lib/queries/types';
import { num, ORIGIN_DIRS, readExportCsv, sumOf, type CsvRow } from './export-data';

const MEASURES = [
  'permits',
  'penalties',
  'coercions',
  'fees_wan',
  'app_new_total',
  'review_total',
  'f19_permit_items_change'
];
/** Counties that were merged into 孟津区 (410308) in 2021. */
const OLD_MENGJIN = ['孟津县', '吉利区'];

let db: QueryRunner;
let csv: CsvRow[];

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
});

function groupBy(rows: readonly CsvRow[], key: (row: CsvRow) => string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

describe('aggregate', () => {
  it('sums by year equal the CSV sums, per origin, with counts of filled cells', async () => {
    for (const origin of ['real', 'demo'] as const) {
      const result = await aggregate(db, { ...NO_FILTERS, origins: [origin] }, { measures: MEASURES, by: ['year'] });
      const expected = groupBy(
        csv.filter((r) => r.origin === origin),
        (r) => r.year
      );
      expect(result.map((r) => String(r.year))).toEqual([...expected.keys()].sort());
      for (const row of result) {
        const rows = expected.get(String(row.year))!;
        expect(row.reports).toBe(rows.length);
        for (const m of MEASURES) {
          const { sum, n } = sumOf(rows, m);
          expect(row[`${m}__n`], `${origin} ${row.year} ${m}__n`).toBe(n);
          if (n === 0) expect(row[m], `${origin} ${row.year} ${m}`).toBeNull();
          else expect(row[m] as number, `${origin} ${row.year} ${m}`).toBeCloseTo(sum, 6);
        }
      }
    }
  });

  it('counts 孟津县 and 吉利区 (before 2021) as 孟津区, the current division', async () => {
    const old = csv.filter((r) => OLD_MENGJIN.includes(r.county) && r.scope === 'agency');
    expect(old.length, 'the exports have agency reports of 孟津县 or 吉利区').toBeGreaterThan(0);
    const result = await aggregate(
      db,
      { ...NO_FILTERS, scopes: ['agency'] },
      { measures: ['permits'], by: ['county', 'year'] }
    );
    expect(result.filter((r) => OLD_MENGJIN.includes(String(r.county)))).toEqual([]);
    for (const [year, rows] of groupBy(old, (r) => r.year)) {
      const all = csv.filter(
        (r) => r.year === year && r.scope === 'agency' && [...OLD_MENGJIN, '孟津区'].includes(r.county)
      );
      const mengjin = result.find((r) => r.county === '孟津区' && String(r.year) === year);
      expect(mengjin, `孟津区 ${year}`).toBeDefined();
      expect(mengjin!.reports).toBe(all.length);
      expect(mengjin!.reports).toBeGreaterThanOrEqual(rows.length);
      expect(mengjin!.permits).toBe(sumOf(all, 'permits').n === 0 ? null : sumOf(all, 'permits').sum);
    }
    // The county filter takes the current name too.
    const [filtered] = await aggregate(
      db,
      { ...NO_FILTERS, county: '孟津区', scopes: ['agency'] },
      { measures: [], by: [] }
    );
    expect(filtered.reports).toBe(
      csv.filter((r) => r.scope === 'agency' && [...OLD_MENGJIN, '孟津区'].includes(r.county)).length
    );
  });

  it('keeps only the asked format versions: fees exist in the 2021 format only', async () => {
    const [f2021] = await aggregate(db, NO_FILTERS, { measures: ['fees_wan'], by: [], formats: [2021] });
    const rows2021 = csv.filter((r) => r.format === '2021');
    expect(f2021.reports).toBe(rows2021.length);
    expect(f2021.fees_wan as number).toBeCloseTo(sumOf(rows2021, 'fees_wan').sum, 6);
    expect(f2021.fees_wan__n).toBe(sumOf(rows2021, 'fees_wan').n);

    const [f2019] = await aggregate(db, NO_FILTERS, { measures: ['fees_wan'], by: [], formats: [2019] });
    expect(f2019.reports).toBe(csv.filter((r) => r.format === '2019').length);
    expect(f2019.fees_wan__n).toBe(0);
    expect(f2019.fees_wan).toBeNull();
  });

  it('labels each body with its latest name and current county', async () => {
    const result = await aggregate(db, NO_FILTERS, { measures: ['penalties'], by: ['agency_id'] });
    const bodies = groupBy(csv, (r) => r.agency_id);
    expect(result.length).toBe(bodies.size);
    for (const row of result) {
      const rows = bodies.get(String(row.agency_id))!;
      const latest = Math.max(...rows.map((r) => Number(r.year)));
      expect(rows.filter((r) => Number(r.year) === latest).map((r) => r.agency)).toContain(row.agency);
      if (rows.some((r) => OLD_MENGJIN.includes(r.county))) expect(row.county).toBe('孟津区');
      expect(row.reports).toBe(rows.length);
      const { sum, n } = sumOf(rows, 'penalties');
      expect(row.penalties).toBe(n === 0 ? null : sum);
    }
  });

  it('applies the global filters', async () => {
    const years = [...new Set(csv.map((r) => Number(r.year)))].sort();
    const from = years[1] ?? years[0]!;
    const to = years.at(-1)!;
    const filters = { ...NO_FILTERS, yearFrom: from, yearTo: to, scopes: ['jurisdiction' as const] };
    const [row] = await aggregate(db, filters, { measures: ['permits'], by: [] });
    const expected = csv.filter((r) => num(r.year)! >= from && num(r.year)! <= to && r.scope === 'jurisdiction');
    expect(row.reports).toBe(expected.length);
    expect(row.permits__n).toBe(sumOf(expected, 'permits').n);
  });

  it('takes measures and keys only from the dictionary', async () => {
    await expect(aggregate(db, NO_FILTERS, { measures: ['agency'], by: [] })).rejects.toThrow(/number column/);
    await expect(
      aggregate(db, NO_FILTERS, { measures: ['permits); DROP TABLE reports; --'], by: [] })
    ).rejects.toThrow();
    await expect(aggregate(db, NO_FILTERS, { measures: ['permits'], by: ['origin' as GroupKey] })).rejects.toThrow();
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM reports');
    expect(n).toBe(csv.length);
  });
});
