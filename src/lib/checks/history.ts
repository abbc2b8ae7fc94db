/**
 * Reports grouped by body and scope, so the rules that compare a report with the year before look
 * up one map entry instead of scanning all reports (100,000 reports must stay fast).
 */
import type { ReportRecord } from '../schema/types';

/** The reports of one agency_id + scope, by year (the first report of a year wins). */
export type AgencyHistory = Map<number, ReportRecord>;

export function historyKey(report: Pick<ReportRecord, 'agency_id' | 'scope'>): string {
  return `${report.agency_id}\u0000${report.scope}`;
}

export function groupByAgency(reports: readonly ReportRecord[]): Map<string, AgencyHistory> {
  const groups = new Map<string, AgencyHistory>();
  for (const report of reports) {
    const key = historyKey(report);
    let history = groups.get(key);
    if (!history) groups.set(key, (history = new Map()));
    if (!history.has(report.year)) history.set(report.year, report);
  }
  return groups;
}

/** Each report paired with the same body's report of the year before, where there is one. */
export function* withPreviousYear(
  groups: Map<string, AgencyHistory>
): Generator<{ report: ReportRecord; previous: ReportRecord }> {
  for (const history of groups.values()) {
    for (const [year, report] of history) {
      const previous = history.get(year - 1);
      if (previous) yield { report, previous };
    }
  }
}
