/**
 * The Compare and Trends views' own URL keys, read into typed choices (pure): `metric`, `x`, `y`,
 * `by` (the level: city, county or body; `level` is the global level filter), `smalln=1`, `at` (year), `index` (base year). Unknown values fall back to defaults; the
 * defaults are never written to the URL. Drill-down moves through the global city/county filters.
 */
import type { Filters } from '../../filters/types';
import type { MessageKey } from '../../i18n';
import { findMetric, metricInfo, type MetricInfo } from '../../metrics/catalog';
import { COMPARE_LEVELS, type CompareLevel } from '../../queries/compare';

export const DEFAULT_METRIC = 'permits';
export const DEFAULT_X = 'app_new_total';
export const DEFAULT_Y = 'review_total';

function year(text: string | null): number | null {
  return text !== null && /^\d{4}$/.test(text) ? Number(text) : null;
}

/** The level the filters point at: a county → its bodies; a city → its districts; else cities. */
export function defaultLevel(filters: Filters): CompareLevel {
  if (filters.county) return 'body';
  if (filters.city) return 'county';
  return 'city';
}

export interface ViewChoices {
  metric: MetricInfo;
  level: CompareLevel;
  /** The `level` key was given (not the default). */
  levelChosen: boolean;
  x: MetricInfo;
  y: MetricInfo;
  includeSmallN: boolean;
  year: number | null;
  /** Base year of the index, or null for absolute values. */
  indexBase: number | null;
}

export function viewChoices(params: URLSearchParams, filters: Filters): ViewChoices {
  const asked = params.get('by');
  const level = COMPARE_LEVELS.find((l) => l === asked);
  return {
    metric: findMetric(params.get('metric')) ?? metricInfo(DEFAULT_METRIC),
    level: level ?? defaultLevel(filters),
    levelChosen: level !== undefined,
    x: findMetric(params.get('x')) ?? metricInfo(DEFAULT_X),
    y: findMetric(params.get('y')) ?? metricInfo(DEFAULT_Y),
    includeSmallN: params.get('smalln') === '1',
    year: year(params.get('at')),
    indexBase: year(params.get('index'))
  };
}

/** The filters and level one step down from an entity (a city → its districts → their bodies). */
export function drillDown(
  filters: Filters,
  level: CompareLevel,
  entity: { key: string; city: string | null },
  provinceOf: (city: string) => string | null
): { filters: Filters; level: CompareLevel | null } | null {
  if (level === 'city') {
    if (!entity.city) return null;
    return {
      filters: { ...filters, province: provinceOf(entity.city) ?? filters.province, city: entity.city, county: null },
      level: null
    };
  }
  if (level === 'county') {
    // The no-county group (a city's own bodies) has no district to filter on: list the city's bodies.
    if (entity.key === '') return { filters: { ...filters, city: entity.city ?? filters.city }, level: 'body' };
    return { filters: { ...filters, city: entity.city ?? filters.city, county: entity.key }, level: null };
  }
  return null;
}

export interface Crumb {
  label: string | null;
  filters: Filters;
}

/** The way back up: all areas, then the province, city and county chosen (the last is current). */
export function crumbs(filters: Filters): Crumb[] {
  const top: Filters = { ...filters, province: null, city: null, county: null };
  const out: Crumb[] = [{ label: null, filters: top }];
  if (filters.province) out.push({ label: filters.province, filters: { ...top, province: filters.province } });
  if (filters.city)
    out.push({ label: filters.city, filters: { ...top, province: filters.province, city: filters.city } });
  if (filters.county)
    out.push({
      label: filters.county,
      filters: { ...top, province: filters.province, city: filters.city, county: filters.county }
    });
  return out;
}

/** The message key naming each level (cities, districts, bodies). */
export const LEVEL_LABEL: Record<CompareLevel, MessageKey> = {
  city: 'compare.levelCity',
  county: 'compare.levelCounty',
  body: 'compare.levelBody'
};

/**
 * The key of the label for an entity with no name: the no-county group of a city (its own bodies)
 * or the no-city group; null when the entity has a name to show.
 */
export function unnamedLabel(name: string | null, level: CompareLevel): MessageKey | null {
  if (name !== null && name !== '') return null;
  return level === 'county' ? 'compare.cityOwn' : 'compare.noCity';
}
