import type { DocumentText } from '../input/types';
import type { ManifestRow } from '../identity/types';
import type { Finding, Origin, Provenance, ReportRecord, SectionText } from '../schema/types';

export interface ParseOptions {
  /** Path of the input relative to the folder given to the ingest command (the `source` column). */
  source: string;
  /** SHA-256 hex of the input bytes. */
  sha256: string;
  /** A manifest row for this file: every field it sets overrides the parser's guess. */
  manifest?: ManifestRow;
  origin?: Origin;
}

/** The parser's answer for one input. */
export type ParseOutcome =
  | {
      kind: 'report';
      /** check_errors / check_warnings are filled by the pipeline after cross-report checks. */
      report: ReportRecord;
      /** Parser findings and single-report rule findings. */
      findings: Finding[];
      sections: SectionText[];
      provenance: Provenance[];
      /** The whole prose of the report (outside the tables), for prose/table cross-checks. */
      prose: string;
    }
  | {
      kind: 'rejected';
      reason: 'not_a_report' | 'unreadable';
      /** Chinese, then English. */
      message: string;
    };

export type ParseReport = (doc: DocumentText, options: ParseOptions) => ParseOutcome;
