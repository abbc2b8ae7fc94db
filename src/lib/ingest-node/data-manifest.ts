/**
 * data/exports/manifest.json: every export file with its SHA-256, size and row count, so the
 * dashboard can cache-bust and show counts before the engine starts. No clock time by default,
 * so the same data gives the same bytes; `builtAt` only when SOURCE_DATE_EPOCH is set.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_TABLE_NAMES, type ExportTableName } from '../export/tables';
import type { ExportBundle } from '../export/types';

export interface DataManifestFile {
  /** Path below data/exports, POSIX slashes, e.g. `real/reports.parquet`. */
  path: string;
  dataset: string;
  table: ExportTableName;
  format: 'csv' | 'parquet';
  sha256: string;
  bytes: number;
  rows: number;
}

export interface DataManifest {
  version: 1;
  builtAt?: string;
  /** Row counts per dataset and table. */
  datasets: Record<string, Record<ExportTableName, number>>;
  files: DataManifestFile[];
}

export function rowCounts(bundle: ExportBundle): Record<ExportTableName, number> {
  return {
    reports: bundle.reports.length,
    checks: bundle.checks.length,
    sections: bundle.sections.length,
    provenance: bundle.provenance.length,
    rejections: bundle.rejections.length
  };
}

/** `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) as an ISO timestamp, if set. */
export function builtAtFromEnv(env: Record<string, string | undefined>): string | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || !/^\d+$/.test(epoch)) return undefined;
  return new Date(Number(epoch) * 1000).toISOString();
}

/** Build the manifest from the written folders (`root/<dataset>/<table>.<format>`). */
export async function buildDataManifest(
  root: string,
  datasets: readonly { name: string; bundle: ExportBundle }[],
  builtAt?: string
): Promise<DataManifest> {
  const files: DataManifestFile[] = [];
  const counts: DataManifest['datasets'] = {};
  for (const { name, bundle } of [...datasets].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    counts[name] = rowCounts(bundle);
    for (const table of EXPORT_TABLE_NAMES) {
      for (const format of ['csv', 'parquet'] as const) {
        const path = `${name}/${table}.${format}`;
        const bytes = await readFile(join(root, path));
        files.push({
          path,
          dataset: name,
          table,
          format,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
          rows: counts[name][table]
        });
      }
    }
  }
  return { version: 1, ...(builtAt ? { builtAt } : {}), datasets: counts, files };
}

export async function writeDataManifest(root: string, manifest: DataManifest): Promise<void> {
  await writeFile(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}
