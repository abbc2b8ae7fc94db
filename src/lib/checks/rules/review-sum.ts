/** FORMAT.md rule 4: in each group of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
import { REVIEW_GROUPS, reviewColumn } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { checkPartsSum, partsSumGroup } from '../parts-sum';

const GROUPS = REVIEW_GROUPS.map((group) =>
  partsSumGroup(
    group.zh,
    (['upheld', 'corrected', 'other', 'pending'] as const).map((o) => reviewColumn(group.id, o)),
    reviewColumn(group.id, 'total')
  )
);

export function checkReviewSum(report: ReportRecord): Finding[] {
  return checkPartsSum(
    report,
    'review_sum',
    GROUPS,
    (group, expected, actual) =>
      `“${group}”：结果维持、结果纠正、其他结果、尚未审结之和（${expected}）应等于总计（${actual}）。`
  );
}
