/** FORMAT.md rule 3: per row of section 三, 总计 = the sum of the six applicant columns. */
import { APPLICANTS, APPLICATION_ROWS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';

const PARTS = APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.id);

export function checkApplicantSum(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const row of APPLICATION_ROWS) {
    const parts = PARTS.map((a) => appColumn(row.id, a));
    const total = appColumn(row.id, 'total');
    if (allNull(report, [...parts, total])) continue;
    const expected = sumCells(report, parts);
    const actual = sumCells(report, [total]);
    if (expected === actual) continue;
    out.push(
      finding(
        report,
        'applicant_sum',
        parts[0],
        numberText(expected),
        numberText(actual),
        `“${row.zh}”行：六类申请人之和（${numberText(expected)}）应等于“总计”列（${numberText(actual)}）。`
      )
    );
  }
  return out;
}
