/**
 * The parse worker: dropped files → one ExportBundle, off the main thread, with the same code as
 * the ingest command. Nothing leaves the browser: the files are read here and the bundle is
 * posted back to the page.
 */
import { usePdfWorker } from '../input/pdf/worker.browser';
import { buildBundle } from '../pipeline/bundle';
import { ingestAll } from './ingest';
import type { ParseMessage, ParseRequest } from './protocol';

// The DOM lib types `self` as Window; in a dedicated worker these two members are all we use.
const scope = self as unknown as {
  postMessage(message: ParseMessage): void;
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
};

scope.onmessage = (event) => {
  void run(event.data);
};

async function run({ files }: ParseRequest): Promise<void> {
  try {
    usePdfWorker();
    const { sources, inputs } = await ingestAll(files, (index, stage) =>
      scope.postMessage({ type: 'stage', index, stage })
    );
    scope.postMessage({ type: 'result', sources, bundle: buildBundle(inputs) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
