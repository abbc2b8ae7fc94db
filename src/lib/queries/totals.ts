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

/** One row of `areaRowsSql`: an area's agency-scope sum (`sum`) or a whole-area report beside it (`jur`). */
export type AreaRow = AggregateRow & {
  kind_: 'sum' | 'jur';
  area: string | null;
  city: string | null;
  year: number;
  bodies: number | null;
  missing: number | null;
  agency_id: string | null;
  agency: string | null;
};

/**
 * The areas' sums AND the whole-area reports beside them in ONE query that reads only the columns it
 * needs (the engine scans `reports` once and never carries its ~240 columns through a `SELECT *`).
 * Sums take agency-scope reports in the year range; the universe of an area's bodies ignores the
 * range; whole-area reports come only when the scope filter allows them (never for level `all`).
 */
export function areaRowsSql(
  filters: Filters,
  level: AreaLevel,
  columns: readonly string[]
): { sql: string; params: SqlParam[] } {
  const measures = [...new Set(columns.map(assertNumberColumn))];
  const where = filtersToWhere({ ...filters, yearFrom: null, yearTo: null, scopes: [] });
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
  // NULL cells count as 0 in a sum; `__n` counts filled cells (a group with none sums to NULL).
  const measureSums = measures
    .map((c, i) => `, sum(${m[i]})::DOUBLE AS ${m[i]}, count(${m[i]})::INTEGER AS ${ident(`${c}__n`)}`)
    .join('');
  const sql = `
    WITH base AS (
      SELECT ${AREA_EXPR[level]} AS area_, ${city} AS city_, year, agency_id, agency, scope = 'agency' AS agency_,
        (${range.sql}) AS in_range_,
        ${wantJurisdiction ? `scope = 'jurisdiction' AND ${own}` : 'FALSE'} AS own_
        ${m.map((c) => `, ${c}`).join('')}
      FROM reports WHERE ${where.sql}
    ),
    universe AS (SELECT area_, city_, count(DISTINCT agency_id)::INTEGER AS universe FROM base WHERE agency_ GROUP BY area_, city_),
    years AS (SELECT DISTINCT year FROM base WHERE agency_ AND in_range_),
    sums AS (
      SELECT area_, city_, year, count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS bodies ${measureSums}
      FROM base WHERE agency_ AND in_range_ GROUP BY area_, city_, year
    )
    SELECT 'sum' AS kind_, u.area_ AS area, u.city_ AS city, y.year AS year,
      coalesce(s.reports, 0)::INTEGER AS reports, coalesce(s.bodies, 0)::INTEGER AS bodies,
      (u.universe - coalesce(s.bodies, 0))::INTEGER AS missing,
      CAST(NULL AS VARCHAR) AS agency_id, CAST(NULL AS VARCHAR) AS agency
      ${measures.map((c, i) => `, s.${m[i]}, coalesce(s.${ident(`${c}__n`)}, 0)::INTEGER AS ${ident(`${c}__n`)}`).join('')}
    FROM universe u CROSS JOIN years y
    LEFT JOIN sums s ON s.area_ IS NOT DISTINCT FROM u.area_ AND s.city_ IS NOT DISTINCT FROM u.city_ AND s.year = y.year
    UNION ALL
    SELECT 'jur', area_, city_, year, count(*)::INTEGER, NULL, NULL, agency_id, first(agency ORDER BY year DESC)
      ${measureSums}
    FROM base WHERE own_ AND in_range_
    GROUP BY area_, city_, year, agency_id
    ORDER BY kind_ DESC, city NULLS LAST, area NULLS LAST, year, agency_id`;
  return { sql, params: [...range.params, ...where.params] };
}

/** The rows of `areaRowsSql` as the sums and, apart, the whole-area reports beside them (same order). */
export function splitAreaRows(rows: readonly AreaRow[]): AreaTotals {
  const sums: AreaTotalRow[] = [];
  const jurisdiction: JurisdictionRow[] = [];
  for (const { kind_, ...r } of rows) {
    if (kind_ === 'sum') {
      const { agency_id: _id, agency: _name, ...sum } = r;
      sums.push({ ...sum, bodies: r.bodies ?? 0, missing: r.missing ?? 0 });
    } else {
      const { bodies: _b, missing: _m, ...j } = r;
      jurisdiction.push({ ...j, agency_id: j.agency_id ?? '', agency: j.agency ?? '' });
    }
  }
  return { sums, jurisdiction };
}

/** The sums of each area and year, and the whole-area reports beside them. */
export async function areaTotals(runner: QueryRunner, filters: Filters, request: TotalsRequest): Promise<AreaTotals> {
  const { sql, params } = areaRowsSql(filters, request.level, request.measures);
  return splitAreaRows(await runner.query<AreaRow>(sql, params));
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
