/**
 * A SessionEngine over duckdb-wasm's blocking Node build (the browser's engine, no worker), with
 * the repository's bundled exports loaded through the same code as the browser (db/load.ts).
 */
import { join, resolve } from 'node:path';
import { runnerFor } from '../../../src/lib/db/engine';
import { loadTable, type ParquetDecoder } from '../../../src/lib/db/load';
import { folderSource, openNodeDatabase } from '../../../src/lib/db/node';
import { TABLES } from '../../../src/lib/db/tables';
import type { QueryRunner } from '../../../src/lib/db/types';
import type { SessionEngine } from '../../../src/lib/db/user-exports';

export const EXPORTS = resolve('data/exports');

export interface TestDb {
  engine: SessionEngine;
  runner: QueryRunner;
  decode: ParquetDecoder;
}

/** The bundled data (real + demo) loaded as the browser loads it. */
export async function openTestDb(): Promise<TestDb> {
  const { engine, decode } = await openNodeDatabase();
  const sources = ['real', 'demo'].map((f) => folderSource(join(EXPORTS, f), f));
  for (const table of TABLES) await loadTable(engine, table, sources, decode);
  return { engine, runner: runnerFor(engine), decode };
}
