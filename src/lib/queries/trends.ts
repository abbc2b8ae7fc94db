/**
 * Trends: each entity's metric over years, absolute or indexed to a base year, and which series
 * join old administrative units (the 2021 changes: 孟津县 + 吉利区 → 孟津区, 偃师市 → 偃师区), read
 * from the data (reports whose division_code differs from division_code_current), never hard-coded.
 */
import type { QueryRunner } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import { metricValue, type MetricInfo } from '../metrics/catalog';
import { bodyScopes, type CompareLevel, type EntityYear } from './compare';

export interface DivisionJoin {
  /** Entity key (county name or agency_id). */
  key: string;
  /** The names it had before its division changed, e.g. ['吉利区', '孟津县']. */
  oldNames: string[];
  /** The last year reported under an old name. */
  lastOldYear: number;
}

interface JoinRow extends Record<string, unknown> {
  key: string;
  old_name: string;
  last_year: number;
}

/** Entities of the level whose series include reports made under a division that no longer exists. */
export async function divisionJoins(
  runner: QueryRunner,
  filters: Filters,
  level: CompareLevel
): Promise<DivisionJoin[]> {
  if (level === 'city') return [];
  const scopes = level === 'body' ? bodyScopes(filters) : (['agency'] as const);
  const where = filtersToWhere({ ...filters, scopes: [...scopes] });
  const key = level === 'county' ? 'county_current' : 'agency_id';
  const oldName = level === 'county' ? 'county' : 'agency';
  const rows = await runner.query<JoinRow>(
    `SELECT ${key} AS key, ${oldName} AS old_name, max(year)::INTEGER AS last_year
     FROM reports
     WHERE ${where.sql} AND division_code <> division_code_current AND ${key} IS NOT NULL
     GROUP BY ${key}, ${oldName} ORDER BY key, old_name`,
    where.params
  );
  const joins = new Map<string, DivisionJoin>();
  for (const r of rows) {
    const j = joins.get(r.key) ?? { key: r.key, oldNames: [], lastOldYear: r.last_year };
    if (!j.oldNames.includes(r.old_name)) j.oldNames.push(r.old_name);
    j.lastOldYear = Math.max(j.lastOldYear, r.last_year);
    joins.set(r.key, j);
  }
  return [...joins.values()];
}

export interface TrendSeries {
  key: string;
  /** Latest name of the entity (null: the no-county group). */
  name: string | null;
  /** One value per year of the axis; null where no report gave one. */
  values: (number | null)[];
  /** A ratio's n per year (null for counts). */
  n: (number | null)[];
}

/** Every entity's values along the year axis, named by its latest year's name. */
export function trendSeries(
  entities: readonly EntityYear[],
  metric: MetricInfo,
  years: readonly number[]
): TrendSeries[] {
  const byKey = new Map<string, EntityYear[]>();
  for (const e of entities) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  return [...byKey.entries()].map(([key, rows]) => {
    const at = new Map(rows.map((r) => [r.year, metricValue(r.sums, metric)]));
    const latest = rows.reduce((a, r) => (r.year > a.year ? r : a));
    return {
      key,
      name: latest.name,
      values: years.map((y) => at.get(y)?.value ?? null),
      n: years.map((y) => at.get(y)?.denominator ?? null)
    };
  });
}

/**
 * Values indexed to a base year (base = 100). A series with no positive value in the base year
 * cannot be indexed: it comes back as null (the view says which were left out).
 */
export function indexSeries(
  values: readonly (number | null)[],
  years: readonly number[],
  base: number
): (number | null)[] | null {
  const b = values[years.indexOf(base)];
  if (b === undefined || b === null || !(b > 0)) return null;
  return values.map((v) => (v === null ? null : (v / b) * 100));
}

/** The `count` series with the largest latest value (then the largest any-year value), for a readable chart. */
export function topSeries(series: readonly TrendSeries[], count: number): TrendSeries[] {
  const last = (s: TrendSeries): number => {
    for (let i = s.values.length - 1; i >= 0; i--) if (s.values[i] !== null) return s.values[i] as number;
    return -Infinity;
  };
  return [...series]
    .filter((s) => s.values.some((v) => v !== null))
    .sort((a, b) => last(b) - last(a) || (a.name ?? '').localeCompare(b.name ?? '', 'zh'))
    .slice(0, count);
}
