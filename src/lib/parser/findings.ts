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

/**
 * The message of a cell that a prose statement decided among the splits of a run of digits. Kept
 * next to its reader (`proofStatements`) so that accuracy scoring can tell what proved a value.
 */
export function provedMessage(column: string, run: string, statements: readonly string[], value: number): string {
  const quoted = statements.map((s) => `“${s}”`).join('、');
  return `${columnZh(column)}的数字与相邻格连在一起（“${run}”），按正文${quoted}定为${value}。`;
}

const PROOF = /按正文((?:“[^”]+”、?)+)定为/;

/** The prose statements a `provedMessage` names; empty for any other message. */
export function proofStatements(message: string): string[] {
  const m = PROOF.exec(message);
  return m ? [...m[1].matchAll(/“([^”]+)”/g)].map((x) => x[1]) : [];
}
