/**
 * The adding-up rules (issue 4), written once:
 * - a district's or city's total is the sum of the `agency`-scope reports of the bodies in it;
 * - a `jurisdiction`-scope report (the government's whole-area report) is returned beside that sum
 *   as the government's own figure, never added to it; where the two differ, `differences` says so;
 * - every total says how many bodies it sums and how many bodies of that area have no report that
 *   year (a body "of the area" is an agency_id with an agency-scope report in that area in any year
 *   of the data under the other filters);
 * - districts are taken by their CURRENT division (孟津县 and 吉利区 2019–2020 count under 孟津区).
 * Litigation double counting and the 2019/2021 axis rule live in the metric dictionary
 * (MetricInfo.doubleCount, oneAxisAllowed).
 */
import type { QueryRunner, SqlParam } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import { NO_FILTERS, type Filters } from '../filters/types';
import { assertNumberColumn, ident } from './columns';
import type { AggregateRow } from './types';

/** What an area is: the whole selection, a city, or a county-level unit (current name). */
export type AreaLevel = 'all' | 'city' | 'county';

export interface TotalsRequest {
  level: AreaLevel;
  /** Export number columns to sum (NULL as 0; `<m>__n` counts filled cells). */
  measures: readonly string[];
}

/**
 * One area in one year: `area` (city or county name; null = bodies with no county, i.e. the city's
 * own bodies, or the whole selection for level `all`), `city`, `year`, the sums with `__n`,
 * `reports`, `bodies` summed and `missing` bodies of the area without a report that year.
 */
export type AreaTotalRow = AggregateRow & {
  area: string | null;
  city: string | null;
  year: number;
  bodies: number;
  missing: number;
};

/** A government's whole-area report for an area and year (never part of a sum). */
export type JurisdictionRow = AggregateRow & {
  area: string | null;
  city: string | null;
  year: number;
  agency_id: string;
  agency: string;
};

export interface AreaTotals {
  sums: AreaTotalRow[];
  jurisdiction: JurisdictionRow[];
}

/** The area column of each level (county by its current name, derived at load time). */
const AREA_EXPR: Record<AreaLevel, string> = {
  all: 'CAST(NULL AS VARCHAR)',
  city: 'city',
  county: 'county_current'
};

/**
 * One row of `areaRowsSql`: an area's bodies over every year (`uni`: `bodies` is the area's universe),
 * an area-year's agency-scope sum (`sum`), or a whole-area report beside it (`jur`). `all_` marks the
 * rows of the whole selection; per-province rows (`byProvince`) carry their province in `province_`.
 */
export type AreaRow = AggregateRow & {
  kind_: 'uni' | 'sum' | 'jur';
  all_: boolean;
  province_: string | null;
  area: string | null;
  city: string | null;
  year: number | null;
  bodies: number | null;
  agency_id: string | null;
  agency: string | null;
};

/**
 * The areas' universes, sums AND the whole-area reports beside them in ONE query that reads only
 * the columns it needs (never a `SELECT *` over the ~240 columns) and returns only groups that
 * exist: the rows every area gets for every year (a year with no report of the area: 0 reports, all
 * its bodies missing) are filled in by `splitAreaRows`, which is cheaper than a cross join in SQL.
 * Sums take agency-scope reports in the year range; the universe of an area's bodies ignores the
 * range; whole-area reports come only when the scope filter allows them (never for level `all`).
 *
 * `byProvince`: the province filter is left out and the rows come twice, for the whole selection
 * (`all_`) and for each province apart (GROUPING SETS), so a province change is cut from one answer
 * (`splitAreaRowsByProvince`) exactly as if it had been asked with that province.
 */
