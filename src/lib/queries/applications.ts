/**
 * Queries of the applications view (section 三): the 总计 column of every row, and the new
 * applications per applicant type, summed per year, body or district; and the outcome mix over
 * only the reports that fill their outcome rows.
 */
import type { QueryRunner } from '../db/types';
import type { Filters } from '../filters/types';
import { APPLICANTS, APPLICATION_ROWS, appColumn, OUTCOME_LEAF_ROWS, type ApplicantId } from '../schema/columns';
import { aggregate, aggregateSql } from './aggregate';
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

/** Every cell of the outcome mix: the leaf rows of （一）…（六） and （七）总计, 总计 column. */
export const OUTCOME_MEASURES: readonly string[] = [...OUTCOME_LEAF_ROWS, 'outcome_total' as const].map((r) =>
  appColumn(r, 'total')
);

/**
 * A report's outcome rows are filled when at least one leaf outcome cell is not NULL. A report that
 * fills only （七）总计 (上海市人民政府办公厅 2019) would otherwise put its total in the denominator of
 * every share and 公开率 while its outcomes count as 0.
 */
const OUTCOMES_FILLED = `(${OUTCOME_LEAF_ROWS.map((r) => `${appColumn(r, 'total')} IS NOT NULL`).join(' OR ')})`;
const TOTAL_ONLY = `(NOT ${OUTCOMES_FILLED} AND ${appColumn('outcome_total', 'total')} IS NOT NULL)`;

/**
 * The aggregate of `filters` over the reports that meet `condition` only. The CTE named `reports`
 * shadows the table for the aggregate's `FROM reports`, so the aggregate's SQL is used as it is.
 */
async function sumsWhere(
  runner: QueryRunner,
  condition: string,
  filters: Filters,
  by: readonly GroupKey[]
): Promise<AggregateRow[]> {
  const { sql, params } = aggregateSql(filters, { measures: OUTCOME_MEASURES, by });
  return runner.query<AggregateRow>(`WITH reports AS (SELECT * FROM main.reports WHERE ${condition}) ${sql}`, params);
}

export interface OutcomeSums {
  /** Outcome sums over the reports whose outcome rows are filled; `reports` counts those reports. */
  filled: AggregateRow[];
  /**
   * The reports left out because they fill （七）总计 but no outcome row: `reports` counts them and
   * `app_outcome_total_total` adds their totals. Groups without such a report have no row.
   */
  totalOnly: AggregateRow[];
}

/** The outcome mix and its denominators, counting only reports whose outcome rows are filled. */
export async function outcomeSums(
  runner: QueryRunner,
  filters: Filters,
  by: readonly GroupKey[]
): Promise<OutcomeSums> {
  const filled = await sumsWhere(runner, OUTCOMES_FILLED, filters, by);
  const totalOnly = await sumsWhere(runner, TOTAL_ONLY, filters, by);
  return { filled, totalOnly };
}

/** Extra fields of a row joined with its outcome sums (`joinOutcomes`). */
export const OUTCOME_REPORTS = 'outcome_reports';
export const TOTAL_ONLY_REPORTS = 'total_only_reports';
export const TOTAL_ONLY_CASES = 'total_only_cases';

const groupKey = (row: AggregateRow, by: readonly GroupKey[]): string => JSON.stringify(by.map((k) => row[k] ?? null));

/**
 * Rows of `applicationSums` with their outcome cells (and `__n`) replaced by the sums over filled
 * reports only, plus `outcome_reports` (reports in the outcome mix), `total_only_reports` and
 * `total_only_cases` (reports left out and their （七）总计). Other cells are kept as they are.
 */
export function joinOutcomes(
  rows: readonly AggregateRow[],
  sums: OutcomeSums,
  by: readonly GroupKey[]
): AggregateRow[] {
  const filled = new Map(sums.filled.map((r) => [groupKey(r, by), r]));
  const totalOnly = new Map(sums.totalOnly.map((r) => [groupKey(r, by), r]));
  return rows.map((row) => {
    const f = filled.get(groupKey(row, by));
    const t = totalOnly.get(groupKey(row, by));
    const out: AggregateRow = { ...row };
    for (const m of OUTCOME_MEASURES) {
      out[m] = f?.[m] ?? null;
      out[`${m}__n`] = f?.[`${m}__n`] ?? 0;
    }
    out[OUTCOME_REPORTS] = f?.reports ?? 0;
    out[TOTAL_ONLY_REPORTS] = t?.reports ?? 0;
    out[TOTAL_ONLY_CASES] = Number(t?.[appColumn('outcome_total', 'total')] ?? 0);
    return out;
  });
}

/** `applicationSums` joined with the outcome sums over filled reports (what the view shows). */
export async function applicationRows(
  runner: QueryRunner,
  filters: Filters,
  by: readonly GroupKey[]
): Promise<AggregateRow[]> {
  const rows = await applicationSums(runner, filters, by);
  return joinOutcomes(rows, await outcomeSums(runner, filters, by), by);
}
