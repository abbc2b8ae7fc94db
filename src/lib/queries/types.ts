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
