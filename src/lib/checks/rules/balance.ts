/** FORMAT.md rule 1 (the 勾稽关系 printed in the table): per applicant column, 一 + 二 = （七）总计 + 四. */
import { APPLICANTS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';
import { applicantZh } from '../labels';

/** Column names built once per module, not per report. */
const COLUMNS = APPLICANTS.map(({ id }) => {
  const received = [appColumn('new', id), appColumn('carried_in', id)];
  const handled = [appColumn('outcome_total', id), appColumn('carried_out', id)];
  return { id, received, handled, all: [...received, ...handled] };
});

export function checkBalance(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const { id, received, handled, all } of COLUMNS) {
    if (allNull(report, all)) continue;
    const expected = sumCells(report, received);
    const actual = sumCells(report, handled);
    if (expected === actual) continue;
    out.push(
      finding(
        report,
        'balance',
        received[0],
        numberText(expected),
        numberText(actual),
        `“${applicantZh(id)}”列：新收申请数加上年结转数（${numberText(expected)}）应等于办理结果总计加结转下年度数（${numberText(actual)}）。`
      )
    );
  }
  return out;
}
