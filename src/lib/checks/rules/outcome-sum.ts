/** FORMAT.md rule 2: per applicant column, （七）总计 = the sum of the outcome leaf rows （一）…（六）. */
import { APPLICANTS, OUTCOME_LEAF_ROWS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';
import { applicantZh } from '../labels';

/** Column names built once: building them per report was most of the rule's time. */
const COLUMNS = APPLICANTS.map(({ id }) => {
  const leaves = OUTCOME_LEAF_ROWS.map((row) => appColumn(row, id));
  const total = appColumn('outcome_total', id);
  return { id, leaves, total, all: [...leaves, total] };
});

export function checkOutcomeSum(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const { id, leaves, total, all } of COLUMNS) {
    if (allNull(report, all)) continue;
    const expected = sumCells(report, leaves);
    const actual = sumCells(report, [total]);
    if (expected === actual) continue;
    out.push(
      finding(
        report,
        'outcome_sum',
        leaves[0],
        numberText(expected),
        numberText(actual),
        `“${applicantZh(id)}”列：（一）至（六）各项办理结果之和（${numberText(expected)}）应等于（七）总计（${numberText(actual)}）。`
      )
    );
  }
  return out;
}
