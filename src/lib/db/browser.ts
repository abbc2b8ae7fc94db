/**
 * The dashboard's database in the browser: duckdb-wasm (eh bundle, self-hosted) in a Web Worker,
 * the exports fetched from this site's own `data/` and loaded through load.ts, `reports` first.
 * Nothing here runs at import time, so the module is safe to import during SSR/prerender; every
 * browser API is touched only inside `getBrowserDb()`.
 */
import { assets, base } from '$app/paths';
import { writable, type Readable } from 'svelte/store';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { dataBuiltAt, dataFiles } from 'virtual:nianbao-data';
import { disableExtensionDownloads, runnerFor } from './engine';
import { loadTable, type ExportSource, type ParquetDecoder } from './load';
import { parquetDecoder } from './parquet';
import { TABLES } from './tables';
import type { DatasetInfo, DbState, QueryRunner, SqlParam, TableName } from './types';
import type { SessionEngine } from './user-exports';

/** Export folders under data/, in the order their rows are combined. */
const FOLDERS = ['real', 'demo'] as const;

const state = writable<DbState>('idle');
/** 'idle' until the first `getBrowserDb()`, then 'loading', 'ready' or `{ error }`. */
export const dbState: Readable<DbState> = { subscribe: state.subscribe };

export type BrowserDb = QueryRunner & { info: DatasetInfo };

let instance: Promise<BrowserDb> | null = null;

/** The one shared database: every caller gets the same promise (single flight). */
export function getBrowserDb(): Promise<BrowserDb> {
  if (instance) return instance;
  state.set('loading');
  instance = openBrowserDb().then(
    (db) => {
      state.set('ready');
      return db;
    },
    (error: unknown) => {
      state.set({ error: error instanceof Error ? error.message : String(error) });
      instance = null; // let a later call (e.g. a retry button) try again
      throw error;
    }
  );
  return instance;
}

function dataUrl(path: string): string {
  return `${assets || base}/data/${path}?v=${dataFiles[path]}`;
}

function siteSource(folder: string): ExportSource {
  return {
    label: folder,
    async read(fileName) {
      const path = `${folder}/${fileName}`;
      if (!(path in dataFiles)) return null;
      const response = await fetch(dataUrl(path));
      if (!response.ok) throw new Error(`无法加载数据文件 ${path}（HTTP ${response.status}）`);
      return new Uint8Array(await response.arrayBuffer());
    }
  };
}

async function openEngine(): Promise<SessionEngine> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(duckdbWorkerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(duckdbWasmUrl);
  await db.open({});
  const conn = await db.connect();
  return {
    async run(sql: string) {
      return conn.query(sql);
    },
    async insertArrowIpc(name: string, ipc: Uint8Array) {
      await conn.insertArrowFromIPCStream(ipc, { name, create: true });
    },
    async registerFile(name: string, bytes: Uint8Array) {
      await db.registerFileBuffer(name, bytes);
    },
    async dropFile(name: string) {
      await db.dropFile(name);
    },
    runIpc(sql: string) {
      // The raw result buffer, not the connection's Arrow table: that belongs to duckdb-wasm's own
      // apache-arrow copy, which the app's apache-arrow cannot serialise.
      return conn.useUnsafe((bindings, id) => bindings.runQuery(id, sql));
    }
  };
}

/** What loading the user's own exports needs beside the runner (db/session.ts). */
export interface BrowserSession {
  engine: SessionEngine;
  decode: ParquetDecoder;
  info: DatasetInfo;
}

let session: BrowserSession | null = null;

/** The engine behind `getBrowserDb()`, once it is open. */
export async function getBrowserSession(): Promise<BrowserSession> {
  await getBrowserDb();
  if (!session) throw new Error('数据库未就绪 (database not ready)');
  return session;
}

/** Tables other than `reports` load in the background; a query naming one waits for them. */
const LATER_TABLES = /\b(checks|sections|provenance|rejections)\b/i;

async function openBrowserDb(): Promise<BrowserDb> {
  const [engine, decode] = await Promise.all([openEngine(), parquetDecoder(parquetWasmUrl)]);
  await disableExtensionDownloads(engine);
  const sources = FOLDERS.map(siteSource);
  const rows: DatasetInfo['rows'] = {};
  rows.reports = await loadTable(engine, 'reports', sources, decode);

  const loadRest = async (): Promise<void> => {
    for (const table of TABLES.filter((t): t is Exclude<TableName, 'reports'> => t !== 'reports')) {
      rows[table] = await loadTable(engine, table, sources, decode);
    }
  };
  const complete = loadRest();
  // The rest failing must not break the charts that need only `reports`; queries that need the
  // failed tables get the error.
  complete.catch(() => undefined);

  const runner = runnerFor(engine);
  const info: DatasetInfo = { rows, builtAt: dataBuiltAt, complete };
  session = { engine, decode, info };
  return {
    info,
    async query<Row extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]) {
      if (LATER_TABLES.test(sql)) await complete;
      return runner.query<Row>(sql, params);
    }
  };
}
