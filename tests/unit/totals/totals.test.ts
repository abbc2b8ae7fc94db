/**
 * The adding-up rules against the repository's exports through duckdb-wasm, checked against sums
 * computed here from the CSVs: agency-scope sums per district (current division) and year, bodies
 * summed and missing, whole-area reports beside and never inside the sums.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import type { QueryRunner } from '../../../src/lib/db/types';
import { NO_FILTERS } from '../../../src/lib/filters/types';
import { areaTotals, differences, jurisdictionFor, type AreaTotals } from '../../../src/lib/queries/totals';
import { ORIGIN_DIRS, readExportCsv, sumOf, type CsvRow } from '../queries/export-data';

let db: QueryRunner;
let csv: CsvRow[];
let county: AreaTotals;
const CITY = '洛阳市';
const MEASURES = ['permits', 'review_total', 'suit_direct_total'];

/** A code's current county name, from reports whose division did not change. */
let currentName: Map<string, string>;
const countyOf = (r: CsvRow): string => (r.county === '' ? '' : (currentName.get(r.division_code_current) ?? r.county));

beforeAll(async () => {
  db = await createNodeDb(ORIGIN_DIRS);
  csv = readExportCsv('reports');
  currentName = new Map(
    csv
      .filter((r) => r.county !== '' && r.division_code === r.division_code_current)
      .map((r) => [r.division_code_current, r.county])
  );
  county = await areaTotals(db, { ...NO_FILTERS, city: CITY }, { level: 'county', measures: MEASURES });
});

describe('areaTotals by county', () => {
  it('sums agency-scope reports per current district and year, with bodies summed and missing', () => {
    const agency = csv.filter((r) => r.city === CITY && r.scope === 'agency');
    const years = [...new Set(agency.map((r) => Number(r.year)))];
    const areas = [...new Set(agency.map(countyOf))];
    expect(county.sums.length).toBe(years.length * areas.length);
    for (const row of county.sums) {
      const key = row.area ?? '';
      const inArea = agency.filter((r) => countyOf(r) === key);
      const rows = inArea.filter((r) => Number(r.year) === row.year);
      const bodies = new Set(rows.map((r) => r.agency_id)).size;
      expect(row.reports, `${key} ${row.year}`).toBe(rows.length);
      expect(row.bodies, `${key} ${row.year}`).toBe(bodies);
      expect(row.missing, `${key} ${row.year}`).toBe(new Set(inArea.map((r) => r.agency_id)).size - bodies);
      for (const m of MEASURES) {
        const { sum, n } = sumOf(rows, m);
        expect(row[`${m}__n`]).toBe(n);
        expect(row[m]).toBe(n === 0 ? null : sum);
      }
    }
    // 孟津县 and 吉利区 (2019–2020) are counted under 孟津区; no row carries the old names.
    expect(county.sums.some((r) => r.area === '孟津县' || r.area === '吉利区')).toBe(false);
    const mengjin2020 = county.sums.find((r) => r.area === '孟津区' && r.year === 2020)!;
    expect(mengjin2020.reports).toBe(
      agency.filter((r) => r.year === '2020' && ['孟津县', '吉利区', '孟津区'].includes(r.county)).length
    );
  });

  it('a body missing for a year is counted: 汝阳县综合行政执法局 has no 2021 report', () => {
    const ruyang = county.sums.find((r) => r.area === '汝阳县' && r.year === 2021)!;
    const ruyang2022 = county.sums.find((r) => r.area === '汝阳县' && r.year === 2022)!;
    expect(ruyang.missing).toBe(ruyang2022.missing + 1);
  });

  it('whole-area reports stand beside the sum, never inside it, and differences are reported', () => {
    const row = county.sums.find((r) => r.area === '孟津区' && r.year === 2019)!;
    const gov = jurisdictionFor(county, row);
    // Two governments covered today's 孟津区 in 2019: 孟津县 and 吉利区.
    expect(gov.map((g) => g.agency).sort()).toEqual(['吉利区人民政府', '孟津县人民政府']);
    const govCsv = csv.filter(
      (r) => r.scope === 'jurisdiction' && r.year === '2019' && ['孟津县', '吉利区'].includes(r.county)
    );
    expect(gov.map((g) => g.permits).sort()).toEqual(govCsv.map((r) => Number(r.permits)).sort());
    const agencySum = sumOf(
      csv.filter((r) => r.scope === 'agency' && r.year === '2019' && ['孟津县', '吉利区'].includes(r.county)),
      'permits'
    ).sum;
    expect(row.permits).toBe(agencySum);
    const d = differences(row, gov[0], MEASURES);
    expect(d.map((x) => x.measure)).toContain('permits');
    expect(differences(row, row, MEASURES)).toEqual([]);
  });

  it('scope=agency hides whole-area reports; the sums are unchanged', async () => {
    const only = await areaTotals(
      db,
      { ...NO_FILTERS, city: CITY, scopes: ['agency'] },
      { level: 'county', measures: MEASURES }
    );
    expect(only.jurisdiction).toEqual([]);
    expect(only.sums).toEqual(county.sums);
  });
});

describe('areaTotals by city and for the whole selection', () => {
  it('city sums count every agency-scope report of the city; the city government is beside', async () => {
    const city = await areaTotals(db, NO_FILTERS, { level: 'city', measures: ['permits'] });
    const row = city.sums.find((r) => r.area === CITY && r.year === 2023)!;
    const rows = csv.filter((r) => r.city === CITY && r.scope === 'agency' && r.year === '2023');
    expect(row.reports).toBe(rows.length);
    expect(row.permits).toBe(sumOf(rows, 'permits').sum);
    const gov = jurisdictionFor(city, row);
    expect(gov.map((g) => g.agency)).toEqual(['洛阳市人民政府']);
    const all = await areaTotals(
      db,
      { ...NO_FILTERS, yearFrom: 2023, yearTo: 2023 },
      { level: 'all', measures: ['permits'] }
    );
    expect(all.sums).toHaveLength(1);
    const every = csv.filter((r) => r.scope === 'agency' && r.year === '2023');
    expect(all.sums[0].reports).toBe(every.length);
    expect(all.sums[0].bodies).toBe(new Set(every.map((r) => r.agency_id)).size);
    expect(all.sums[0].permits).toBe(sumOf(every, 'permits').sum);
    expect(all.jurisdiction).toEqual([]);
  });
});
