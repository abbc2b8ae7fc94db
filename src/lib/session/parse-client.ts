/**
 * The page's side of the parse worker: start a worker for one batch of files, relay each file's
 * stage, resolve with the bundle, and end the worker.
 */
import type { ExportBundle } from '../export/types';
import type { FileStage } from './ingest';
import type { ParseMessage, ParseRequest } from './protocol';

export interface ParsedBatch {
  /** The `source` of each file, in the order given (names made unique). */
  sources: string[];
  bundle: ExportBundle;
}

const OUR_TYPES: readonly unknown[] = ['stage', 'result', 'error'] satisfies ParseMessage['type'][];

/**
 * pdf.js runs its own worker code inside the parse worker (it cannot start a nested worker from
 * there, so it falls back to loading that code in the same thread), and that code greets its
 * "main thread" with messages of its own: only ours are answered.
 */
function isParseMessage(data: unknown): data is ParseMessage {
  return typeof data === 'object' && data !== null && OUR_TYPES.includes((data as { type?: unknown }).type);
}

export function parseInWorker(
  files: readonly File[],
  onStage: (index: number, stage: FileStage) => void
): Promise<ParsedBatch> {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ParsedBatch>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isParseMessage(message)) return;
      if (message.type === 'stage') onStage(message.index, message.stage);
      else if (message.type === 'result') resolve({ sources: message.sources, bundle: message.bundle });
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'parse worker failed to start'));
    const request: ParseRequest = { files: [...files] };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
