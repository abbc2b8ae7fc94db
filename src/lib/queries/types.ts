import type { FormatVersion } from '../schema/columns';
import type { BodyKind, Level, Origin, Scope } from '../schema/types';

/** Grouping keys that aggregate queries understand. */
export type GroupKey = 'year' | 'agency_id' | 'county' | 'city' | 'province' | 'body_kind';

export interface AggregateRequest {
  /** Export columns (from the dictionary) to sum; NULL counts as 0 in sums. */
  measures: readonly string[];
  by: readonly GroupKey[];
  /** Keep only reports of these format versions (e.g. [2021] for fees_wan). */
  formats?: readonly (2019 | 2021)[];
}

/**
 * One row per group: the group keys (agency_id rows also carry `agency`, the latest name), the
 * number of reports summed (`reports`), and per measure its sum plus `<measure>__n`, the number of
 * reports in which that cell was not NULL.
 */
export type AggregateRow = Record<string, string | number | null> & { reports: number };

/** One county-level unit under a city, by its current name. */
export interface CountyOption {
  name: string;
  /** Current 6-digit division code, when the data has one. */
  code: string | null;
}

/** Region tree: province → city → county (current names). */
export interface ProvinceOption {
  name: string;
  cities: { name: string; counties: CountyOption[] }[];
  /** Counties of the province not under any city (rare; e.g. 省直辖县). */
  counties: CountyOption[];
}

/** Values the filter bar offers: only what the data has. */
export interface FilterOptions {
  years: number[];
  regions: ProvinceOption[];
  /** Values outside the contract's vocabulary are left out. */
  levels: Level[];
  scopes: Scope[];
  bodyKinds: BodyKind[];
  origins: Origin[];
  formats: FormatVersion[];
}
