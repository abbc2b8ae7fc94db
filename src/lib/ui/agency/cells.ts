/** How the body page writes a report's cells and names its columns. */
import type { Lang } from '../../i18n/index';
import { REPORT_COLUMNS } from '../../schema/columns';

const LABELS = new Map(REPORT_COLUMNS.map((c) => [c.name, { zh: c.zh, en: c.en, type: c.type }]));

/** The dictionary label of an export column (the name itself when unknown). */
export function columnLabel(name: string, lang: Lang): string {
  return LABELS.get(name)?.[lang] ?? name;
}

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/**
 * A cell as the report states it: blank (NULL) as "—", never 0; counts grouped; money with every
 * decimal the export keeps (six for 万元, two for 元), so nothing printed is rounded away.
 */
export function cellText(value: unknown, column: string, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const type = LABELS.get(column)?.type;
  const digits = type === 'DECIMAL(18,6)' ? 6 : type === 'DECIMAL(18,2)' ? 2 : 0;
  return value.toLocaleString(LOCALES[lang], { maximumFractionDigits: digits });
}
