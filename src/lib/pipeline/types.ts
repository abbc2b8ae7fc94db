import type { ParseOutcome } from '../parser/types';
import type { RejectionReason } from '../schema/types';

/** One input file as the pipeline sees it: where it came from and what reading and parsing made of it. */
export type PipelineInput = {
  /** Path relative to the folder given to the ingest command (the `source` column). */
  source: string;
  /** SHA-256 hex of the input bytes. */
  sha256: string;
} & (
  | { rejection: { reason: RejectionReason; message: string }; outcome?: undefined }
  | { outcome: ParseOutcome; rejection?: undefined }
);

/** An input that parsed into a report. */
export type ParsedInput = { source: string; sha256: string; outcome: Extract<ParseOutcome, { kind: 'report' }> };
