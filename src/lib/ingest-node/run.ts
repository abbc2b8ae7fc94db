/**
 * The ingest run as a function (the command in scripts/ingest.ts is a thin shell around it):
 * files → readers → parser → pipeline → exports.
 */
import { readFile } from 'node:fs/promises';
import { normaliseManifestPath, parseManifestCsv } from '../identity/manifest';
import type { ManifestRow } from '../identity/types';
import { readInput } from '../input/index';
import { parseReport } from '../parser/index';
import { buildBundle } from '../pipeline/bundle';
import type { PipelineInput } from '../pipeline/types';
import type { ExportBundle } from '../export/types';
import { writeExports } from '../export/write';
import { collectInputFiles, type InputFile } from './files';
import { ingestFile, type IngestDeps } from './ingest-file';

export interface IngestOptions {
  out: string;
  manifestPath?: string;
  paths: readonly string[];
  /** Called before each file (index from 0) and once more with index === total at the end. */
  onProgress?: (index: number, total: number, source: string) => void;
  deps?: IngestDeps;
}

export interface IngestResult {
  bundle: ExportBundle;
  files: readonly InputFile[];
  /** Problems of the manifest (bad cells, rows naming no input file); not fatal. */
  manifestErrors: string[];
}

export const DEFAULT_DEPS: IngestDeps = { readInput, parseReport };

async function loadManifest(path: string | undefined): Promise<{ rows: Map<string, ManifestRow>; errors: string[] }> {
  if (path === undefined) return { rows: new Map(), errors: [] };
  const text = await readFile(path, 'utf8');
  return parseManifestCsv(text);
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const deps = options.deps ?? DEFAULT_DEPS;
  const manifest = await loadManifest(options.manifestPath);
  // The manifest and an output folder inside an input folder are not inputs.
  const exclude = options.manifestPath === undefined ? [options.out] : [options.manifestPath, options.out];
  const files = await collectInputFiles(options.paths, exclude);

  const inputs: PipelineInput[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.(i, files.length, file.source);
    inputs.push(await ingestFile(file, manifest.rows.get(normaliseManifestPath(file.source)), deps));
  }
  options.onProgress?.(files.length, files.length, '');

  const sources = new Set(files.map((f) => normaliseManifestPath(f.source)));
  const manifestErrors = [...manifest.errors];
  for (const key of manifest.rows.keys()) {
    if (!sources.has(key)) manifestErrors.push(`清单中的文件“${key}”不在输入中。`);
  }

  const bundle = buildBundle(inputs);
  await writeExports(options.out, bundle);
  return { bundle, files, manifestErrors };
}
