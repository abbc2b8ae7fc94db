/** The dashboard's views, in nav order: one list for the header and for links to "the views". */
import type { Pathname } from '$app/types';
import type { MessageKey } from '$lib/i18n';

export interface ViewLink {
  path: Pathname;
  key: MessageKey;
  /** Views that show the report figures (as opposed to tools: data, import, about). */
  figures: boolean;
}

export const VIEWS: readonly ViewLink[] = [
  { path: '/', key: 'nav.home', figures: true },
  { path: '/compare/', key: 'nav.compare', figures: true },
  { path: '/trends/', key: 'nav.trends', figures: true },
  { path: '/permits/', key: 'nav.permits', figures: true },
  { path: '/penalties/', key: 'nav.penalties', figures: true },
  { path: '/fees/', key: 'nav.fees', figures: true },
  { path: '/review/', key: 'nav.review', figures: true },
  { path: '/applications/', key: 'nav.applications', figures: true },
  { path: '/quality/', key: 'nav.quality', figures: true },
  { path: '/coverage/', key: 'nav.coverage', figures: true },
  { path: '/search/', key: 'nav.search', figures: false },
  { path: '/data/', key: 'nav.data', figures: false },
  { path: '/import/', key: 'nav.import', figures: false },
  { path: '/about/', key: 'nav.about', figures: false }
];

/** The nav entry a pathname belongs to; a body page (reached from the views) belongs to none. */
export function currentView(pathname: string): Pathname | null {
  if (pathname.includes('/agency/')) return null;
  return VIEWS.slice(1).find((v) => pathname.endsWith(v.path))?.path ?? '/';
}
