/** Shared helpers of the ingest tests: temp folders, running the command in-process, reading exports. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { main } from '../../../src/lib/ingest-node/cli';
import type { IngestDeps } from '../../../src/lib/ingest-node/ingest-file';

export const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/reports', import.meta.url));
export const DATA_REPORTS = fileURLToPath(new URL('../../../data/reports', import.meta.url));
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export function corpusFiles(): string[] {
  return readdirSync(CORPUS).sort();
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `nianbao-${label}-`));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { tty?: boolean; deps?: IngestDeps } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false }
    },
    options.deps
  );
  return { code, stdout, stderr };
}

/** Rows of an export CSV as objects (strings; empty cell = ''). */
export function readCsv(dir: string, table: string): Record<string, string>[] {
  const text = readFileSync(join(dir, `${table}.csv`), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true
  });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}
