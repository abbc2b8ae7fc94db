/**
 * The one HTML escaper: every string from the data that goes into an ECharts tooltip (which
 * renders HTML) passes through it. Svelte templates escape on their own; no {@html} with data.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
