/**
 * The dashboard's database in Node (tests, scripts): duckdb-wasm's blocking Node build — the same
 * engine, and the same missing extensions, as the browser — loaded through the same code path
 * (load.ts). @duckdb/node-api would read Parquet natively and hide what the browser lacks.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { disableExtensionDownloads, runnerFor } from './engine';
import { loadTable, type ExportSource, type ParquetDecoder } from './load';
import { parquetDecoder } from './parquet';
import { TABLES } from './tables';
import type { QueryRunner } from './types';
import type { SessionEngine } from './user-exports';

const require = createRequire(import.meta.url);

/** A bare engine with duckdb-wasm's defaults (exported for the offline test; use createNodeDb). */
export async function openNodeEngine(): Promise<SessionEngine> {
  const eh = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  const mvp = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm');
  // The blocking build runs in this thread, so the bundles need no worker script.
  const db = await createDuckDB(
    { mvp: { mainModule: mvp, mainWorker: '' }, eh: { mainModule: eh, mainWorker: '' } },
    new VoidLogger(),
    NODE_RUNTIME
  );
  await db.instantiate();
  db.open({});
  const conn = db.connect();
  return {
    async run(sql: string) {
      return conn.query(sql);
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

/** An engine ready for loading exports: extension downloads off, and the Parquet decoder. */
export async function openNodeDatabase(): Promise<{ engine: SessionEngine; decode: ParquetDecoder }> {
  const engine = await openNodeEngine();
  await disableExtensionDownloads(engine);
  const decode = await parquetDecoder(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  return { engine, decode };
}

/** One export folder on disk; a missing file reads as absent. */
export function folderSource(dir: string, label: string = dir): ExportSource {
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

/** Opens a database with every table of every export folder loaded (e.g. data/exports/real, …/demo). */
export async function createNodeDb(exportDirs: string[]): Promise<QueryRunner> {
  const { engine, decode } = await openNodeDatabase();
  const sources = exportDirs.map((dir) => folderSource(dir));
  for (const table of TABLES) await loadTable(engine, table, sources, decode);
  return runnerFor(engine);
}
