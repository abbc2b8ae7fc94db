/**
 * Dropped files → pipeline inputs, with the same readers and parser as the ingest command
 * (src/lib/ingest-node does the same from disk). No DOM: it runs in the parse worker and in Node
 * tests (Node 20 has `File`). One file that cannot be read never stops the others.
 */
import { MAX_INPUT_BYTES, readInput } from '../input/index';
import { isRejection } from '../input/types';
import { parseReport } from '../parser/index';
import type { PipelineInput } from '../pipeline/types';
import { sha256Hex } from './sha256';

/** What the worker needs of a dropped `File`. */
export interface DroppedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What happens to one file, in order; `done` and `failed` are final. */
export type FileStage = 'waiting' | 'reading' | 'parsing' | 'done' | 'failed';

/**
 * A `source` per file: the file name, with `（2）`, `（3）`… added before the extension (which picks
 * the reader) when two dropped files share a name, so every row of the bundle points at one file.
 * Full-width brackets sort after `.`, so the pipeline's "first by path" keeps the first dropped.
 */
export function uniqueSources(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let source = name;
    for (let n = 2; used.has(source); n++) source = `${stem}（${n}）${ext}`;
    used.add(source);
    return source;
  });
}

/** Whether the pipeline input became a report (before de-duplication). */
export function isParsed(input: PipelineInput): boolean {
  return input.outcome?.kind === 'report';
}

/** One file through reading, hashing and parsing; `onStage` hears each step as it starts. */
export async function ingestDropped(
  file: DroppedFile,
  source: string,
  onStage: (stage: FileStage) => void = () => undefined
): Promise<PipelineInput> {
  let sha256 = '';
  let stage: 'reading' | 'parsing' = 'reading';
  try {
    onStage('reading');
    if (file.size > MAX_INPUT_BYTES) {
      // Checked before reading, so a huge file is never loaded into memory (readInput checks again).
      const mb = (file.size / 1024 / 1024).toFixed(1);
      const message = `文件「${source}」过大（${mb} MB，上限 50 MB） / ${source}: file too large (${mb} MB, limit 50 MB)`;
      return { source, sha256, rejection: { reason: 'too_large', message } };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    sha256 = await sha256Hex(bytes);
    const doc = await readInput(bytes, source);
    if (isRejection(doc)) return { source, sha256, rejection: { reason: doc.reason, message: doc.message } };
    stage = 'parsing';
    onStage('parsing');
    const outcome = parseReport(doc, { source, sha256, origin: 'real' });
    return { source, sha256, outcome };
  } catch (error) {
    // readInput and parseReport never throw by contract; this guards reading the file and hashing.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const [zh, en] = stage === 'reading' ? ['读取', 'reading'] : ['解析', 'parsing'];
    return {
      source,
      sha256,
      rejection: {
        reason: 'unreadable',
        message: `文件「${source}」${zh}时出错：${detail} / ${source}: error while ${en}: ${detail}`
      }
    };
  }
}

/** Ingest several files one after the other (the worker's job, also callable in Node tests). */
export async function ingestAll(
  files: readonly DroppedFile[],
  onStage: (index: number, stage: FileStage) => void = () => undefined
): Promise<{ sources: string[]; inputs: PipelineInput[] }> {
  const sources = uniqueSources(files.map((f) => f.name));
  const inputs: PipelineInput[] = [];
  for (const [i, file] of files.entries()) {
    const input = await ingestDropped(file, sources[i], (stage) => onStage(i, stage));
    inputs.push(input);
    onStage(i, isParsed(input) ? 'done' : 'failed');
  }
  return { sources, inputs };
}
