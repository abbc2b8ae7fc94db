/** FORMAT.md rule 4: in each group of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
import { REVIEW_GROUPS, reviewColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { allNull, numberText, sumCells } from '../cells';
import { finding } from '../finding';

/** Column names built once per module, not per report. */
const GROUPS = REVIEW_GROUPS.map((group) => {
  const parts = (['upheld', 'corrected', 'other', 'pending'] as const).map((o) => reviewColumn(group.id, o));
  const total = reviewColumn(group.id, 'total');
  return { group, parts, total, all: [...parts, total] };
});

export function checkReviewSum(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const { group, parts, total, all } of GROUPS) {
    if (allNull(report, all)) continue;
    const expected = sumCells(report, parts);
    const actual = sumCells(report, [total]);
    if (expected === actual) continue;
    out.push(
      finding(
        report,
        'review_sum',
        parts[0],
        numberText(expected),
        numberText(actual),
        `“${group.zh}”：结果维持、结果纠正、其他结果、尚未审结之和（${numberText(expected)}）应等于总计（${numberText(actual)}）。`
      )
    );
  }
  return out;
}
