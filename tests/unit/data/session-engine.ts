/**
 * A SessionEngine over duckdb-wasm's blocking Node build (the browser's engine, no worker), with
 * the repository's bundled exports loaded through the same code as the browser (db/load.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { disableExtensionDownloads, runnerFor } from '../../../src/lib/db/engine';
import { loadTable, type ExportSource, type ParquetDecoder } from '../../../src/lib/db/load';
import { parquetDecoder } from '../../../src/lib/db/parquet';
import { TABLES } from '../../../src/lib/db/tables';
import type { QueryRunner, SqlParam } from '../../../src/lib/db/types';
import type { SessionEngine } from '../../../src/lib/db/user-exports';

const require = createRequire(import.meta.url);
export const EXPORTS = resolve('data/exports');

export interface TestDb {
  engine: SessionEngine;
  runner: QueryRunner;
  decode: ParquetDecoder;
}

async function openSessionEngine(): Promise<SessionEngine> {
  const eh = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  const db = await createDuckDB(
    { mvp: { mainModule: eh, mainWorker: '' }, eh: { mainModule: eh, mainWorker: '' } },
    new VoidLogger(),
    NODE_RUNTIME
  );
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  return {
    async run(sql: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return conn.query(sql);
      const statement = conn.prepare(sql);
      try {
        return statement.query(...params);
      } finally {
        statement.close();
      }
    },
    async insertArrowIpc(name: string, ipc: Uint8Array) {
      conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async registerFile(name: string, bytes: Uint8Array) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      db.dropFile(name);
    },
    async runIpc(sql: string) {
      return conn.useUnsafe((bindings, id) => bindings.runQuery(id, sql));
    }
  };
}

function folder(dir: string): ExportSource {
  return {
    label: dir.split('/').pop() ?? dir,
    async read(fileName) {
      try {
        return new Uint8Array(await readFile(join(dir, fileName)));
      } catch {
        return null;
      }
    }
  };
}

/** The bundled data (real + demo) loaded as the browser loads it. */
export async function openTestDb(): Promise<TestDb> {
  const engine = await openSessionEngine();
  await disableExtensionDownloads(engine);
  const decode = await parquetDecoder(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  const sources = ['real', 'demo'].map((f) => folder(join(EXPORTS, f)));
  for (const table of TABLES) await loadTable(engine, table, sources, decode);
  return { engine, runner: runnerFor(engine), decode };
}
