/**
 * Write an export bundle to a folder (Node only): `<dir>/{reports,checks,sections,provenance,
 * rejections}.{csv,parquet}`. The CSV is the published, spreadsheet-safe form; the Parquet files
 * are built from an unescaped staging CSV so they hold every text exactly (docs/export-notes.md).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from './csv';
import { writeParquetFiles, type ParquetJob } from './parquet-node';
import { exportTables } from './tables';
import type { ExportBundle } from './types';

export async function writeExports(dir: string, bundle: ExportBundle): Promise<void> {
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(tmpdir(), 'nianbao-export-'));
  try {
    const jobs: ParquetJob[] = [];
    for (const table of exportTables(bundle)) {
      await writeFile(join(dir, `${table.name}.csv`), toCsv(table), 'utf8');
      const stagingCsv = join(staging, `${table.name}.csv`);
      await writeFile(stagingCsv, toCsv(table, { formulaSafe: false, bom: false }), 'utf8');
      jobs.push({ csvPath: stagingCsv, parquetPath: join(dir, `${table.name}.parquet`), columns: table.columns });
    }
    await writeParquetFiles(jobs);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
