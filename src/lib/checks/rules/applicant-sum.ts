/** FORMAT.md rule 3: per row of section 三, 总计 = the sum of the six applicant columns. */
import { APPLICANTS, APPLICATION_ROWS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { checkPartsSum, partsSumGroup } from '../parts-sum';

const PARTS = APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.id);

const ROWS = APPLICATION_ROWS.map((row) =>
  partsSumGroup(
    row.zh,
    PARTS.map((a) => appColumn(row.id, a)),
    appColumn(row.id, 'total')
  )
);

export function checkApplicantSum(report: ReportRecord): Finding[] {
  return checkPartsSum(
    report,
    'applicant_sum',
    ROWS,
    (row, expected, actual) => `“${row}”行：六类申请人之和（${expected}）应等于“总计”列（${actual}）。`
  );
}
