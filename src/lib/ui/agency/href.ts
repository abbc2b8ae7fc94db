/**
 * Links to a body's page. Body ids hold Chinese and `-` (e.g. `410308-人力资源和社会保障局`), so
 * the id is percent-encoded as one path segment; SvelteKit decodes it back into the route param.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { agencyPathSegment } from './path';

/**
 * The body page of `agencyId`, under the base path; `query` (e.g. sharedQuery()) and `hash` (an
 * element id on the page, such as `y2023-agency`) are appended.
 */
export function agencyHref(agencyId: string, query = '', hash = ''): ResolvedPathname {
  const path = `${resolve('/agency/[id]', { id: agencyPathSegment(agencyId) })}/${query}`;
  return (hash === '' ? path : `${path}#${encodeURIComponent(hash)}`) as ResolvedPathname;
}
