/** The parser's own findings (EXPORT.md: blank_cell, ambiguous_digits, unknown_label, missing_table, format_mixed, unit_unknown). */
import { NUMBER_COLUMNS } from '../schema/columns';
import type { Finding, RuleId, Severity } from '../schema/types';

const COLUMN_ZH = new Map(NUMBER_COLUMNS.map((c) => [c.name, c.zh]));

export function columnZh(column: string): string {
  return COLUMN_ZH.get(column) ?? column;
}

export function parserFinding(
  reportId: string,
  rule: RuleId,
  severity: Severity,
  column: string | null,
  expected: string | null,
  actual: string | null,
  message: string
): Finding {
  return { report_id: reportId, rule, severity, column, expected, actual, message };
}

export const TABLE_ZH = {
  s2: '二、主动公开政府信息情况',
  s3: '三、收到和处理政府信息公开申请情况',
  s4: '四、行政复议、行政诉讼情况'
} as const;
