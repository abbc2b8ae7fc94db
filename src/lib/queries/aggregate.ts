/**
 * Sums of export columns over the filtered reports, grouped by year, body, county, city,
 * province or kind of body. Grouping by county uses the CURRENT division, so 孟津县 and 吉利区
 * (2019-2020) add up under 孟津区.
 */
import type { QueryRunner, SqlParam } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import { assertGroupKey, assertNumberColumn, ident } from './columns';
import type { AggregateRequest, AggregateRow, GroupKey } from './types';

/** The column each key groups on, and the name it is returned under. */
const GROUP_COLUMN: Record<GroupKey, string> = {
  year: 'year',
  agency_id: 'agency_id',
  county: 'county_current',
  city: 'city',
  province: 'province',
  body_kind: 'body_kind'
};

/** The SQL and bound parameters `aggregate` runs (exported for tests and for the coordinator). */
export function aggregateSql(filters: Filters, request: AggregateRequest): { sql: string; params: SqlParam[] } {
  const by = [...new Set(request.by.map(assertGroupKey))];
  const measures = [...new Set(request.measures.map(assertNumberColumn))];
  const where = filtersToWhere(filters);
  const conditions = [where.sql];
  const params = [...where.params];
  const formats = [...new Set(request.formats ?? [])].filter((f) => f === 2019 || f === 2021);
  if (formats.length > 0) {
    conditions.push(`format IN (${formats.map(() => '?').join(', ')})`);
    params.push(...formats);
  }

  const select: string[] = by.map((key) => `${GROUP_COLUMN[key]} AS ${ident(key)}`);
  // A body's latest name and county, so a chart can label it as it is called today.
  if (by.includes('agency_id')) {
    select.push(`first(agency ORDER BY year DESC) AS ${ident('agency')}`);
    if (!by.includes('county')) select.push(`first(county_current ORDER BY year DESC) AS ${ident('county')}`);
  }
  select.push(`count(*)::INTEGER AS ${ident('reports')}`);
  for (const m of measures) {
    // NULL cells count as 0 in the sum; `__n` says in how many reports the cell was filled, and a
    // group where none was filled sums to NULL rather than a made-up 0.
    select.push(`sum(${ident(m)})::DOUBLE AS ${ident(m)}`, `count(${ident(m)})::INTEGER AS ${ident(`${m}__n`)}`);
  }

  const groupBy = by.length > 0 ? ` GROUP BY ${by.map((key) => GROUP_COLUMN[key]).join(', ')}` : '';
  const orderBy = by.length > 0 ? ` ORDER BY ${by.map((key) => `${GROUP_COLUMN[key]} NULLS LAST`).join(', ')}` : '';
  const sql = `SELECT ${select.join(', ')} FROM reports WHERE ${conditions.join(' AND ')}${groupBy}${orderBy}`;
  return { sql, params };
}

export async function aggregate(
  runner: QueryRunner,
  filters: Filters,
  request: AggregateRequest
): Promise<AggregateRow[]> {
  const { sql, params } = aggregateSql(filters, request);
  return runner.query<AggregateRow>(sql, params);
}