export function areaRowsSql(
  filters: Filters,
  level: AreaLevel,
  columns: readonly string[],
  byProvince = false
): { sql: string; params: SqlParam[] } {
  const measures = [...new Set(columns.map(assertNumberColumn))];
  const where = filtersToWhere({
    ...filters,
    yearFrom: null,
    yearTo: null,
    scopes: [],
    province: byProvince ? null : filters.province
  });
  // The year range alone (TRUE when none): it decides the years summed, not the bodies of an area.
  const range = filtersToWhere({ ...NO_FILTERS, yearFrom: filters.yearFrom, yearTo: filters.yearTo });
  // The city of a county: grouping by it too keeps same-named districts of two cities apart.
  const city = level === 'all' ? 'CAST(NULL AS VARCHAR)' : 'city';
  const wantJurisdiction = level !== 'all' && (filters.scopes.length === 0 || filters.scopes.includes('jurisdiction'));
  // Whose whole-area report stands beside an area: the county-level (or city-level) government's.
  const own =
    level === 'county'
      ? `level = 'county' AND county_current IS NOT NULL`
      : `level = 'city' AND county IS NULL AND city IS NOT NULL`;
  const m = measures.map(ident);
  const counts = measures.map((c) => ident(`${c}__n`));
  // NULL cells count as 0 in a sum; `__n` counts filled cells (a group with none sums to NULL).
  const measureSums = m.map((c, i) => `, sum(${c})::DOUBLE AS ${c}, count(${c})::INTEGER AS ${counts[i]}`).join('');
  const noMeasures = m.map((c, i) => `, CAST(NULL AS DOUBLE) AS ${c}, CAST(NULL AS INTEGER) AS ${counts[i]}`).join('');
  const groups = (keys: string): string => (byProvince ? `GROUPING SETS ((${keys}), (prov_, ${keys}))` : keys);
  const province = byProvince
    ? `GROUPING(prov_) = 1 AS all_, CASE WHEN GROUPING(prov_) = 0 THEN prov_ END AS province_`
    : `TRUE AS all_, CAST(NULL AS VARCHAR) AS province_`;
  const sql = `
    WITH base AS (
      SELECT ${byProvince ? 'province' : 'CAST(NULL AS VARCHAR)'} AS prov_, ${AREA_EXPR[level]} AS area_, ${city} AS city_,
        year, agency_id, agency, scope = 'agency' AS agency_, (${range.sql}) AS in_range_,
        ${wantJurisdiction ? `scope = 'jurisdiction' AND ${own}` : 'FALSE'} AS own_
        ${m.map((c) => `, ${c}`).join('')}
      FROM reports WHERE ${where.sql}
    )
    SELECT 'uni' AS kind_, ${province}, area_ AS area, city_ AS city, CAST(NULL AS INTEGER) AS year,
      count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS bodies,
      CAST(NULL AS VARCHAR) AS agency_id, CAST(NULL AS VARCHAR) AS agency ${noMeasures}
    FROM base WHERE agency_ GROUP BY ${groups('area_, city_')}
    UNION ALL
    SELECT 'sum', ${province}, area_, city_, year, count(*)::INTEGER, count(DISTINCT agency_id)::INTEGER, NULL, NULL
      ${measureSums}
    FROM base WHERE agency_ AND in_range_ GROUP BY ${groups('area_, city_, year')}
    UNION ALL
    SELECT 'jur', ${province}, area_, city_, year, count(*)::INTEGER, NULL, agency_id, first(agency ORDER BY year DESC)
      ${measureSums}
    FROM base WHERE own_ AND in_range_ GROUP BY ${groups('area_, city_, year, agency_id')}
    ORDER BY kind_ DESC, all_ DESC, province_ NULLS LAST, city NULLS LAST, area NULLS LAST, year, agency_id`;
  return { sql, params: [...range.params, ...where.params] };
}

/**
 * The rows of one selection (`all_`, or one province) as the sums and, apart, the whole-area
 * reports beside them: every area of the universe gets a row for every year that has an
 * agency-scope report in the selection, ordered by city, area (NULLs last) and year; a year with no
 * report of the area has 0 reports, NULL sums with `__n` 0, and all the area's bodies missing.
 */
