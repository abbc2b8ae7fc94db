/**
 * The current UI language as reactive state. The layout sets it from the URL (`lang=en`) or
 * localStorage after mount; prerendered HTML is always Chinese.
 */
import { translate, type Lang, type MessageKey, type MessageParams } from './index';

export const LANG_STORAGE_KEY = 'nianbao.lang';

export const i18n = $state<{ lang: Lang }>({ lang: 'zh' });

export function t(key: MessageKey, params?: MessageParams): string {
  return translate(i18n.lang, key, params);
}
