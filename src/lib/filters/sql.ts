/**
 * Filters → a SQL condition over the `reports` table, with every value bound as a parameter.
 * Identifiers here are fixed column names; no filter value ever becomes SQL text.
 */
import type { SqlParam } from '../db/types';
import type { Filters } from './types';

export interface WhereClause {
  /** A boolean SQL expression (`TRUE` when nothing is filtered); use as `WHERE ${sql}`. */
  sql: string;
  /** Values for the `?` placeholders of `sql`, in order. */
  params: SqlParam[];
}

/**
 * `alias` qualifies the columns (e.g. `r` for `FROM reports r`). County compares the CURRENT
 * county name (`county_current`, derived at load time from division_code_current), so a filter on
 * 孟津区 also keeps the 2019-2020 reports of 孟津县 and 吉利区.
 */
export function filtersToWhere(f: Filters, alias?: string): WhereClause {
  if (alias !== undefined && !/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`bad SQL alias: ${alias}`);
  const col = (name: string): string => (alias ? `${alias}.${name}` : name);
  const parts: string[] = [];
  const params: SqlParam[] = [];
  const add = (sql: string, ...values: SqlParam[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  const addList = (column: string, values: readonly string[]): void => {
    if (values.length > 0) add(`${col(column)} IN (${values.map(() => '?').join(', ')})`, ...values);
  };

  if (f.yearFrom !== null) add(`${col('year')} >= ?`, f.yearFrom);
  if (f.yearTo !== null) add(`${col('year')} <= ?`, f.yearTo);
  if (f.province) add(`${col('province')} = ?`, f.province);
  if (f.city) add(`${col('city')} = ?`, f.city);
  if (f.county) add(`${col('county_current')} = ?`, f.county);
  addList('level', f.levels);
  addList('scope', f.scopes);
  addList('body_kind', f.bodyKinds);
  addList('origin', f.origins);
  const q = f.q.trim();
  if (q !== '') add(`contains(lower(${col('agency')}), lower(?))`, q);

  return { sql: parts.length === 0 ? 'TRUE' : parts.join(' AND '), params };
}
