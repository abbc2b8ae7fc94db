/** Coverage: one row per report in the selection with what the grid needs (src/lib/coverage/grid.ts). */
import type { CoverageReport } from '../coverage/grid';
import type { QueryRunner } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';

export async function coverageReports(runner: QueryRunner, filters: Filters): Promise<CoverageReport[]> {
  const where = filtersToWhere(filters);
  return runner.query<CoverageReport>(
    `SELECT agency_id, agency, body_kind, county_current AS county, city, province,
            division_code, division_code_current, year, published_date
     FROM reports WHERE ${where.sql}
     ORDER BY agency_id, year, report_id`,
    where.params
  );
}
