/** Review and litigation outcomes: which export columns make each outcome of a case kind. Pure. */
import { REVIEW_OUTCOMES, reviewColumn, type ReviewGroupId, type ReviewOutcomeId } from '../schema/columns';
import { valueOf } from '../charts/rows';
import type { AggregateRow } from '../queries/types';

export type CaseKind = 'review' | 'suit';

const GROUPS: Record<CaseKind, readonly ReviewGroupId[]> = {
  review: ['review'],
  suit: ['suit_direct', 'suit_after_review']
};

/** The four outcomes stacked in the chart (总计 is their sum, shown in the table). */
export const STACKED_OUTCOMES: readonly Exclude<ReviewOutcomeId, 'total'>[] = [
  'upheld',
  'corrected',
  'other',
  'pending'
];

export function outcomeColumns(kind: CaseKind, outcome: ReviewOutcomeId): string[] {
  return GROUPS[kind].map((g) => reviewColumn(g, outcome));
}

/** Every review/litigation column, for the aggregate request. */
export const ALL_REVIEW_COLUMNS: readonly string[] = (['review', 'suit_direct', 'suit_after_review'] as const).flatMap(
  (g) => REVIEW_OUTCOMES.map((o) => reviewColumn(g, o.id))
);

/** An outcome's count in a row of sums: direct and after-review suits added for `suit`. */
export function outcomeValue(row: AggregateRow, kind: CaseKind, outcome: ReviewOutcomeId): number {
  return outcomeColumns(kind, outcome).reduce((sum, c) => sum + valueOf(row, c), 0);
}

export function outcomeLabel(outcome: ReviewOutcomeId, lang: 'zh' | 'en'): string {
  const o = REVIEW_OUTCOMES.find((x) => x.id === outcome);
  return o ? o[lang] : outcome;
}
