import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../src/lib/db/node';
import { filterOptions } from '../../../src/lib/queries/options';
import type { FilterOptions } from '../../../src/lib/queries/types';
import { ORIGIN_DIRS, readExportCsv, type CsvRow } from './export-data';

let options: FilterOptions;
let csv: CsvRow[];

beforeAll(async () => {
  options = await filterOptions(await createNodeDb(ORIGIN_DIRS));
  csv = readExportCsv('reports');
});

const distinct = (column: string): string[] => [...new Set(csv.map((r) => r[column]).filter((v) => v !== ''))];

describe('filterOptions', () => {
  it('offers exactly the years, formats, levels, scopes, kinds and origins the data has', () => {
    expect(options.years).toEqual(
      distinct('year')
        .map(Number)
        .sort((a, b) => a - b)
    );
    expect(options.formats).toEqual(distinct('format').map(Number).sort());
    expect([...options.levels].sort()).toEqual(distinct('level').sort());
    expect([...options.scopes].sort()).toEqual(distinct('scope').sort());
    expect([...options.bodyKinds].sort()).toEqual(distinct('body_kind').sort());
    expect([...options.origins].sort()).toEqual(distinct('origin').sort());
  });

  it('builds the region tree from the data, counties by their current names', () => {
    expect(options.regions.map((p) => p.name).sort()).toEqual(distinct('province').sort());
    for (const row of csv.filter((r) => r.province !== '' && r.city !== '')) {
      const province = options.regions.find((p) => p.name === row.province)!;
      expect(
        province.cities.map((c) => c.name),
        row.city
      ).toContain(row.city);
    }
    const luoyang = options.regions.find((p) => p.name === '河南省')?.cities.find((c) => c.name === '洛阳市');
    expect(luoyang, '河南省 → 洛阳市').toBeDefined();
    const counties = luoyang!.counties.map((c) => c.name);
    expect(counties).toContain('孟津区');
    expect(counties).not.toContain('孟津县');
    expect(counties).not.toContain('吉利区');
    expect(luoyang!.counties.find((c) => c.name === '孟津区')?.code).toBe('410308');
    // Current counties: every county name in the data, except the ones merged away.
    const current = distinct('county').filter((c) =>
      csv.some((r) => r.county === c && r.division_code === r.division_code_current)
    );
    const listed = options.regions
      .flatMap((p) => [...p.counties, ...p.cities.flatMap((c) => c.counties)])
      .map((c) => c.name);
    expect([...listed].sort()).toEqual(current.sort());
  });
});
