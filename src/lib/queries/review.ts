/**
 * Queries of the review and litigation view: section 四 sums per body or district and year (the
 * rate heatmap), and how many bodies of an area reported in a year (every total says how many
 * bodies it sums and how many have no report).
 */
import type { QueryRunner, SqlParam } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import { REVIEW_GROUPS, REVIEW_OUTCOMES, reviewColumn } from '../schema/columns';
import { aggregate } from './aggregate';
import type { AggregateRow } from './types';

/** Every review/litigation column (15), for aggregate requests. */
export const REVIEW_MEASURES: readonly string[] = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_OUTCOMES.map((o) => reviewColumn(g.id, o.id))
);

export type AreaKey = 'agency_id' | 'county';

/** Section 四 sums per body (or current district) and year: one heatmap cell per row. */
export function reviewGrid(runner: QueryRunner, filters: Filters, by: AreaKey): Promise<AggregateRow[]> {
  return aggregate(runner, filters, { measures: REVIEW_MEASURES, by: [by, 'year'] });
}

export interface CoverageRow {
  /** The current district's name (null: bodies above county level), or the year as text. */
  key: string | null;
  /** Bodies with a report in the filters' scope in any year (the year range is ignored). */
  known: number;
  /** Of those, bodies with a report in the year (per-year rows: in that year). */
  reporting: number;
}

/**
 * Bodies known in each district and how many of them reported in `year`. Known = a report in any
 * year under the other filters, so a body that reported in 2022 but not in 2023 counts as missing
 * in 2023. Grouped by year instead (`year` null), each row gives the year's reporting bodies
 * against all bodies known under the filters.
 */
export async function bodyCoverage(
  runner: QueryRunner,
  filters: Filters,
  by: 'county' | 'year',
  year: number | null = null
): Promise<CoverageRow[]> {
  const anyYear: Filters = { ...filters, yearFrom: null, yearTo: null };
  const where = filtersToWhere(anyYear);
  if (by === 'county') {
    const params: SqlParam[] = [year, ...where.params];
    const sql =
      `SELECT county_current AS key, count(DISTINCT agency_id)::INTEGER AS known, ` +
      `(count(DISTINCT agency_id) FILTER (WHERE year = ?))::INTEGER AS reporting ` +
      `FROM reports WHERE ${where.sql} GROUP BY county_current ORDER BY county_current NULLS LAST`;
    return runner.query<CoverageRow & Record<string, unknown>>(sql, params);
  }
  const ranged = filtersToWhere(filters);
  const sql =
    `SELECT year::VARCHAR AS key, (SELECT count(DISTINCT agency_id) FROM reports WHERE ${where.sql})::INTEGER AS known, ` +
    `count(DISTINCT agency_id)::INTEGER AS reporting FROM reports WHERE ${ranged.sql} GROUP BY year ORDER BY year`;
  return runner.query<CoverageRow & Record<string, unknown>>(sql, [...where.params, ...ranged.params]);
}

/** Bodies without a report: known minus reporting (never negative). */
export function missingBodies(row: CoverageRow | undefined): number | null {
  return row ? Math.max(0, row.known - row.reporting) : null;
}
