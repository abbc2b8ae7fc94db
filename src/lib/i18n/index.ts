/**
 * A tiny translation layer: `t(lang, key, params)` is pure (used by chart builders and tests);
 * components use the reactive `t()` from ./lang.svelte.ts, which reads the current language.
 */
import { en, zh, type Dictionary, type MessageKey } from './dict';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type { MessageKey };

const DICTIONARIES: Record<Lang, Dictionary> = { zh, en };

export type MessageParams = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether `key` is one of the dictionary's messages (for keys built from data, e.g. `scope.agency`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

export function parseLang(value: string | null | undefined): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/** A bilingual label ({ zh, en }, as in the column dictionary) in the given language. */
export function pick(label: { zh: string; en: string }, lang: Lang): string {
  return label[lang];
}
