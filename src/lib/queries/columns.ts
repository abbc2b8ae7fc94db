/** Which identifiers queries may put into SQL: only names from the one dictionary (columns.ts). */
import { NUMBER_COLUMN_NAMES, REPORT_COLUMN_NAMES } from '../schema/columns';
import type { GroupKey } from './types';

const NUMBER_COLUMNS = new Set(NUMBER_COLUMN_NAMES);
/** `county_current` is derived at load time (db/load.ts): the county's name today. */
const REPORT_COLUMNS = new Set([...REPORT_COLUMN_NAMES, 'county_current']);

export const GROUP_KEYS: readonly GroupKey[] = ['year', 'agency_id', 'county', 'city', 'province', 'body_kind'];

export function assertNumberColumn(name: string): string {
  if (!NUMBER_COLUMNS.has(name))
    throw new Error(`不是可汇总的数值列 / not a number column of reports: ${JSON.stringify(name)}`);
  return name;
}

export function assertReportColumn(name: string): string {
  if (!REPORT_COLUMNS.has(name))
    throw new Error(`不是 reports 的列 / not a column of reports: ${JSON.stringify(name)}`);
  return name;
}

export function assertGroupKey(key: string): GroupKey {
  const found = GROUP_KEYS.find((k) => k === key);
  if (!found) throw new Error(`不支持的分组 / unknown group key: ${JSON.stringify(key)}`);
  return found;
}

/** Dictionary names are plain snake_case, but quoting keeps words like `column` safe. */
export function ident(name: string): string {
  return `"${name}"`;
}
