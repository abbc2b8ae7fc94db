/**
 * Full-text search over the narratives (`sections`): a case-insensitive substring match with the
 * text bound as a parameter (`contains`, so `%` and `_` are plain characters). DuckDB's FTS
 * extension would have to be downloaded, which the offline dashboard never does.
 */
import type { QueryRunner, SqlParam } from '../db/types';
import type { Filters } from '../filters/types';
import { selectedReports } from './quality';

export type SearchHit = {
  report_id: string;
  agency_id: string;
  agency: string;
  year: number;
  scope: string;
  section: 1 | 5 | 6;
  text: string;
};

export type SearchOptions = {
  /** Only this section (1, 5 or 6). */
  section?: 1 | 5 | 6 | null;
  /** Results per page: 1-500, default 50. */
  limit?: number;
};

export const MAX_SEARCH_TEXT = 100;

/** The search text as searched: trimmed; empty or too long means no search. */
export function searchText(text: string | null): string | null {
  const t = (text ?? '').trim();
  return t === '' || t.length > MAX_SEARCH_TEXT ? null : t;
}

export async function searchSections(
  runner: QueryRunner,
  filters: Filters,
  text: string,
  options: SearchOptions = {}
): Promise<{ rows: SearchHit[]; total: number }> {
  const needle = searchText(text);
  if (needle === null) return { rows: [], total: 0 };
  const reports = selectedReports(filters);
  const parts = ['contains(lower(s.text), lower(?))'];
  const params: SqlParam[] = [...reports.params, needle];
  if (options.section) {
    parts.push('s.section = ?');
    params.push(options.section);
  }
  const limit = Math.min(500, Math.max(1, Math.trunc(options.limit ?? 50)));
  const from = `FROM sections s JOIN ${reports.sql} ON r.report_id = s.report_id WHERE ${parts.join(' AND ')}`;
  const [rows, count] = await Promise.all([
    runner.query<SearchHit>(
      `SELECT s.report_id, r.agency_id, r.agency, r.year, r.scope, s.section, s.text ${from}
       ORDER BY r.year DESC, r.agency, s.report_id, s.section LIMIT ?`,
      [...params, limit]
    ),
    runner.query<{ total: number }>(`SELECT count(*)::INTEGER AS total ${from}`, params)
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}
