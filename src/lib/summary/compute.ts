/**
 * Computes the summary in Node at build time with the dashboard's own engine and loader (duckdb-wasm's
 * Node build through src/lib/db/load.ts): the answers are then exactly what the browser's engine
 * will answer, value for value, so a view can show them and never re-ask.
 */
import { join } from 'node:path';
import { runnerFor } from '../db/engine';
import { loadTable } from '../db/load';
import { folderSource, openNodeDatabase } from '../db/node';
import type { QueryRunner, SqlParam } from '../db/types';
import { summaryKey } from './key';
import { FIRST_PAINT_REQUESTS, type FirstPaintRequest } from './requests';
import type { Summary } from './types';

/** Answers with more rows than this are left out (the engine answers them): the summary stays small. */
export const MAX_ANSWER_ROWS = 1000;

/** The export folders the browser loads, in its order (src/lib/db/browser.ts). */
export const DATA_FOLDERS = ['real', 'demo'] as const;

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
  const { engine, decode } = await openNodeDatabase();
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
