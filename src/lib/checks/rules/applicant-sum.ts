/** FORMAT.md rule 3: per row of section 三, 总计 = the sum of the six applicant columns. */
import { APPLICANTS, APPLICATION_ROWS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';

const PARTS = APPLICANTS.filter((a) => a.id !== 'total').map((a) => a.id);

/** Column names built once: building them per report was most of the rule's time. */
const ROWS = APPLICATION_ROWS.map((row) => {
  const parts = PARTS.map((a) => appColumn(row.id, a));
  const total = appColumn(row.id, 'total');
  return { row, parts, total, all: [...parts, total] };
});

export function checkApplicantSum(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const { row, parts, total, all } of ROWS) {
    if (allNull(report, all)) continue;
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
