/**
 * The URL as the single source of the dashboard's state: filters (through the data layer's codec),
 * the language, and each view's own keys. Reading waits for mount (see app.svelte.ts).
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { Pathname, ResolvedPathname } from '$app/types';
import { filtersFromSearchParams, filtersToSearchParams } from '../filters/url';
import type { Filters } from '../filters/types';
import { app } from './app.svelte';
import { sharedQueryOf, withParam, withSearch } from './params';

const EMPTY: URLSearchParams = Object.freeze(new URLSearchParams()) as URLSearchParams;

export function currentParams(): URLSearchParams {
  return app.mounted ? page.url.searchParams : EMPTY;
}

export function currentFilters(): Filters {
  return filtersFromSearchParams(currentParams());
}

/** Go to the current page with `params` as its query string. */
export function navigateParams(params: URLSearchParams, replace = false): Promise<void> {
  // The current page's own URL (already resolved against the base path), with a new query.
  // eslint-disable-next-line svelte/no-navigation-without-resolve
  return goto(withSearch(page.url, params), { replaceState: replace, keepFocus: true, noScroll: true });
}

/** Apply new filters, keeping the view's own keys and the language. */
export function navigateFilters(next: Filters, replace = false): Promise<void> {
  return navigateParams(filtersToSearchParams(next, currentParams()), replace);
}

/** Set (or with null, remove) one of the view's own keys; a normal history entry. */
export function setViewParam(key: string, value: string | null): Promise<void> {
  return navigateParams(withParam(currentParams(), key, value));
}

/** Query string for a link to another view: the filters and the language, not view keys. */
export function sharedQuery(): string {
  return sharedQueryOf(currentParams());
}

/** A link to a view, under the base path, with the shared query string. */
export function viewHref(path: Pathname, query: string): ResolvedPathname {
  // resolve() adds the base path; the query string follows it unchanged.
  return `${resolve(path)}${query}` as ResolvedPathname;
}
