/** Rows of `reports` for the tables under the charts: chosen columns, sorted, one page at a time. */
import type { QueryRunner } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import { assertReportColumn, ident } from './columns';

export interface ReportRowsOptions {
  /** A column of reports (default: newest year first, then body name). */
  orderBy?: string;
  desc?: boolean;
  /** Rows per page: 1-10000, default 100. */
  limit?: number;
  offset?: number;
}

export type ReportRow = Record<string, string | number | null>;

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

function wholeNumber(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

export async function reportRows(
  runner: QueryRunner,
  filters: Filters,
  columns: readonly string[],
  options: ReportRowsOptions = {}
): Promise<{ rows: ReportRow[]; total: number }> {
  const wanted = [...new Set(columns.map(assertReportColumn))];
  if (wanted.length === 0) throw new Error('reportRows: 至少需要一列 / at least one column');
  const where = filtersToWhere(filters);
  const direction = options.desc ? 'DESC' : 'ASC';
  const order = options.orderBy
    ? `${ident(assertReportColumn(options.orderBy))} ${direction} NULLS LAST, report_id`
    : 'year DESC, agency, report_id';
  const limit = wholeNumber(options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = wholeNumber(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);

  const [rows, count] = await Promise.all([
    runner.query<ReportRow>(
      `SELECT ${wanted.map(ident).join(', ')} FROM reports WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...where.params, limit, offset]
    ),
    runner.query<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM reports WHERE ${where.sql}`, where.params)
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}
