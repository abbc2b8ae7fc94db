/**
 * One file through the readers and the parser. Whatever goes wrong inside them becomes an
 * `unreadable` rejection naming the file and the error: one bad file never stops the run.
 */
import type { ManifestRow } from '../identity/types';
import { isRejection, type InputResult } from '../input/types';
import type { ParseReport } from '../parser/types';
import type { PipelineInput } from '../pipeline/types';
import { loadFile } from './read-file';
import type { InputFile } from './files';

export interface IngestDeps {
  readInput: (bytes: Uint8Array, fileName: string) => Promise<InputResult>;
  parseReport: ParseReport;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export async function ingestFile(
  file: InputFile,
  manifest: ManifestRow | undefined,
  deps: IngestDeps
): Promise<PipelineInput> {
  const { source } = file;
  let sha256 = '';
  let stage = '读取 / reading';
  try {
    const loaded = await loadFile(file.path, source);
    sha256 = loaded.sha256;
    if (!loaded.ok) return { source, sha256, rejection: { reason: loaded.reason, message: loaded.message } };

    const doc = await deps.readInput(loaded.bytes, source);
    if (isRejection(doc)) return { source, sha256, rejection: { reason: doc.reason, message: doc.message } };

    stage = '解析 / parsing';
    const outcome = deps.parseReport(doc, { source, sha256, manifest, origin: 'real' });
    return { source, sha256, outcome };
  } catch (error) {
    const detail = describe(error);
    const [zhStage, enStage] = stage.split(' / ');
    return {
      source,
      sha256,
      rejection: {
        reason: 'unreadable',
        message: `文件「${source}」${zhStage}时出错：${detail} / ${source}: error while ${enStage}: ${detail}`
      }
    };
  }
}
