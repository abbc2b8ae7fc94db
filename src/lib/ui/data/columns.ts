/**
 * The data view's columns: which of the dictionary's columns the table shows (the `cols` URL key),
 * the picker's groups, and how a cell reads. Pure.
 */
import { REPORT_COLUMNS, type ColumnDef } from '../../schema/columns';
import { isMessageKey, translate, type Lang } from '../../i18n';

export const DEFAULT_COLUMNS: readonly string[] = [
  'agency',
  'year',
  'county',
  'scope',
  'format',
  'origin',
  'permits',
  'penalties',
  'coercions',
  'fees_wan',
  'app_new_total',
  'review_total',
  'check_errors',
  'check_warnings'
];

const BY_NAME: ReadonlyMap<string, ColumnDef> = new Map(REPORT_COLUMNS.map((c) => [c.name, c]));

/** The columns named in the URL (comma-separated), dictionary names only, in dictionary order. */
export function columnsFromParam(param: string | null): string[] {
  if (param === null || param.trim() === '') return [...DEFAULT_COLUMNS];
  const wanted = new Set(param.split(','));
  const chosen = REPORT_COLUMNS.filter((c) => wanted.has(c.name)).map((c) => c.name);
  return chosen.length > 0 ? chosen : [...DEFAULT_COLUMNS];
}

/** The URL value for `columns`, or null for the default set (kept out of the URL). */
export function columnsToParam(columns: readonly string[]): string | null {
  const ordered = REPORT_COLUMNS.filter((c) => columns.includes(c.name)).map((c) => c.name);
  const isDefault =
    ordered.length === DEFAULT_COLUMNS.length && DEFAULT_COLUMNS.every((c) => ordered.includes(c));
  return isDefault || ordered.length === 0 ? null : ordered.join(',');
}

/** The sort column from the URL, if it is a dictionary column. */
export function sortFromParam(param: string | null): string | null {
  return param !== null && BY_NAME.has(param) ? param : null;
}

export type ColumnGroup = ColumnDef['group'];
export const COLUMN_GROUPS: readonly ColumnGroup[] = ['identity', 'section2', 'section3', 'section4'];

export function columnsOfGroup(group: ColumnGroup): readonly ColumnDef[] {
  return REPORT_COLUMNS.filter((c) => c.group === group);
}

export function columnLabel(name: string, lang: Lang): string {
  const c = BY_NAME.get(name);
  return c ? c[lang] : name;
}

export function isNumberColumn(name: string): boolean {
  const type = BY_NAME.get(name)?.type;
  return type !== undefined && type !== 'VARCHAR' && type !== 'DATE' && name !== 'year' && name !== 'format';
}

/** Columns holding a code the dictionary names (`scope` `agency` → 本机关), by message prefix. */
const CODE_MESSAGES: Readonly<Record<string, string>> = {
  level: 'level',
  scope: 'scope',
  body_kind: 'kind',
  origin: 'origin'
};

/** A number's text with its integer digits in groups of three: every stored digit stays. */
function grouped(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m || m[2].length <= 3) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, ',') + (m[3] ?? '');
}

/**
 * A cell as the table shows it: NULL as "—", numbers exactly as stored (no rounding) with their
 * thousands grouped as on the charts, codes by their name in the language shown (the same names as
 * the filters; an unknown code as it is).
 */
export function cellText(
  column: string,
  value: string | number | bigint | null | undefined,
  lang: Lang
): string {
  if (value === null || value === undefined) return '—';
  if (isNumberColumn(column)) return grouped(String(value));
  const prefix = CODE_MESSAGES[column];
  const key = prefix === undefined ? null : `${prefix}.${String(value)}`;
  return key !== null && isMessageKey(key) ? translate(lang, key) : String(value);
}
