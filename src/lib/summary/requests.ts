/**
 * What the default views ask first, with the default (empty) filters and no view keys in the URL:
 * the filter bar's options, the shell's demo check, the overview's headline and the first charts
 * of the volume views. Each request calls the same query functions the views call, so the SQL is
 * the same; a view whose queries change simply misses here and waits for the engine.
 */
import type { QueryRunner } from '../db/types';
import { NO_FILTERS } from '../filters/types';
import { aggregate } from '../queries/aggregate';
import { demoPlaces } from '../queries/demo';
import { filterOptions } from '../queries/options';
import { compareSetup } from '../ui/compare';

export type FirstPaintRequest = (runner: QueryRunner) => Promise<unknown>;

const setup = compareSetup(NO_FILTERS, new URLSearchParams());

/** The measures the overview's cards show (src/routes/+page.svelte). */
const OVERVIEW_MEASURES = [
  'permits',
  'penalties',
  'coercions',
  'fees_wan',
  'review_total',
  'review_pending',
  'review_corrected'
];

/** The volume views (permits, penalties and coercions, fees) and their measures. */
const VOLUME_VIEWS: { measures: string[]; formats?: (2019 | 2021)[] }[] = [
  { measures: ['permits'] },
  { measures: ['penalties', 'coercions'] },
  { measures: ['fees_wan'], formats: [2021] }
];

function latestYearWithReports(rows: readonly { year?: unknown; reports: number }[]): number | null {
  const years = rows.filter((r) => r.reports > 0).map((r) => Number(r.year));
  return years.length === 0 ? null : Math.max(...years);
}

export const FIRST_PAINT_REQUESTS: readonly FirstPaintRequest[] = [
  (runner) => filterOptions(runner),
  // The shell's demo banner (src/routes/+layout.svelte).
  (runner) => demoPlaces(runner, NO_FILTERS),
  async (runner) => {
    const rows = await aggregate(runner, setup.sumFilters, { measures: OVERVIEW_MEASURES, by: ['year'] });
    const year = latestYearWithReports(rows);
    if (year === null) return;
    await aggregate(
      runner,
      { ...setup.sumFilters, yearFrom: year, yearTo: year },
      { measures: ['permits'], by: ['agency_id'] }
    );
  },
  ...VOLUME_VIEWS.map(({ measures, formats }): FirstPaintRequest => {
    return async (runner) => {
      const trend = await aggregate(runner, setup.sumFilters, { measures, by: ['year'], formats });
      const year = latestYearWithReports(trend);
      if (year === null) return;
      const one = { yearFrom: year, yearTo: year };
      await aggregate(runner, { ...setup.sumFilters, ...one }, { measures, by: ['agency_id'], formats });
      await aggregate(
        runner,
        { ...NO_FILTERS, scopes: ['jurisdiction'], ...one },
        { measures, by: ['agency_id'], formats }
      );
    };
  })
];
