/** The path segment of a body page: the body id, percent-encoded (pure, so it tests without Kit). */
export function agencyPathSegment(agencyId: string): string {
  if (agencyId === '') throw new Error('agency id is empty');
  return encodeURIComponent(agencyId);
}
