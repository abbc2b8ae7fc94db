/** The deterministic order of every export, so the same inputs always give the same files. */
import { REPORT_COLUMN_NAMES } from '../schema/columns';
import type { Finding, Provenance, Rejection, ReportRecord, SectionText } from '../schema/types';
import type { ExportBundle } from '../export/types';
import { byKeys, compareNumber, compareText } from './compare';

const COLUMN_RANK = new Map(REPORT_COLUMN_NAMES.map((name, i) => [name, i]));

/** Contract order of a column; columns outside the contract go last, by name. */
function compareColumn(a: string, b: string): number {
  const ra = COLUMN_RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = COLUMN_RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra !== rb ? ra - rb : compareText(a, b);
}

const reportOrder = byKeys<ReportRecord>((a, b) => compareText(a.report_id, b.report_id));

const checkOrder = byKeys<Finding>(
  (a, b) => compareText(a.report_id, b.report_id),
  (a, b) => compareText(a.rule, b.rule),
  (a, b) => compareText(a.column, b.column),
  (a, b) => compareText(a.severity, b.severity),
  (a, b) => compareText(a.expected, b.expected),
  (a, b) => compareText(a.actual, b.actual),
  (a, b) => compareText(a.message, b.message)
);

const sectionOrder = byKeys<SectionText>(
  (a, b) => compareText(a.report_id, b.report_id),
  (a, b) => compareNumber(a.section, b.section),
  (a, b) => compareText(a.text, b.text)
);

const provenanceOrder = byKeys<Provenance>(
  (a, b) => compareText(a.report_id, b.report_id),
  (a, b) => compareColumn(a.column, b.column),
  (a, b) => compareText(a.location, b.location),
  (a, b) => compareText(a.raw, b.raw)
);

const rejectionOrder = byKeys<Rejection>(
  (a, b) => compareText(a.source, b.source),
  (a, b) => compareText(a.reason, b.reason),
  (a, b) => compareText(a.sha256, b.sha256)
);

export function sortBundle(bundle: ExportBundle): ExportBundle {
  return {
    reports: [...bundle.reports].sort(reportOrder),
    checks: [...bundle.checks].sort(checkOrder),
    sections: [...bundle.sections].sort(sectionOrder),
    provenance: [...bundle.provenance].sort(provenanceOrder),
    rejections: [...bundle.rejections].sort(rejectionOrder)
  };
}
