/** FORMAT.md rule 6: this year's 上年结转 equals the same body's 结转下年度 of the year before. */
import { APPLICANTS, appColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, cell, numberText } from '../cells';
import { finding } from '../finding';
import { applicantZh } from '../labels';

const CARRIED_IN = APPLICANTS.map((a) => appColumn('carried_in', a.id));
const CARRIED_OUT = APPLICANTS.map((a) => appColumn('carried_out', a.id));

export function checkCarryOver(report: ReportRecord, previous: ReportRecord): Finding[] {
  // A row left wholly blank on either side was not reported: nothing to compare.
  if (allNull(report, CARRIED_IN) || allNull(previous, CARRIED_OUT)) return [];
  const out: Finding[] = [];
  APPLICANTS.forEach(({ id }, i) => {
    const inNow = cell(report, CARRIED_IN[i]);
    const outBefore = cell(previous, CARRIED_OUT[i]);
    if (inNow === null && outBefore === null) return;
    if ((inNow ?? 0) === (outBefore ?? 0)) return;
    const expected = numberText(outBefore ?? 0);
    const actual = numberText(inNow ?? 0);
    out.push(
      finding(
        report,
        'carry_over',
        CARRIED_IN[i],
        expected,
        actual,
        `“${applicantZh(id)}”列：上年结转申请数（${actual}）应等于${previous.year}年度报告的结转下年度继续办理数（${expected}）。`
      )
    );
  });
  return out;
}
