/** Messages between the import page and the parse worker. */
import type { ExportBundle } from '../export/types';
import type { FileStage } from './ingest';

/** Page → worker: the dropped files (File objects clone cheaply; the worker reads them). */
export interface ParseRequest {
  files: File[];
}

/** Worker → page. */
export type ParseMessage =
  | { type: 'stage'; index: number; stage: FileStage }
  | { type: 'result'; sources: string[]; bundle: ExportBundle }
  | { type: 'error'; message: string };
