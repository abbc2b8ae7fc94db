/**
 * The Compare view's one data request, shared by key: the rows for (filters, level, columns) are
 * asked once, whoever asks first (the navigation hook as the URL starts to change, or the view's
 * effect after it rendered), and answered together with the choices they were asked with, so the
 * view draws data and choices as one consistent pair.
 */
import { get } from 'svelte/store';
import type { QueryRunner } from '../../db/types';
import { dataVersion } from '../../db/session';
import type { Filters } from '../../filters/types';
import { withinYears, type CompareLevel, type EntityYear } from '../../queries/compare';
import type { ViewChoices } from './params';

export interface LoadedEntities {
  rows: EntityYear[];
  filters: Filters;
  choice: ViewChoices;
}

type Fetch = (runner: QueryRunner, filters: Filters, level: CompareLevel, columns: string[]) => Promise<EntityYear[]>;

/** The columns a view's choices need: the ranked metric and the scatter's two. */
export function choiceColumns(choice: ViewChoices): string[] {
  return [...new Set([...choice.metric.columns, ...choice.x.columns, ...choice.y.columns])];
}

/**
 * A request function remembering its last few answers by key (data version, filters but the year
 * range, level, columns): the same key gives the same promise, so a prefetch and the effect share
 * one query, and a change of the year range is cut from the answer without asking the engine
 * (an entity-year's figures do not depend on the range: `withinYears`).
 */
export function entitiesRequest(
  fetch: Fetch,
  keep = 4
): (runner: QueryRunner, filters: Filters, choice: ViewChoices) => Promise<LoadedEntities> {
  const memo = new Map<string, { runner: QueryRunner; rows: Promise<EntityYear[]> }>();
  return (runner, filters, choice) => {
    const columns = choiceColumns(choice);
    const allYears: Filters = { ...filters, yearFrom: null, yearTo: null };
    const key = JSON.stringify([get(dataVersion), allYears, choice.level, columns]);
    let hit = memo.get(key);
    if (!hit || hit.runner !== runner) {
      hit = { runner, rows: fetch(runner, allYears, choice.level, columns) };
      memo.set(key, hit);
      // A failed request is not kept: the next ask tries again.
      const mine = hit;
      hit.rows.catch(() => {
        if (memo.get(key) === mine) memo.delete(key);
      });
      while (memo.size > keep) memo.delete(memo.keys().next().value ?? '');
    }
    return hit.rows.then((rows) => ({ rows: withinYears(rows, filters), filters, choice }));
  };
}
