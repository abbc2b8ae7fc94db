/**
 * Everything the body page shows about one body (agency_id): its reports (every column), findings,
 * narrative sections and per-number provenance. Values are bound; no identifier comes from input.
 */
import type { QueryRunner } from '../db/types';
import { REPORT_COLUMN_NAMES } from '../schema/columns';
import type { Severity } from '../schema/types';
import { ident } from './columns';
import type { ReportRow } from './reports';

export type AgencyFinding = {
  report_id: string;
  rule: string;
  severity: Severity;
  column: string | null;
  expected: string | null;
  actual: string | null;
  message: string;
};

export type AgencySection = {
  report_id: string;
  section: 1 | 5 | 6;
  text: string;
};

export type AgencyProvenance = {
  report_id: string;
  column: string;
  location: string;
  raw: string;
};

export type AgencyData = {
  /** Newest year first; within a year, `agency` scope before `jurisdiction`. */
  reports: ReportRow[];
  findings: AgencyFinding[];
  sections: AgencySection[];
  provenance: AgencyProvenance[];
};

const OF_AGENCY = 'report_id IN (SELECT report_id FROM reports WHERE agency_id = ?)';

export async function agencyReports(runner: QueryRunner, agencyId: string): Promise<ReportRow[]> {
  return runner.query<ReportRow>(
    `SELECT ${REPORT_COLUMN_NAMES.map(ident).join(', ')} FROM reports WHERE agency_id = ? ORDER BY year DESC, scope`,
    [agencyId]
  );
}

export async function agencyData(runner: QueryRunner, agencyId: string): Promise<AgencyData> {
  const [reports, findings, sections, provenance] = await Promise.all([
    agencyReports(runner, agencyId),
    runner.query<AgencyFinding>(
      `SELECT report_id, rule, severity, "column", expected, actual, message FROM checks WHERE ${OF_AGENCY}
       ORDER BY report_id, severity, rule, "column" NULLS FIRST`,
      [agencyId]
    ),
    runner.query<AgencySection>(
      `SELECT report_id, section, text FROM sections WHERE ${OF_AGENCY} ORDER BY report_id, section`,
      [agencyId]
    ),
    runner.query<AgencyProvenance>(
      `SELECT report_id, "column", location, raw FROM provenance WHERE ${OF_AGENCY} ORDER BY report_id, "column"`,
      [agencyId]
    )
  ]);
  return { reports, findings, sections, provenance };
}
