/**
 * FORMAT.md rule 5: counts are non-negative integers. The 2019 本年增/减 (`*_change`) columns may be
 * negative; the two money columns may carry decimals.
 */
import { NUMBER_COLUMNS } from '../../schema/columns';
import type { Finding, ReportRecord } from '../../schema/types';
import { cell, numberText } from '../cells';
import { finding } from '../finding';

const CHECKED = NUMBER_COLUMNS.filter((c) => !c.name.endsWith('_change'));

export function checkNonNegative(report: ReportRecord): Finding[] {
  const out: Finding[] = [];
  for (const col of CHECKED) {
    const v = cell(report, col.name);
    if (v === null) continue;
    const isCount = col.type === 'BIGINT';
    if (v < 0) {
      out.push(
        finding(
          report,
          'non_negative',
          col.name,
          '>=0',
          numberText(v),
          `“${col.zh}”为负数（${numberText(v)}），不应小于0。`
        )
      );
    } else if (isCount && !Number.isInteger(v)) {
      out.push(
        finding(
          report,
          'non_negative',
          col.name,
          '整数',
          numberText(v),
          `“${col.zh}”是件数，应为整数，报告填为${numberText(v)}。`
        )
      );
    }
  }
  return out;
}
