/**
 * The queries of a view that compares bodies or districts (the volume views, review, applications):
 * the selection by year, the shown year per body or district, and that year's whole-area reports,
 * listed beside the sums and never added to them; with `coverage`, the bodies without a report, by
 * year and by district. Made while the view's component initialises (its effects belong to it).
 */
import type { QueryRunner } from '../db/types';
import type { Filters } from '../filters/types';
import { t } from '../i18n/lang.svelte';
import { bodyCoverage, type CoverageRow } from '../queries/review';
import type { AggregateRow, GroupKey } from '../queries/types';
import { compareSetup, groupColumn, shownYear, wholeAreaFilters, yearsWithReports } from './compare';
import { db } from './db.svelte';
import { AsyncQuery } from './query.svelte';
import { currentFilters, currentParams } from './url.svelte';

/** The view's one question: its measures over the filters, grouped by the given columns. */
export type AskRows = (runner: QueryRunner, filters: Filters, by: GroupKey[]) => Promise<AggregateRow[]>;

export class GroupedQueries {
  readonly filters = $derived(currentFilters());
  readonly params = $derived(currentParams());
  readonly setup = $derived(compareSetup(this.filters, this.params));
  readonly runner = $derived(db.current.runner);

  /** The selection's sums by year. */
  readonly trend = new AsyncQuery<AggregateRow[]>();
  /** The shown year's sums per body or district. */
  readonly compare = new AsyncQuery<AggregateRow[]>();
  /** The shown year's whole-area reports, one row each. */
  readonly whole = new AsyncQuery<AggregateRow[]>();
  readonly yearCoverage = new AsyncQuery<CoverageRow[]>();
  readonly areaCoverage = new AsyncQuery<CoverageRow[]>();

  readonly yearsShown = $derived(yearsWithReports(this.trend.value));
  readonly year = $derived(shownYear(this.setup, this.yearsShown));
  readonly byLabel = $derived(this.setup.by === 'agency' ? t('view.byAgency') : t('view.byCounty'));

  constructor(ask: AskRows, coverage: boolean) {
    $effect(() => {
      const runner = this.runner;
      if (!runner) return;
      const f = this.setup.sumFilters;
      this.trend.run(() => ask(runner, f, ['year']));
      if (coverage) this.yearCoverage.run(() => bodyCoverage(runner, f, 'year'));
    });

    $effect(() => {
      const runner = this.runner;
      const year = this.year;
      if (!runner || year === null) return;
      const setup = this.setup;
      const by = groupColumn(setup.by);
      this.compare.run(() => ask(runner, { ...setup.sumFilters, yearFrom: year, yearTo: year }, [by]));
      if (coverage && by === 'county') {
        this.areaCoverage.run(() => bodyCoverage(runner, setup.sumFilters, 'county', year));
      } else this.areaCoverage.clear();
    });

    $effect(() => {
      const runner = this.runner;
      const year = this.year;
      if (!runner || year === null || !this.setup.showJurisdiction) {
        this.whole.clear();
        return;
      }
      const f = wholeAreaFilters(this.filters, year);
      this.whole.run(() => ask(runner, f, ['agency_id']));
    });
  }

  /** A row's body or district as shown (the group without a county gets a label). */
  nameOf = (row: AggregateRow): string =>
    this.setup.by === 'agency' ? String(row.agency ?? row.agency_id ?? '') : String(row.county ?? t('view.noCounty'));

  /** A row's key: the body's id or the district's name. */
  keyOf = (row: AggregateRow): string =>
    this.setup.by === 'agency' ? String(row.agency_id ?? '') : String(row.county ?? '');
}
