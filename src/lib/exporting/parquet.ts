/**
 * Arrow → Parquet in the browser. duckdb-wasm has no Parquet writer offline, so the query's rows
 * come out as Arrow (the engine's own IPC bytes, which keep BIGINT, DECIMAL(18,6), DATE…) and
 * parquet-wasm writes them. The engine hands over the IPC file format; parquet-wasm reads the
 * stream format, so apache-arrow re-frames the same batches (no values are converted).
 */
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import initParquet, {
  Compression,
  Table,
  WriterPropertiesBuilder,
  writeParquet,
  type InitInput
} from 'parquet-wasm/esm';

let ready: Promise<unknown> | null = null;

/** parquet-wasm, initialised once (a second init of an initialised module returns at once). */
export async function parquetWriter(wasm: InitInput): Promise<(arrowIpc: Uint8Array) => Uint8Array> {
  ready ??= initParquet({ module_or_path: wasm });
  await ready;
  return (arrowIpc) => {
    const stream = tableToIPC(tableFromIPC(arrowIpc), 'stream');
    const properties = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
    return writeParquet(Table.fromIPCStream(stream), properties);
  };
}
