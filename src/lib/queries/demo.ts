/**
 * The shell's demo check: are there demo reports in the current selection? Asked as where demo
 * reports are, by province and year, under every other filter (the demo part of the selection), so
 * a change of the province or of the year range is answered from the last answer, and remembered
 * per question, so changes that leave the other filters alone (a view's own keys, going back to an
 * earlier selection) ask the engine nothing either.
 */
import { AnswerMemo } from '../db/answer-memo';
import type { QueryRunner } from '../db/types';
import type { Filters } from '../filters/types';
import { aggregate } from './aggregate';

/** A province (null: reports without one) and a year that have demo reports. */
export interface DemoPlace {
  province: string | null;
  year: number;
}

/** The filters a demo check asks with: the demo part of the selection, any province and any year. */
function asked(filters: Filters): Filters {
  return { ...filters, yearFrom: null, yearTo: null, province: null, origins: ['demo'] };
}

/**
 * The provinces and years with demo reports under the filters but their province and year range
 * (the build-time summary answers the default filters' question).
 */
export async function demoPlaces(runner: QueryRunner, filters: Filters): Promise<DemoPlace[]> {
  const rows = await aggregate(runner, asked(filters), { measures: ['permits'], by: ['province', 'year'] });
  return rows
    .filter((r) => r.reports > 0)
    .map((r) => ({ province: typeof r.province === 'string' ? r.province : null, year: Number(r.year) }));
}

/** Whether any of `places` is in the filters' province (if any) and year range. */
export function demoInSelection(
  places: readonly DemoPlace[],
  filters: Pick<Filters, 'province' | 'yearFrom' | 'yearTo'>
): boolean {
  const { province, yearFrom, yearTo } = filters;
  return places.some(
    (p) =>
      (!province || p.province === province) &&
      (yearFrom === null || p.year >= yearFrom) &&
      (yearTo === null || p.year <= yearTo)
  );
}

/**
 * A demo check remembering its last `keep` answers by (runner, `version`, the asked filters).
 * `version` is the loaded data's version (db/session.ts), so other data is asked again. A selection
 * whose origins leave out demo reports is answered false without a query.
 */
export function demoCheck(keep = 8): (runner: QueryRunner, filters: Filters, version: number) => Promise<boolean> {
  const memo = new AnswerMemo<Promise<DemoPlace[]>>(keep, (places) => places);
  return (runner, filters, version) => {
    if (filters.origins.length > 0 && !filters.origins.includes('demo')) return Promise.resolve(false);
    const key = JSON.stringify([version, asked(filters)]);
    return memo.get(key, runner, () => demoPlaces(runner, filters)).then((places) => demoInSelection(places, filters));
  };
}
