/**
 * Rows of section 三 sums → what the applications view charts: outcome groups with their counts,
 * the refusal reasons ranked, applicant types. Pure.
 */
import { valueOf } from '../../charts/rows';
import type { Lang } from '../../i18n/index';
import { OUTCOME_SHARES } from '../../metrics/derived';
import { ratio, type RatioMetric } from '../../metrics';
import { APPLICATION_ROWS, APPLICANTS, appColumn, type ApplicationRowId } from '../../schema/columns';
import type { AggregateRow } from '../../queries/types';

export interface OutcomeGroup {
  /** `granted`, `partial`, `denied`, `unable`, `rejected`, `other`. */
  id: string;
  share: RatioMetric;
}

/** The six outcome groups （一）…（六）, from the metric dictionary's outcome shares. */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = OUTCOME_SHARES.map((share) => ({
  id: share.id.replace(/^share_/, ''),
  share
}));

/** A group's count in a row of sums (its leaf rows added; NULL as 0). */
export function groupCount(row: AggregateRow, g: OutcomeGroup): number {
  return ratio(row, g.share).numerator;
}

/** （七）总计 of a row: the denominator of every share. */
export function outcomeTotal(row: AggregateRow): number {
  return valueOf(row, appColumn('outcome_total', 'total'));
}

/** The sub-rows of 不予公开, 无法提供 and 不予处理: the reasons a request was refused. */
export const REFUSAL_ROWS: readonly ApplicationRowId[] = APPLICATION_ROWS.map((r) => r.id).filter((id) =>
  /^(denied|unable|rejected)_/.test(id)
);

export interface RefusalReason {
  row: ApplicationRowId;
  label: string;
  count: number;
  /** Share of all refusals (the 16 rows together). */
  share: number | null;
}

/** Refusal reasons of one row of sums, most frequent first; reasons never used are left out. */
export function rankRefusals(row: AggregateRow | undefined, lang: Lang): RefusalReason[] {
  if (!row) return [];
  const counts = REFUSAL_ROWS.map((id) => ({ id, count: valueOf(row, appColumn(id, 'total')) }));
  const all = counts.reduce((sum, c) => sum + c.count, 0);
  return counts
    .filter((c) => c.count > 0)
    .map((c) => {
      const def = APPLICATION_ROWS.find((r) => r.id === c.id);
      return { row: c.id, label: def ? def[lang] : c.id, count: c.count, share: all > 0 ? c.count / all : null };
    })
    .sort((a, b) => b.count - a.count || REFUSAL_ROWS.indexOf(a.row) - REFUSAL_ROWS.indexOf(b.row));
}

/** Label of an applicant type in the UI language. */
export function applicantLabel(id: string, lang: Lang): string {
  const a = APPLICANTS.find((x) => x.id === id);
  return a ? a[lang] : id;
}
