/**
 * The small surface both duckdb-wasm builds (the browser's AsyncDuckDB in a worker, Node's
 * blocking build in tests) offer to the rest of the data layer, so loading and querying are one
 * code path.
 */
import { arrowToRows, type ArrowTableLike } from './arrow-values';
import { inlineParams } from './sql-literals';
import type { QueryRunner, SqlParam } from './types';

export interface Engine {
  /** Runs one statement (parameters are inlined as literals before: sql-literals.ts says why). */
  run(sql: string): Promise<ArrowTableLike>;
  /** Creates table `name` from an Arrow IPC stream. */
  insertArrowIpc(name: string, ipc: Uint8Array): Promise<void>;
}

/**
 * duckdb-wasm downloads extensions (parquet, json, icu…) from the internet on first use; offline
 * that traps the engine ("RuntimeError: unreachable") and kills it. With autoload off, a query that
 * needs an extension fails with a clear catalog error instead, and nothing leaves the origin.
 */
export async function disableExtensionDownloads(engine: Engine): Promise<void> {
  await engine.run('SET autoinstall_known_extensions=false');
  await engine.run('SET autoload_known_extensions=false');
}

export function runnerFor(engine: Engine): QueryRunner {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []) {
      return arrowToRows<Row>(await engine.run(inlineParams(sql, params)));
    }
  };
}
