/**
 * What every comparison view derives from the filters and its own URL keys: which grouping
 * (`by=agency|county`), which year (`at`), and which scope its sums use. Pure.
 */
import type { Filters } from '../filters/types';
import { translate, type Lang } from '../i18n';
import type { AggregateRow } from '../queries/types';
import type { Scope } from '../schema/types';

/** Bars in a comparison chart; the table lists every row. */
export const TOP_N = 20;

/** Under a ranking chart that shows only its top rows: how many of how many (null when it shows all). */
export function topNote(shown: number, total: number, lang: Lang): string | null {
  return total > shown ? translate(lang, 'view.topN', { n: shown, total }) : null;
}

export type CompareBy = 'agency' | 'county';

export interface CompareSetup {
  by: CompareBy;
  /** The year asked for in the URL (`at`), if any; the view falls back to the latest with data. */
  year: number | null;
  /**
   * Filters for the sums: scope `agency` unless the user chose only `jurisdiction`, so a
   * government's whole-area report is never added to its units' own reports.
   */
  sumFilters: Filters;
  jurisdictionOnly: boolean;
  /** List whole-area reports separately (the user did not exclude them). */
  showJurisdiction: boolean;
}

export function compareSetup(filters: Filters, params: URLSearchParams): CompareSetup {
  const by: CompareBy = params.get('by') === 'county' ? 'county' : 'agency';
  const at = params.get('at');
  const year = at !== null && /^\d{4}$/.test(at) ? Number(at) : null;
  const jurisdictionOnly = filters.scopes.length === 1 && filters.scopes[0] === 'jurisdiction';
  const scopes: Scope[] = jurisdictionOnly ? ['jurisdiction'] : ['agency'];
  return {
    by,
    year,
    sumFilters: { ...filters, scopes },
    jurisdictionOnly,
    showJurisdiction: !jurisdictionOnly && (filters.scopes.length === 0 || filters.scopes.includes('jurisdiction'))
  };
}

/** The years of a by-year answer that have at least one report. */
export function yearsWithReports(rows: readonly AggregateRow[] | null): number[] {
  return (rows ?? []).filter((r) => r.reports > 0).map((r) => Number(r.year));
}

/** The year a view shows: the one the URL asks for when it has reports, else the latest that has. */
export function shownYear(setup: CompareSetup, years: readonly number[]): number | null {
  return setup.year !== null && years.includes(setup.year) ? setup.year : (years.at(-1) ?? null);
}

/** The column the bodies or districts are grouped by. */
export function groupColumn(by: CompareBy): 'agency_id' | 'county' {
  return by === 'agency' ? 'agency_id' : 'county';
}

/** The filters of one year's whole-area reports, listed beside the sums and never added to them. */
export function wholeAreaFilters(filters: Filters, year: number): Filters {
  return { ...filters, scopes: ['jurisdiction'], yearFrom: year, yearTo: year };
}
