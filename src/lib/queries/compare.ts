/**
 * The rows the Compare and Trends views rank and chart: one per entity (a city, a county-level
 * unit by its current name, or a body) and year, with the sums a metric needs. Areas follow the
 * adding-up rules of totals.ts (agency-scope sums, whole-area reports beside them, bodies summed
 * and missing); bodies are summed per agency_id. Shaping (ranking, small n, scatter points) is
 * pure and lives below the queries.
 */
import type { QueryRunner } from '../db/types';
import type { Filters } from '../filters/types';
import { isSmallN, metricValue, type MetricInfo, type MetricValue } from '../metrics/catalog';
import type { Scope } from '../schema/types';
import { aggregate } from './aggregate';
import {
  areaRowsSql,
  areaYearKey,
  splitAreaRows,
  splitAreaRowsByProvince,
  type AreaRow,
  type AreaTotals,
  type JurisdictionRow
} from './totals';
import type { AggregateRow } from './types';

/** What the compared entities are: cities, county-level units, or bodies. */
export type CompareLevel = 'city' | 'county' | 'body';
export const COMPARE_LEVELS: readonly CompareLevel[] = ['city', 'county', 'body'];

export interface EntityYear {
  /** agency_id, county or city name; '' for the group with no county (a city's own bodies). */
  key: string;
  /** The name to show; null for the no-county group (the view labels it). */
  name: string | null;
  city: string | null;
  county: string | null;
  year: number;
  /** Sums of the requested columns, with `<column>__n`. */
  sums: AggregateRow;
  reports: number;
  /** Areas: bodies summed and bodies of the area without a report that year. Bodies: null. */
  bodies: number | null;
  missing: number | null;
  /** Areas: the governments' whole-area reports, beside the sum and never in it. */
  jurisdiction: JurisdictionRow[];
}

/** Sums add up agency-scope reports, unless the user chose only whole-area reports. */
export function bodyScopes(filters: Filters): Scope[] {
  return filters.scopes.length === 1 && filters.scopes[0] === 'jurisdiction' ? ['jurisdiction'] : ['agency'];
}

/** Every entity of the level in every year of the selection, with the sums of `columns`. */
export async function compareEntities(
  runner: QueryRunner,
  filters: Filters,
  level: CompareLevel,
  columns: readonly string[]
): Promise<EntityYear[]> {
  if (level === 'body') {
    const rows = await aggregate(
      runner,
      { ...filters, scopes: bodyScopes(filters) },
      { measures: columns, by: ['agency_id', 'year'] }
    );
    return rows.map((r) => ({
      key: String(r.agency_id ?? ''),
      name: String(r.agency ?? r.agency_id ?? ''),
      city: null,
      county: typeof r.county === 'string' ? r.county : null,
      year: Number(r.year),
      sums: r,
      reports: r.reports,
      bodies: null,
      missing: null,
      jurisdiction: []
    }));
  }
  const { sql, params } = areaRowsSql(filters, level, columns);
  return areaEntities(splitAreaRows(await runner.query<AreaRow>(sql, params), columns), level);
}

/** The areas' totals as entity-years, each sum with the whole-area reports of its area and year. */
function areaEntities({ sums, jurisdiction }: AreaTotals, level: 'city' | 'county'): EntityYear[] {
  const jur = new Map<string, JurisdictionRow[]>();
  for (const j of jurisdiction) {
    const k = areaYearKey(j);
    jur.set(k, [...(jur.get(k) ?? []), j]);
  }
  return sums.map((r) => ({
    key: r.area ?? '',
    name: r.area,
    city: r.city,
    county: level === 'county' ? r.area : null,
    year: r.year,
    sums: r,
    reports: r.reports,
    bodies: r.bodies,
    missing: r.missing,
    jurisdiction: jur.get(areaYearKey(r)) ?? []
  }));
}

/** Area entity-years of every province at once: those of the whole selection, and each province's. */
export interface EntitiesByProvince {
  all: EntityYear[];
  provinces: Map<string, EntityYear[]>;
}

/**
 * compareEntities for the area levels, asked once for every province: `filters.province` is left
 * out, and `withinProvince` cuts a province's rows from the answer, equal to asking with that
 * province (tests/unit/compare checks it for every province), so a province change needs no query.
 */