function assemble(rows: readonly AreaRow[], measures: readonly string[]): AreaTotals {
  const universes: AreaRow[] = [];
  const found = new Map<string, AreaRow>();
  const years = new Set<number>();
  const jurisdiction: JurisdictionRow[] = [];
  for (const row of rows) {
    if (row.kind_ === 'uni') universes.push(row);
    else if (row.kind_ === 'sum') {
      const year = Number(row.year);
      years.add(year);
      found.set(areaYearKey({ area: row.area, city: row.city, year }), row);
    } else {
      const { kind_: _k, all_: _a, province_: _p, bodies: _b, ...j } = row;
      jurisdiction.push({ ...j, year: Number(row.year), agency_id: j.agency_id ?? '', agency: j.agency ?? '' });
    }
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const sums: AreaTotalRow[] = [];
  for (const u of universes) {
    const universe = u.bodies ?? 0;
    for (const year of sortedYears) {
      const key = { area: u.area, city: u.city, year };
      const s = found.get(areaYearKey(key));
      const bodies = s?.bodies ?? 0;
      const row: AreaTotalRow = { ...key, reports: s?.reports ?? 0, bodies, missing: universe - bodies };
      for (const c of measures) {
        row[c] = s ? s[c] : null;
        row[`${c}__n`] = s ? s[`${c}__n`] : 0;
      }
      sums.push(row);
    }
  }
  return { sums, jurisdiction };
}

/** The rows of `areaRowsSql` (asked with `measures`) as the sums and, apart, the whole-area reports beside them. */
export function splitAreaRows(rows: readonly AreaRow[], measures: readonly string[]): AreaTotals {
  return assemble(
    rows.filter((r) => r.all_),
    measures
  );
}

/** An answer of `areaRowsSql(…, byProvince = true)`: the whole selection's totals and each province's. */
export interface AreaTotalsByProvince {
  all: AreaTotals;
  provinces: Map<string, AreaTotals>;
}

/** The rows of `areaRowsSql(…, true)` split into the whole selection and each province (as `splitAreaRows`). */
export function splitAreaRowsByProvince(rows: readonly AreaRow[], measures: readonly string[]): AreaTotalsByProvince {
  const byProvince = new Map<string, AreaRow[]>();
  for (const r of rows) {
    // Reports without a province are in the whole selection only: no province filter selects them.
    if (r.all_ || r.province_ === null) continue;
    const list = byProvince.get(r.province_);
    if (list) list.push(r);
    else byProvince.set(r.province_, [r]);
  }
  return {
    all: splitAreaRows(rows, measures),
    provinces: new Map([...byProvince].map(([p, list]) => [p, assemble(list, measures)]))
  };
}

/** The sums of each area and year, and the whole-area reports beside them. */
export async function areaTotals(runner: QueryRunner, filters: Filters, request: TotalsRequest): Promise<AreaTotals> {
  const { sql, params } = areaRowsSql(filters, request.level, request.measures);
  return splitAreaRows(await runner.query<AreaRow>(sql, params), request.measures);
}

/** One key per area (city, county) and year: the sums and the whole-area reports beside them meet on it. */
export function areaYearKey(row: Pick<AreaTotalRow, 'area' | 'city' | 'year'>): string {
  return `${row.city ?? ''}\u0000${row.area ?? ''}\u0000${row.year}`;
}

/** The whole-area reports of one area and year (usually one; two when two governments report). */
export function jurisdictionFor(
  totals: AreaTotals,
  row: Pick<AreaTotalRow, 'area' | 'city' | 'year'>
): JurisdictionRow[] {
  return totals.jurisdiction.filter((j) => j.area === row.area && j.city === row.city && j.year === row.year);
}

export interface Difference {
  measure: string;
  /** The agency-scope sum (null when no report filled the cell). */
  sum: number | null;
  /** The government's whole-area figure. */
  jurisdiction: number | null;
}

/**
 * Measures where the sum of the bodies' own reports and the government's whole-area figure
 * differ (a whole-area report also covers units that publish no report of their own, so it is
 * often larger; it is never added to the sum).
 */
export function differences(
  sum: AggregateRow,
  jurisdiction: AggregateRow,
  measures: readonly string[],
  tolerance = 1e-6
): Difference[] {
  const value = (row: AggregateRow, m: string): number | null => {
    const v = row[m];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  return measures
    .map((m) => ({ measure: m, sum: value(sum, m), jurisdiction: value(jurisdiction, m) }))
    .filter((d) => d.jurisdiction !== null && Math.abs((d.sum ?? 0) - d.jurisdiction) > tolerance);
}
