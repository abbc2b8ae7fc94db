/**
 * Publication deadlines (FORMAT.md, 条例 第五十条): a government's report for year Y is due by
 * 31 March of Y+1, a department's by 31 January of Y+1. 乡镇/街道 are governments (or act for one);
 * offices (政府办公室), departments and other bodies follow the department rule.
 */
import type { BodyKind } from '../schema/types';

const GOVERNMENT_KINDS: ReadonlySet<BodyKind> = new Set<BodyKind>(['government', 'township']);

/** The last day (ISO `YYYY-MM-DD`) a report for `year` may be published on time. */
export function deadlineOf(year: number, kind: BodyKind): string {
  return GOVERNMENT_KINDS.has(kind) ? `${year + 1}-03-31` : `${year + 1}-01-31`;
}

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${JSON.stringify(iso)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** Whole days from `deadline` to `published`: positive when late, 0 or negative when on time. */
export function daysAfter(published: string, deadline: string): number {
  return utcDay(published) - utcDay(deadline);
}

export type Timeliness =
  | { status: 'on_time'; deadline: string; daysLate: 0 }
  | { status: 'late'; deadline: string; daysLate: number }
  /** The report states no publication date: lateness cannot be known. */
  | { status: 'unknown'; deadline: string; daysLate: null };

export function timeliness(year: number, kind: BodyKind, published: string | null): Timeliness {
  const deadline = deadlineOf(year, kind);
  if (published === null || published === '') return { status: 'unknown', deadline, daysLate: null };
  const days = daysAfter(published, deadline);
  return days > 0 ? { status: 'late', deadline, daysLate: days } : { status: 'on_time', deadline, daysLate: 0 };
}
