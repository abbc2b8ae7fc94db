/**
 * parquet-wasm, initialised once from wherever its wasm lives: a same-origin URL in the browser
 * (Vite `?url`), the file's bytes in Node. Both use the package's `esm` build, so the decoding
 * is the same code on both sides.
 */
import initParquet, { readParquet, type InitInput } from 'parquet-wasm/esm';
import type { ParquetDecoder } from './load';

let ready: Promise<unknown> | null = null;

export async function parquetDecoder(wasm: InitInput): Promise<ParquetDecoder> {
  ready ??= initParquet({ module_or_path: wasm });
  await ready;
  // `intoIPCStream` consumes the wasm-side table, so nothing is left to free.
  return (bytes) => readParquet(bytes).intoIPCStream();
}
