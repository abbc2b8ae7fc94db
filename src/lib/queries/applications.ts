/**
 * Queries of the applications view (section 三): the 总计 column of every row, and the new
 * applications per applicant type, summed per year, body or district.
 */
import type { QueryRunner } from '../db/types';
import type { Filters } from '../filters/types';
import { APPLICANTS, APPLICATION_ROWS, appColumn, type ApplicantId } from '../schema/columns';
import { aggregate } from './aggregate';
import type { AggregateRow, GroupKey } from './types';

/** The applicant columns without 总计, in table order. */
export const APPLICANT_TYPES: readonly Exclude<ApplicantId, 'total'>[] = APPLICANTS.map((a) => a.id).filter(
  (id): id is Exclude<ApplicantId, 'total'> => id !== 'total'
);

/** 本年新收 per applicant type and in total, plus the 总计 column of every row of the table. */
export const APPLICATION_MEASURES: readonly string[] = [
  ...APPLICANT_TYPES.map((a) => appColumn('new', a)),
  ...APPLICATION_ROWS.map((r) => appColumn(r.id, 'total'))
];

/** Section 三 sums grouped by `by` (agency scope is the caller's filter, as in every view). */
export function applicationSums(
  runner: QueryRunner,
  filters: Filters,
  by: readonly GroupKey[]
): Promise<AggregateRow[]> {
  return aggregate(runner, filters, { measures: APPLICATION_MEASURES, by });
}
