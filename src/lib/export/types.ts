import type { Finding, Provenance, Rejection, ReportRecord, SectionText } from '../schema/types';

/** Everything one ingest run writes: the five exports of EXPORT.md. */
export interface ExportBundle {
  reports: ReportRecord[];
  checks: Finding[];
  sections: SectionText[];
  provenance: Provenance[];
  rejections: Rejection[];
}
