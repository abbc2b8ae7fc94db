/**
 * compareEntities for areas: each entity-year is one of areaTotals' sums (the adding-up rules of
 * totals.ts, checked against the CSVs in tests/unit/totals) with the whole-area reports of its area
 * and year beside it; a year range needs no new query; the one query reads only the columns it needs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters/types';
import { compareEntities, withinYears, type CompareLevel } from '../../../src/lib/queries/compare';
import { areaRowsSql, areaTotals, jurisdictionFor, type AreaTotalRow } from '../../../src/lib/queries/totals';
import { ORIGIN_DIRS } from '../queries/export-data';

const COLUMNS = ['permits', 'app_new_total', 'review_total', 'review_corrected'];
let db: QueryRunner;

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
});

const CASES: { name: string; filters: Filters; level: 'city' | 'county' }[] = [
  { name: 'cities, every year', filters: NO_FILTERS, level: 'city' },
  { name: 'cities, 2021-2022', filters: { ...NO_FILTERS, yearFrom: 2021, yearTo: 2022 }, level: 'city' },
  { name: 'districts of 洛阳市', filters: { ...NO_FILTERS, city: '洛阳市' }, level: 'county' },
  {
    name: 'districts of 洛阳市 from 2020',
    filters: { ...NO_FILTERS, city: '洛阳市', yearFrom: 2020 },
    level: 'county'
  },
  { name: 'districts, agency scope only', filters: { ...NO_FILTERS, scopes: ['agency'] }, level: 'county' }
];

describe('compareEntities for areas', () => {
  for (const c of CASES) {
    it(`agrees with areaTotals: ${c.name}`, async () => {
      const [entities, totals] = await Promise.all([
        compareEntities(db, c.filters, c.level, COLUMNS),
        areaTotals(db, c.filters, { level: c.level, measures: COLUMNS })
      ]);
      expect(entities.length).toBe(totals.sums.length);
      expect(entities.length).toBeGreaterThan(0);
      expect(entities.map((e) => e.sums)).toEqual(totals.sums);
      // Each sum carries the whole-area reports of its area and year, as jurisdictionFor finds them.
      for (const e of entities) expect(e.jurisdiction).toEqual(jurisdictionFor(totals, e.sums as AreaTotalRow));
      const jurisdiction = entities.flatMap((e) => e.jurisdiction);
      if (c.filters.scopes.includes('agency')) expect(jurisdiction).toEqual([]);
    });
  }

  it('has whole-area reports beside district sums (洛阳市)', async () => {
    const entities = await compareEntities(db, { ...NO_FILTERS, city: '洛阳市' }, 'county', COLUMNS);
    const beside = entities.filter((e) => e.jurisdiction.length > 0);
    expect(beside.length).toBeGreaterThan(0);
    for (const e of beside) expect(e.jurisdiction.every((j) => j.area === e.name && j.year === e.year)).toBe(true);
  });

  it('a year range is the no-range rows in those years, on every level', async () => {
    const cases: { filters: Filters; level: CompareLevel }[] = [
      { filters: { ...NO_FILTERS, yearFrom: 2021, yearTo: 2022 }, level: 'city' },
      { filters: { ...NO_FILTERS, city: '洛阳市', yearFrom: 2020 }, level: 'county' },
      { filters: { ...NO_FILTERS, county: '孟津区', yearTo: 2021 }, level: 'body' }
    ];
    for (const c of cases) {
      const ranged = await compareEntities(db, c.filters, c.level, COLUMNS);
      const all = await compareEntities(db, { ...c.filters, yearFrom: null, yearTo: null }, c.level, COLUMNS);
      expect(ranged.length).toBeGreaterThan(0);
      expect(ranged.length).toBeLessThan(all.length);
      expect(withinYears(all, c.filters)).toEqual(ranged);
    }
  });

  it('reads only the columns it needs, never SELECT *', () => {
    const { sql } = areaRowsSql(NO_FILTERS, 'county', ['permits']);
    expect(sql).not.toMatch(/SELECT\s+\*|\.\*/i);
    expect(sql).toContain('"permits"');
    expect(sql).not.toContain('"review_total"');
  });
});
