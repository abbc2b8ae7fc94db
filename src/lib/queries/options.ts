/** What the filter bar can offer: only values the loaded data has, regions by their current names. */
import type { QueryRunner } from '../db/types';
import { BODY_KINDS, LEVELS, ORIGINS, SCOPES } from '../filters/url';
import type { FormatVersion } from '../schema/columns';
import type { CountyOption, FilterOptions, ProvinceOption } from './types';

interface RegionRow extends Record<string, unknown> {
  province: string;
  city: string | null;
  county: string | null;
  code: string | null;
}

/** Division codes put regions in the official order; names break ties and order code-less ones. */
function byCodeThenName(a: { code: string | null; name: string }, b: { code: string | null; name: string }): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return a.code < b.code ? -1 : 1;
  }
  return a.name.localeCompare(b.name, 'zh');
}

export function regionTree(rows: readonly RegionRow[]): ProvinceOption[] {
  type CityNode = { name: string; code: string | null; counties: CountyOption[] };
  type ProvinceNode = { name: string; code: string | null; cities: Map<string, CityNode>; counties: CountyOption[] };
  const provinces = new Map<string, ProvinceNode>();
  const minCode = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a < b ? a : b);

  for (const row of rows) {
    let province = provinces.get(row.province);
    if (!province)
      provinces.set(row.province, (province = { name: row.province, code: row.code, cities: new Map(), counties: [] }));
    province.code = minCode(province.code, row.code);
    let city: CityNode | undefined;
    if (row.city !== null) {
      city = province.cities.get(row.city);
      if (!city) province.cities.set(row.city, (city = { name: row.city, code: row.code, counties: [] }));
      city.code = minCode(city.code, row.code);
    }
    if (row.county !== null) {
      const list = city ? city.counties : province.counties;
      if (!list.some((c) => c.name === row.county)) list.push({ name: row.county, code: row.code });
    }
  }

  return [...provinces.values()].sort(byCodeThenName).map((p) => ({
    name: p.name,
    cities: [...p.cities.values()]
      .sort(byCodeThenName)
      .map((c) => ({ name: c.name, counties: c.counties.sort(byCodeThenName) })),
    counties: p.counties.sort(byCodeThenName)
  }));
}

async function distinct(runner: QueryRunner, column: 'level' | 'scope' | 'body_kind' | 'origin'): Promise<Set<string>> {
  const rows = await runner.query<{ v: string }>(
    `SELECT DISTINCT ${column} AS v FROM reports WHERE ${column} IS NOT NULL`
  );
  return new Set(rows.map((r) => r.v));
}

export async function filterOptions(runner: QueryRunner): Promise<FilterOptions> {
  const [years, formats, regions, levels, scopes, kinds, origins] = await Promise.all([
    runner.query<{ year: number }>('SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year'),
    runner.query<{ format: number }>('SELECT DISTINCT format FROM reports WHERE format IS NOT NULL ORDER BY format'),
    // One row per (province, city, current county), with the smallest current code seen for it.
    runner.query<RegionRow>(
      `SELECT province, city, county_current AS county, min(division_code_current) AS code
       FROM reports WHERE province IS NOT NULL
       GROUP BY province, city, county_current`
    ),
    distinct(runner, 'level'),
    distinct(runner, 'scope'),
    distinct(runner, 'body_kind'),
    distinct(runner, 'origin')
  ]);
  return {
    years: years.map((r) => r.year),
    regions: regionTree(regions),
    levels: LEVELS.filter((v) => levels.has(v)),
    scopes: SCOPES.filter((v) => scopes.has(v)),
    bodyKinds: BODY_KINDS.filter((v) => kinds.has(v)),
    origins: ORIGINS.filter((v) => origins.has(v)),
    formats: formats.map((r) => r.format).filter((f): f is FormatVersion => f === 2019 || f === 2021)
  };
}
