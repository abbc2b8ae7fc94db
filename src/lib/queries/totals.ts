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
import type { Filters } from '../filters/types';
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

/** The user's filters without year range and scope: the totals decide those themselves. */
function baseFilters(filters: Filters): Filters {
  return { ...filters, yearFrom: null, yearTo: null, scopes: [] };
}

function yearCondition(filters: Filters): { sql: string; params: SqlParam[] } {
  const parts: string[] = [];
  const params: SqlParam[] = [];
  if (filters.yearFrom !== null) {
    parts.push('year >= ?');
    params.push(filters.yearFrom);
  }
  if (filters.yearTo !== null) {
    parts.push('year <= ?');
    params.push(filters.yearTo);
  }
  return { sql: parts.length === 0 ? 'TRUE' : parts.join(' AND '), params };
}

function sumSelect(measures: readonly string[]): string[] {
  return measures.flatMap((m) => [
    `sum(${ident(m)})::DOUBLE AS ${ident(m)}`,
    `count(${ident(m)})::INTEGER AS ${ident(`${m}__n`)}`
  ]);
}

/** SQL of the agency-scope sums, one row per area and year of the selection (exported for tests). */
export function areaSumsSql(filters: Filters, request: TotalsRequest): { sql: string; params: SqlParam[] } {
  const measures = [...new Set(request.measures.map(assertNumberColumn))];
  const where = filtersToWhere(baseFilters(filters));
  const years = yearCondition(filters);
  const area = AREA_EXPR[request.level];
  // The city of a county: grouping by it too keeps same-named districts of two cities apart.
  const city = request.level === 'all' ? 'CAST(NULL AS VARCHAR)' : 'city';
  const sql = `
    WITH base AS (
      SELECT *, ${area} AS area_, ${city} AS city_, (${years.sql}) AS in_range_
      FROM reports WHERE ${where.sql} AND scope = 'agency'
    ),
    universe AS (SELECT area_, city_, count(DISTINCT agency_id)::INTEGER AS universe FROM base GROUP BY area_, city_),
    years AS (SELECT DISTINCT year FROM base WHERE in_range_),
    sums AS (
      SELECT area_, city_, year, count(*)::INTEGER AS reports, count(DISTINCT agency_id)::INTEGER AS bodies
        ${sumSelect(measures)
          .map((s) => `, ${s}`)
          .join('')}
      FROM base WHERE in_range_ GROUP BY area_, city_, year
    )
    SELECT u.area_ AS area, u.city_ AS city, y.year AS year,
      coalesce(s.reports, 0)::INTEGER AS reports, coalesce(s.bodies, 0)::INTEGER AS bodies,
      (u.universe - coalesce(s.bodies, 0))::INTEGER AS missing
      ${measures.map((m) => `, s.${ident(m)}, coalesce(s.${ident(`${m}__n`)}, 0)::INTEGER AS ${ident(`${m}__n`)}`).join('')}
    FROM universe u CROSS JOIN years y
    LEFT JOIN sums s ON s.area_ IS NOT DISTINCT FROM u.area_ AND s.city_ IS NOT DISTINCT FROM u.city_ AND s.year = y.year
    ORDER BY u.city_ NULLS LAST, u.area_ NULLS LAST, y.year`;
  return { sql, params: [...years.params, ...where.params] };
}

/**
 * SQL of the whole-area reports that stand beside each area's sum: for a county, the county-level
 * governments' jurisdiction reports in it; for a city, the city-level ones with no county.
 */
export function jurisdictionSql(filters: Filters, request: TotalsRequest): { sql: string; params: SqlParam[] } | null {
  if (request.level === 'all') return null;
  const measures = [...new Set(request.measures.map(assertNumberColumn))];
  const where = filtersToWhere({ ...filters, scopes: [] });
  const own =
    request.level === 'county'
      ? `level = 'county' AND county_current IS NOT NULL`
      : `level = 'city' AND county IS NULL AND city IS NOT NULL`;
  const sql = `
    SELECT ${AREA_EXPR[request.level]} AS area, city, year, agency_id,
      first(agency ORDER BY year DESC) AS agency, count(*)::INTEGER AS reports
      ${sumSelect(measures)
        .map((s) => `, ${s}`)
        .join('')}
    FROM reports WHERE ${where.sql} AND scope = 'jurisdiction' AND ${own}
    GROUP BY area, city, year, agency_id
    ORDER BY city NULLS LAST, area NULLS LAST, year, agency_id`;
  return { sql, params: where.params };
}

/** The sums of each area and year, and the whole-area reports beside them. */
export async function areaTotals(runner: QueryRunner, filters: Filters, request: TotalsRequest): Promise<AreaTotals> {
  const sums = areaSumsSql(filters, request);
  const jur = jurisdictionSql(filters, request);
  // A user who chose only agency-scope reports asked not to see whole-area ones.
  const wantJurisdiction = filters.scopes.length === 0 || filters.scopes.includes('jurisdiction');
  const [sumRows, jurRows] = await Promise.all([
    runner.query<AreaTotalRow>(sums.sql, sums.params),
    jur && wantJurisdiction ? runner.query<JurisdictionRow>(jur.sql, jur.params) : Promise.resolve([])
  ]);
  return { sums: sumRows, jurisdiction: jurRows };
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
