/**
 * Computes the summary in Node at build time with the dashboard's own engine and loader (duckdb-wasm's
 * Node build through src/lib/db/load.ts): the answers are then exactly what the browser's engine
 * will answer, value for value, so a view can show them and never re-ask.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { disableExtensionDownloads, runnerFor } from '../db/engine';
import { loadTable, type ExportSource } from '../db/load';
import { openNodeEngine } from '../db/node';
import { parquetDecoder } from '../db/parquet';
import type { QueryRunner, SqlParam } from '../db/types';
import { summaryKey } from './key';
import { FIRST_PAINT_REQUESTS, type FirstPaintRequest } from './requests';
import type { Summary } from './types';

const require = createRequire(import.meta.url);

/** Answers with more rows than this are left out (the engine answers them): the summary stays small. */
export const MAX_ANSWER_ROWS = 1000;

/** The export folders the browser loads, in its order (src/lib/db/browser.ts). */
export const DATA_FOLDERS = ['real', 'demo'] as const;

function folderSource(dir: string, label: string): ExportSource {
  return {
    label,
    async read(fileName) {
      try {
        return new Uint8Array(await readFile(join(dir, fileName)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    }
  };
}

/** A runner that keeps every answer it passes on (up to MAX_ANSWER_ROWS rows each). */
export function recordingRunner(runner: QueryRunner, answers: Summary['answers']): QueryRunner {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []) {
      const rows = await runner.query<Row>(sql, params);
      if (rows.length <= MAX_ANSWER_ROWS) answers[summaryKey(sql, params)] = rows;
      return rows;
    }
  };
}

/** Runs `requests` against the `reports` table of the exports under `dataDir` and records the answers. */
export async function computeSummary(
  dataDir: string,
  dataFiles: Record<string, string>,
  requests: readonly FirstPaintRequest[] = FIRST_PAINT_REQUESTS
): Promise<Summary> {
  const engine = await openNodeEngine();
  await disableExtensionDownloads(engine);
  const decode = await parquetDecoder(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  await loadTable(
    engine,
    'reports',
    DATA_FOLDERS.map((folder) => folderSource(join(dataDir, folder), folder)),
    decode
  );
  const answers: Summary['answers'] = {};
  const runner = recordingRunner(runnerFor(engine), answers);
  for (const request of requests) await request(runner);
  return { dataFiles, answers };
}
