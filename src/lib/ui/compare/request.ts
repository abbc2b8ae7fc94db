/**
 * The Compare view's one data request, shared by key: the rows for (filters, level, columns) are
 * asked once, whoever asks first (the navigation hook as the URL starts to change, or the view's
 * effect after it rendered), and answered together with the choices they were asked with, so the
 * view draws data and choices as one consistent pair. Neither the year range nor, for cities and
 * districts, the province is part of the question: both are cut from the answer, so changing them
 * asks the engine nothing.
 */
import { get } from 'svelte/store';
import type { QueryRunner } from '../../db/types';
import { dataVersion } from '../../db/session';
import type { Filters } from '../../filters/types';
import {
  withinProvince,
  withinYears,
  type CompareLevel,
  type EntitiesByProvince,
  type EntityYear
} from '../../queries/compare';
import type { ViewChoices } from './params';

export interface LoadedEntities {
  rows: EntityYear[];
  filters: Filters;
  choice: ViewChoices;
}

/** The two questions the view asks (queries/compare.ts): any level for the filters, or areas of every province. */
export interface EntitiesFetch {
  entities: (runner: QueryRunner, filters: Filters, level: CompareLevel, columns: string[]) => Promise<EntityYear[]>;
  byProvince: (
    runner: QueryRunner,
    filters: Filters,
    level: 'city' | 'county',
    columns: string[]
  ) => Promise<EntitiesByProvince>;
}

/** The columns a view's choices need: the ranked metric and the scatter's two. */
export function choiceColumns(choice: ViewChoices): string[] {
  return [...new Set([...choice.metric.columns, ...choice.x.columns, ...choice.y.columns])];
}

/**
 * A request function remembering its last few answers by key (data version, filters but the year
 * range and, for areas, the province, level, columns): the same key gives the same promise, so a
 * prefetch and the effect share one query, and a change of the year range or of the province is cut
 * from the answer without asking the engine (an entity-year's figures do not depend on the range:
 * `withinYears`; the areas of every province come in one answer: `withinProvince`).
 */
export function entitiesRequest(
  fetch: EntitiesFetch,
  keep = 4
): (runner: QueryRunner, filters: Filters, choice: ViewChoices) => Promise<LoadedEntities> {
  const memo = new Map<string, { runner: QueryRunner; rows: Promise<EntitiesByProvince> }>();
  return (runner, filters, choice) => {
    const columns = choiceColumns(choice);
    const level = choice.level;
    const asked: Filters = {
      ...filters,
      yearFrom: null,
      yearTo: null,
      province: level === 'body' ? filters.province : null
    };
    const key = JSON.stringify([get(dataVersion), asked, level, columns]);
    let hit = memo.get(key);
    if (!hit || hit.runner !== runner) {
      const rows =
        level === 'body'
          ? fetch
              .entities(runner, asked, level, columns)
              .then((all) => ({ all, provinces: new Map<string, EntityYear[]>() }))
          : fetch.byProvince(runner, asked, level, columns);
      hit = { runner, rows };
      memo.set(key, hit);
      // A failed request is not kept: the next ask tries again.
      const mine = hit;
      hit.rows.catch(() => {
        if (memo.get(key) === mine) memo.delete(key);
      });
      while (memo.size > keep) memo.delete(memo.keys().next().value ?? '');
    }
    const province = level === 'body' ? null : filters.province;
    return hit.rows.then((rows) => ({
      rows: withinYears(withinProvince(rows, province), filters),
      filters,
      choice
    }));
  };
}
