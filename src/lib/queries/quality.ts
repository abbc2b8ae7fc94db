/**
 * Data-quality queries over `checks`, joined to `reports` so the global filters apply to the
 * report a finding belongs to. Rule and severity are bound values.
 */
import type { QueryRunner, SqlParam } from '../db/types';
import { filtersToWhere } from '../filters/sql';
import type { Filters } from '../filters/types';
import type { Severity } from '../schema/types';

/**
 * The reports in the selection, one row per report_id, as a subquery aliased `r`. The same
 * report_id can come from two export folders (a real report and its demo twin); `checks` and
 * `sections` carry no origin, so joining them to `reports` directly would count their rows twice.
 */
export function selectedReports(filters: Filters): { sql: string; params: SqlParam[] } {
  const where = filtersToWhere(filters, 'r');
  return {
    sql: `(SELECT r.report_id, first(r.agency_id) AS agency_id, first(r.agency) AS agency, first(r.year) AS year,
             first(r.scope) AS scope
           FROM reports r WHERE ${where.sql} GROUP BY r.report_id) r`,
    params: where.params
  };
}

export type FindingSummaryRow = {
  rule: string;
  severity: Severity;
  findings: number;
  reports: number;
  bodies: number;
};

export type FindingListRow = {
  report_id: string;
  agency_id: string;
  agency: string;
  year: number;
  rule: string;
  severity: Severity;
  column: string | null;
  expected: string | null;
  actual: string | null;
  message: string;
};

export type FindingSelection = {
  rule: string | null;
  severity: Severity | null;
  /** Rows per page: 1-1000, default 200. */
  limit?: number;
};

/** Findings per rule and severity in the selection: most frequent first. */
export async function findingSummary(runner: QueryRunner, filters: Filters): Promise<FindingSummaryRow[]> {
  const from = selectedReports(filters);
  return runner.query<FindingSummaryRow>(
    `SELECT c.rule, c.severity, count(*)::INTEGER AS findings,
            count(DISTINCT c.report_id)::INTEGER AS reports, count(DISTINCT r.agency_id)::INTEGER AS bodies
     FROM checks c JOIN ${from.sql} ON r.report_id = c.report_id
     GROUP BY c.rule, c.severity
     ORDER BY findings DESC, c.rule, c.severity`,
    from.params
  );
}

/** `FROM checks c JOIN <selected reports> r WHERE <rule and severity>`, with its parameters. */
function selectionFrom(filters: Filters, sel: FindingSelection): { sql: string; params: SqlParam[] } {
  const reports = selectedReports(filters);
  const parts = ['TRUE'];
  const params = [...reports.params];
  if (sel.rule !== null) {
    parts.push('c.rule = ?');
    params.push(sel.rule);
  }
  if (sel.severity !== null) {
    parts.push('c.severity = ?');
    params.push(sel.severity);
  }
  return { sql: `FROM checks c JOIN ${reports.sql} ON r.report_id = c.report_id WHERE ${parts.join(' AND ')}`, params };
}

/** One page of findings (errors first, newest year first) and the number of findings in all. */
export async function findingRows(
  runner: QueryRunner,
  filters: Filters,
  sel: FindingSelection
): Promise<{ rows: FindingListRow[]; total: number }> {
  const from = selectionFrom(filters, sel);
  const limit = Math.min(1000, Math.max(1, Math.trunc(sel.limit ?? 200)));
  const [rows, count] = await Promise.all([
    runner.query<FindingListRow>(
      `SELECT c.report_id, r.agency_id, r.agency, r.year, c.rule, c.severity, c."column", c.expected, c.actual, c.message
       ${from.sql}
       ORDER BY c.severity, r.year DESC, r.agency, c.report_id, c.rule, c."column" NULLS FIRST
       LIMIT ?`,
      [...from.params, limit]
    ),
    runner.query<{ total: number }>(`SELECT count(*)::INTEGER AS total ${from.sql}`, from.params)
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}

export type NarrativePart = {
  section: number;
  text: string;
};

export type DuplicateSide = {
  report_id: string;
  agency_id: string;
  agency: string;
  year: number;
  sections: NarrativePart[];
};

export type DuplicatePair = {
  /** The similarity the check computed (Jaccard over character 5-grams), from `actual`. */
  score: number;
  message: string;
  a: DuplicateSide;
  /** The report the finding names (`expected`), when the check named one. */
  otherId: string | null;
  /** That report; null when it is not in the loaded data. */
  b: DuplicateSide | null;
};

/**
 * near_duplicate findings of the reports in the selection, with both narratives. A pair found from
 * both sides (two bodies copying each other) is listed once. Highest score first.
 */
export async function duplicatePairs(runner: QueryRunner, filters: Filters): Promise<DuplicatePair[]> {
  const from = selectedReports(filters);
  const findings = (await runner.query<Record<string, unknown>>(
    `SELECT c.report_id, c.expected AS other_id, c.actual, c.message
     FROM checks c JOIN ${from.sql} ON r.report_id = c.report_id
     WHERE c.rule = 'near_duplicate'
     ORDER BY TRY_CAST(c.actual AS DOUBLE) DESC NULLS LAST, c.report_id`,
    from.params
  )) as { report_id: string; other_id: string | null; actual: string | null; message: string }[];
  if (findings.length === 0) return [];

  const ids = [...new Set(findings.flatMap((f) => (f.other_id ? [f.report_id, f.other_id] : [f.report_id])))];
  const marks = ids.map(() => '?').join(', ');
  const [reports, sections] = await Promise.all([
    runner.query<Record<string, unknown>>(
      `SELECT report_id, first(agency_id) AS agency_id, first(agency) AS agency, first(year) AS year
       FROM reports WHERE report_id IN (${marks}) GROUP BY report_id`,
      ids
    ),
    runner.query<Record<string, unknown>>(
      `SELECT report_id, section, text FROM sections WHERE report_id IN (${marks}) ORDER BY report_id, section`,
      ids
    )
  ]);
  const sides = new Map<string, DuplicateSide>();
  for (const r of reports) {
    const id = String(r.report_id);
    sides.set(id, {
      report_id: id,
      agency_id: String(r.agency_id),
      agency: String(r.agency),
      year: Number(r.year),
      sections: []
    });
  }
  for (const s of sections)
    sides.get(String(s.report_id))?.sections.push({ section: Number(s.section), text: String(s.text) });

  const seen = new Set<string>();
  const out: DuplicatePair[] = [];
  for (const f of findings) {
    const key = [f.report_id, f.other_id ?? ''].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const a = sides.get(f.report_id);
    if (!a) continue;
    out.push({
      score: Number(f.actual),
      message: f.message,
      a,
      otherId: f.other_id,
      b: f.other_id ? (sides.get(f.other_id) ?? null) : null
    });
  }
  return out;
}
