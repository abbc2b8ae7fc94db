/**
 * The Compare view's one data request, shared by key: the rows for (filters, level, columns) are
 * asked once, whoever asks first (the navigation hook as the URL starts to change, or the view's
 * effect after it rendered), and answered together with the choices they were asked with, so the
 * view draws data and choices as one consistent pair. Neither the year range nor, for cities and
 * districts, the province is part of the question: both are cut from the answer, so changing them
 * asks the engine nothing.
 */
import { get } from 'svelte/store';
import { AnswerMemo } from '../../db/answer-memo';
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

/** One remembered question (filters but the year range and, for areas, the province). */
interface Asked {
  /** Areas: every province in one answer; bodies: the one selection. */
  every: Promise<EntitiesByProvince>;
  /** `every`'s answer once it is there: later asks are cut from it at once. */
  settled: EntitiesByProvince | null;
  /**
   * Areas: the question for the province shown when first asked, sent before `every` (one
   * selection's groups, not every province's too: the quicker answer, e.g. after a metric change).
   */
  first: { province: string | null; rows: Promise<EntityYear[]> } | null;
}

/**
 * A request function remembering its last few answers by key (data version, filters but the year
 * range and, for areas, the province, level, columns): the same key gives the same promise, so a
 * prefetch and the effect share one query, and a change of the year range or of the province is cut
 * from the answer without asking the engine (an entity-year's figures do not depend on the range:
 * `withinYears`; the areas of every province come in one answer: `withinProvince`). For areas the
 * province shown is asked first on its own and every province right after it, so a new metric or
 * level draws as soon as its own answer is there and the next province change is already answered.
 */
export function entitiesRequest(
  fetch: EntitiesFetch,
  keep = 4
): (runner: QueryRunner, filters: Filters, choice: ViewChoices) => Promise<LoadedEntities> {
  const memo = new AnswerMemo<Asked>(keep, (asked) => asked.every);
  return (runner, filters, choice) => {
    const columns = choiceColumns(choice);
    const level = choice.level;
    const province = level === 'body' ? null : filters.province;
    const asked: Filters = {
      ...filters,
      yearFrom: null,
      yearTo: null,
      province: level === 'body' ? filters.province : null
    };
    const key = JSON.stringify([get(dataVersion), asked, level, columns]);
    const hit = memo.get(key, runner, () => ask(fetch, runner, asked, level, columns, province));
    const answer = (rows: EntityYear[]): LoadedEntities => ({ rows: withinYears(rows, filters), filters, choice });
    if (hit.settled) return Promise.resolve(answer(withinProvince(hit.settled, province)));
    if (hit.first && hit.first.province === province) return hit.first.rows.then(answer);
    return hit.every.then((rows) => answer(withinProvince(rows, province)));
  };
}

function ask(
  fetch: EntitiesFetch,
  runner: QueryRunner,
  asked: Filters,
  level: CompareLevel,
  columns: string[],
  province: string | null
): Asked {
  if (level === 'body') {
    const every = fetch
      .entities(runner, asked, level, columns)
      .then((all) => ({ all, provinces: new Map<string, EntityYear[]>() }));
    return settleOn({ every, settled: null, first: null });
  }
  const rows = fetch.entities(runner, { ...asked, province }, level, columns);
  // Every province after the first answer (or its failure): the engine answers one query at a time.
  const every = rows.then(
    () => fetch.byProvince(runner, asked, level, columns),
    () => fetch.byProvince(runner, asked, level, columns)
  );
  return settleOn({ every, settled: null, first: { province, rows } });
}

/** `asked`, noting `every`'s answer on it when it comes. */
function settleOn(asked: Asked): Asked {
  asked.every.then(
    (rows) => {
      asked.settled = rows;
    },
    () => undefined
  );
  return asked;
}
