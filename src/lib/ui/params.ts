/**
 * Pure query-string helpers (plain copies, never reactive state): one key changed, the part of
 * a query string that links between views carry, a URL with another query string.
 */
import { filtersFromSearchParams, filtersToSearchParams } from '../filters/url';

/** A copy of `params` with `key` set to `value`, or removed when `value` is null. */
export function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const out = new URLSearchParams(params);
  if (value === null) out.delete(key);
  else out.set(key, value);
  return out;
}

/** `?…` with the filters and the language of `params` (not a view's own keys), or ''. */
export function sharedQueryOf(params: URLSearchParams): string {
  const keep = new URLSearchParams();
  const lang = params.get('lang');
  if (lang) keep.set('lang', lang);
  const query = filtersToSearchParams(filtersFromSearchParams(params), keep).toString();
  return query === '' ? '' : `?${query}`;
}

/** `url` with its query string replaced by `params`. */
export function withSearch(url: URL, params: URLSearchParams): URL {
  const out = new URL(url);
  out.search = params.toString();
  return out;
}
