/**
 * Client-only state of the shell. `mounted` stays false during prerender and the first (hydrating)
 * render, so everything that reads the URL's query string (which prerendering cannot see) renders
 * the same as the prerendered HTML first and updates right after.
 */
export const app = $state<{ mounted: boolean; narrow: boolean }>({ mounted: false, narrow: false });

/** Below this width the layout is a phone's: filters in a drawer, shorter chart labels. */
export const NARROW_QUERY = '(max-width: 720px)';
