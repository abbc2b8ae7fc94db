/** Chinese names of applicant columns and export columns as a supervisor reads them in the printed tables. */
import { APPLICANTS, NUMBER_COLUMNS, type ApplicantId } from '../schema/columns';

const COLUMN_ZH = new Map(NUMBER_COLUMNS.map((c) => [c.name, c.zh]));

export function applicantZh(id: ApplicantId): string {
  return APPLICANTS.find((a) => a.id === id)?.zh ?? id;
}

/** The label of an export number column, e.g. `行政许可 处理决定数量`. */
export function columnZh(column: string): string {
  return COLUMN_ZH.get(column) ?? column;
}