export async function areaEntitiesByProvince(
  runner: QueryRunner,
  filters: Filters,
  level: 'city' | 'county',
  columns: readonly string[]
): Promise<EntitiesByProvince> {
  const { sql, params } = areaRowsSql(filters, level, columns, true);
  const { all, provinces } = splitAreaRowsByProvince(await runner.query<AreaRow>(sql, params), columns);
  return {
    all: areaEntities(all, level),
    provinces: new Map([...provinces].map(([p, totals]) => [p, areaEntities(totals, level)]))
  };
}

/** The rows of one province (null or '': the whole selection); a province without reports has none. */
export function withinProvince(rows: EntitiesByProvince, province: string | null): EntityYear[] {
  return province ? (rows.provinces.get(province) ?? []) : rows.all;
}

/**
 * An entity-year's figures do not depend on the year range: sums, bodies and missing are per year,
 * the bodies of an area are counted over every year, and the whole-area reports are per year. So
 * the rows of a range are the rows of no range in those years, and a year change needs no query
 * (tests/unit/compare checks the two agree on every level).
 */
export function withinYears(rows: readonly EntityYear[], filters: Pick<Filters, 'yearFrom' | 'yearTo'>): EntityYear[] {
  const { yearFrom, yearTo } = filters;
  return rows.filter((r) => (yearFrom === null || r.year >= yearFrom) && (yearTo === null || r.year <= yearTo));
}

/** The whole-area reports of an entity-year added into one row (disjoint governments, e.g. 孟津县 + 吉利区). */
export function jurisdictionSums(e: EntityYear, columns: readonly string[]): AggregateRow | null {
  if (e.jurisdiction.length === 0) return null;
  const out: AggregateRow = { reports: e.jurisdiction.length };
  for (const c of columns) {
    const filled = e.jurisdiction.filter((j) => typeof j[c] === 'number');
    out[c] = filled.length === 0 ? null : filled.reduce((a, j) => a + (j[c] as number), 0);
    out[`${c}__n`] = filled.length;
  }
  return out;
}

export interface RankedEntity {
  entity: EntityYear;
  value: MetricValue;
  smallN: boolean;
}

export interface Ranking {
  /** Largest first; small-n ratios included only when `includeSmallN`. */
  ranked: RankedEntity[];
  /** Ratios under SMALL_N left out of the ranking (empty when included). */
  leftOut: RankedEntity[];
  /** Entities with no value for the metric that year. */
  noValue: RankedEntity[];
}

/** Rank the entities of one year on a metric; ties by name so the order is stable. */
export function rankEntities(
  entities: readonly EntityYear[],
  metric: MetricInfo,
  year: number,
  includeSmallN: boolean
): Ranking {
  const out: Ranking = { ranked: [], leftOut: [], noValue: [] };
  for (const entity of entities) {
    if (entity.year !== year) continue;
    const value = metricValue(entity.sums, metric);
    const item = { entity, value, smallN: isSmallN(value) };
    if (value.value === null) out.noValue.push(item);
    else if (item.smallN && !includeSmallN) out.leftOut.push(item);
    else out.ranked.push(item);
  }
  const byName = (a: RankedEntity, b: RankedEntity): number =>
    (a.entity.name ?? '').localeCompare(b.entity.name ?? '', 'zh');
  out.ranked.sort((a, b) => (b.value.value ?? 0) - (a.value.value ?? 0) || byName(a, b));
  out.leftOut.sort(byName);
  out.noValue.sort(byName);
  return out;
}

export interface ScatterPoint {
  entity: EntityYear;
  x: MetricValue;
  y: MetricValue;
  /** Either ratio has n under SMALL_N. */
  smallN: boolean;
}

/** Entities of one year with a value on both metrics. */
export function scatterPoints(
  entities: readonly EntityYear[],
  x: MetricInfo,
  y: MetricInfo,
  year: number,
  includeSmallN: boolean
): ScatterPoint[] {
  return entities
    .filter((e) => e.year === year)
    .map((entity) => {
      const xv = metricValue(entity.sums, x);
      const yv = metricValue(entity.sums, y);
      return { entity, x: xv, y: yv, smallN: isSmallN(xv) || isSmallN(yv) };
    })
    .filter((p) => p.x.value !== null && p.y.value !== null && (includeSmallN || !p.smallN));
}

/** Years of the rows, ascending. */
export function entityYears(entities: readonly EntityYear[]): number[] {
  return [...new Set(entities.map((e) => e.year))].sort((a, b) => a - b);
}
