/** Rows of one body's findings, sections and provenance, grouped by report for the body page. */
import type { AgencyFinding, AgencyProvenance } from '../../queries/agency';
import type { Severity } from '../../schema/types';

export function groupByReport<T extends { report_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.report_id);
    if (list) list.push(r);
    else out.set(r.report_id, [r]);
  }
  return out;
}

/** Per report, each number's provenance by column. */
export function provenanceByReport(rows: readonly AgencyProvenance[]): Map<string, Map<string, AgencyProvenance>> {
  const out = new Map<string, Map<string, AgencyProvenance>>();
  for (const [id, list] of groupByReport(rows)) out.set(id, new Map(list.map((p) => [p.column, p])));
  return out;
}

/** Columns that findings name, with the worst severity (an error outranks a warning). */
export function columnFlags(findings: readonly AgencyFinding[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const f of findings) if (f.column && out.get(f.column) !== 'error') out.set(f.column, f.severity);
  return out;
}
