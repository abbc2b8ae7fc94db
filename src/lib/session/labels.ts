/** Labels and formatted values for the import page's tables, from the one column dictionary. */
import type { Lang } from '../i18n/index';
import { metric } from '../metrics/index';
import { formatValue } from '../metrics/format';
import { REPORT_COLUMNS } from '../schema/columns';

const COLUMNS = new Map(REPORT_COLUMNS.map((c) => [c.name, c]));

/** A report column's label with its export name, e.g. `行政许可 处理决定数量（permits）`, `Administrative permits (decisions) (permits)`; `—` for none. */
export function columnLabel(name: string | null, lang: Lang): string {
  if (name === null) return '—';
  const column = COLUMNS.get(name);
  if (!column) return name;
  return lang === 'zh' ? `${column.zh}（${name}）` : `${column.en} (${name})`;
}

/** A number column's value as the dashboard prints it (grouping, unit decimals, NULL as `—`). */
export function columnValue(name: string, value: number | null, lang: Lang): string {
  return formatValue(value, metric(name).unit, lang);
}
