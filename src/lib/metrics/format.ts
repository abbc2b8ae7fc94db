/** Number formatting for tables, axes and tooltips (grouping separators, fixed decimals per unit). */
import type { Lang } from '../i18n/index';
import type { Unit } from './index';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, maxDigits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${lang}:${maxDigits}:${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits });
    cache.set(key, f);
  }
  return f;
}

/** Counts as integers, money in 万元 with up to two decimals, ratios as percentages; NULL as "—". */
export function formatValue(value: number | null | undefined, unit: Unit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'count':
      return numberFormat(lang, 0).format(value);
    case 'wan':
    case 'yuan':
      return numberFormat(lang, 2).format(value);
    case 'ratio':
      return `${numberFormat(lang, 1, 1).format(value * 100)}%`;
    case 'per100':
      return numberFormat(lang, 1, 1).format(value);
  }
}
