/**
 * The user's own export files (CSV or Parquet in the EXPORT.md shape) in the dashboard's DuckDB,
 * beside or instead of the bundled data. Engine-agnostic (browser worker or Node's blocking build),
 * so it is tested in Node against the same duckdb-wasm engine the browser runs.
 *
 * Every accepted file becomes a typed scratch table (a "part"). After each change the five tables
 * are rebuilt from the kept bundled copy (in `beside` mode) plus every user part, through the same
 * combining code as the bundled load (load.ts). A report given again replaces the earlier copy:
 * rows of an earlier part (the bundled data being the earliest) whose report_id a later part's
 * `reports` file also has are left out of every report-keyed table.
 */
import Papa from 'papaparse';
import type { Engine } from './engine';
import { combineParts, countRows, quoteIdent, tableColumns, type ParquetDecoder } from './load';
import { inlineParams } from './sql-literals';
import { TABLE_COLUMNS, TABLES } from './tables';
import type { SqlParam, TableName } from './types';

/** An engine that can also read a file given as bytes and hand a result over as Arrow IPC. */
export interface SessionEngine extends Engine {
  /** Makes `bytes` readable as file `name` (CSV through `read_csv`). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** The result of `sql` (no parameters) as Arrow IPC bytes (file format), for the Parquet download. */
  runIpc(sql: string): Promise<Uint8Array>;
}

export type AddMode = 'beside' | 'instead';

export interface UserExportFile {
  table: TableName;
  /** The file's name, for messages. */
  name: string;
  /** CSV (UTF-8, BOM allowed) or Parquet bytes. */
  bytes: Uint8Array;
}

export interface AddResult {
  /** Rows added per table by this call. */
  added: Partial<Record<TableName, number>>;
  /** One Chinese sentence (with English) per file that was refused or per column that was ignored. */
  errors: string[];
}

export interface ColumnCheck {
  /** Contract columns the header lacks, in contract order. */
  missing: string[];
  /** Header columns the contract does not have, in header order. */
  unknown: string[];
  /** Names that appear more than once in the header. */
  duplicated: string[];
}

/** Compares a file's header with the contract's columns of `table`. Pure. */
export function validateExportColumns(header: readonly string[], table: TableName): ColumnCheck {
  const contract = TABLE_COLUMNS[table].map(([name]) => name);
  const known = new Set(contract);
  const given = header.map((h) => h.trim());
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const name of given) {
    if (seen.has(name)) duplicated.add(name);
    seen.add(name);
  }
  return {
    missing: contract.filter((name) => !seen.has(name)),
    unknown: [...new Set(given.filter((name) => !known.has(name)))],
    duplicated: [...duplicated]
  };
}

/**
 * The export table a header belongs to: the one whose columns it covers best (share of the
 * table's columns present), or null when it shares fewer than two columns with every table. Pure.
 */
export function recogniseExportTable(header: readonly string[]): TableName | null {
  const given = new Set(header.map((h) => h.trim()));
  let best: { table: TableName; share: number } | null = null;
  for (const table of TABLES) {
    const names = TABLE_COLUMNS[table].map(([name]) => name);
    const hits = names.filter((n) => given.has(n)).length;
    const share = hits / names.length;
    if (hits >= 2 && (best === null || share > best.share)) best = { table, share };
  }
  return best?.table ?? null;
}

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

export function isParquet(bytes: Uint8Array): boolean {
  return PARQUET_MAGIC.every((b, i) => bytes[i] === b);
}

/** The header row of a CSV file (BOM removed). Pure. */
export function csvHeader(bytes: Uint8Array): string[] {
  // The header is in the first few KB; decoding the whole file only to read it would be wasteful.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(head, { preview: 1 });
  return (parsed.data[0] ?? []).map((h) => h.trim());
}

export class UserFileError extends Error {}

/** A SQL string literal. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function columnMessage(file: string, table: TableName, check: ColumnCheck): string | null {
  const parts: string[] = [];
  if (check.missing.length > 0) parts.push(`缺少列 ${check.missing.join('、')}`);
  if (check.duplicated.length > 0) parts.push(`重复的列 ${check.duplicated.join('、')}`);
  if (parts.length === 0) return null;
  const unknown = check.unknown.length > 0 ? `；无法识别的列 ${check.unknown.join('、')}` : '';
  return (
    `文件“${file}”不符合 ${table} 的导出格式：${parts.join('；')}${unknown}。` +
    ` (${file} does not match the ${table} export: missing ${check.missing.join(', ') || '—'}` +
    `${check.unknown.length > 0 ? `; unknown ${check.unknown.join(', ')}` : ''}` +
    `${check.duplicated.length > 0 ? `; duplicated ${check.duplicated.join(', ')}` : ''})`
  );
}

function unknownNote(file: string, unknown: readonly string[]): string {
  return `文件“${file}”中无法识别的列已忽略：${unknown.join('、')}。 (${file}: unknown columns ignored: ${unknown.join(', ')})`;
}

const MAX_BAD_ROWS = 5;

/**
 * Rows (1-based, header not counted) whose value in each typed column does not convert to the
 * contract's type; reads `source` (a table or a `read_csv(...)` call) with every column as text.
 */
async function typeErrors(engine: Engine, file: string, source: string, table: TableName, header: readonly string[]) {
  const types = new Map(TABLE_COLUMNS[table]);
  const errors: string[] = [];
  for (const name of header) {
    const type = types.get(name);
    if (!type || type === 'VARCHAR') continue;
    const col = quoteIdent(name);
    const bad = await engine.run(
      `SELECT n::INTEGER AS n, v FROM (SELECT row_number() OVER () AS n, ${col}::VARCHAR AS v FROM ${source})
       WHERE nullif(trim(v), '') IS NOT NULL AND TRY_CAST(trim(v) AS ${type}) IS NULL ORDER BY n LIMIT ${MAX_BAD_ROWS}`
    );
    const rows = bad.toArray().map((r) => r.toJSON());
    if (rows.length === 0) continue;
    const where = rows.map((r) => `第 ${String(r.n)} 行（“${String(r.v)}”）`).join('、');
    const whereEn = rows.map((r) => `row ${String(r.n)} ("${String(r.v)}")`).join(', ');
    errors.push(
      `文件“${file}”的列 ${name} 应为 ${type}：${where}。 (${file}: column ${name} must be ${type}: ${whereEn})`
    );
  }
  return errors;
}

function readCsvCall(path: string, columns: readonly (readonly [string, string])[]): string {
  const struct = `{${columns.map(([n, t]) => `${literal(n)}: ${literal(t)}`).join(', ')}}`;
  return (
    `read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"', ` +
    `escape = '"', nullstr = '', columns = ${struct})`
  );
}

/**
 * Stages one file as table `target` with exactly the contract's columns it has (unknown columns
 * dropped). Returns notes (ignored columns); throws UserFileError with the reasons when refused.
 */
async function stageFile(
  engine: SessionEngine,
  decode: ParquetDecoder,
  file: UserExportFile,
  target: string
): Promise<string[]> {
  const { table, name } = file;
  const types = new Map(TABLE_COLUMNS[table]);
  const raw = `${target}_raw`;
  let header: string[];
  let source: string;
  let cleanup: () => Promise<void>;
  if (isParquet(file.bytes)) {
    try {
      await engine.insertArrowIpc(raw, decode(file.bytes));
    } catch (e) {
      throw new UserFileError(
        `无法读取 Parquet 文件“${name}”：${e instanceof Error ? e.message : String(e)} (unreadable Parquet)`
      );
    }
    header = [...(await tableColumns(engine, raw)).keys()];
    source = quoteIdent(raw);
    cleanup = () => engine.run(`DROP TABLE IF EXISTS ${quoteIdent(raw)}`).then(() => undefined);
  } else {
    header = csvHeader(file.bytes);
    const path = `${target}.csv`;
    await engine.registerFile(path, file.bytes);
    source = path;
    cleanup = () => engine.dropFile(path);
  }
  try {
    const check = validateExportColumns(header, table);
    const refused = columnMessage(name, table, check);
    if (refused) throw new UserFileError(refused);
    const keep = header.filter((h) => types.has(h));
    const select = keep.map(quoteIdent).join(', ');
    if (isParquet(file.bytes)) {
      const errors = await typeErrors(engine, name, source, table, keep);
      if (errors.length > 0) throw new UserFileError(errors.join('\n'));
      await engine.run(`CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT ${select} FROM ${source}`);
    } else {
      // Read with the contract's types, never sniffed; the header's own order decides which is which.
      const typed = readCsvCall(
        source,
        header.map((h) => [h, types.get(h) ?? 'VARCHAR'] as const)
      );
      try {
        await engine.run(`CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT ${select} FROM ${typed}`);
      } catch (e) {
        // Find the rows at fault by reading every column as text.
        const asText = readCsvCall(
          source,
          header.map((h) => [h, 'VARCHAR'] as const)
        );
        const errors = await typeErrors(engine, name, asText, table, keep).catch(() => []);
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new UserFileError(
          errors.length > 0 ? errors.join('\n') : `无法读取 CSV 文件“${name}”：${reason} (unreadable CSV)`
        );
      }
    }
    return check.unknown.length > 0 ? [unknownNote(name, check.unknown)] : [];
  } finally {
    await cleanup();
  }
}

interface Part {
  table: TableName;
  /** Scratch table holding the file's typed rows. */
  name: string;
  /** Later parts win over earlier ones for the same report; the bundled data is part 0. */
  order: number;
}

const CLAIMS = '__user_claims';
const bundledName = (table: TableName): string => `__bundled_${table}`;

/** The session's user data in one engine: its parts, the mode, and the kept bundled tables. */
export class UserExports {
  private parts: Part[] = [];
  private mode: AddMode = 'beside';
  private bundledKept = false;
  private nextOrder = 1;

  constructor(
    private readonly engine: SessionEngine,
    private readonly decode: ParquetDecoder
  ) {}

  get hasUserData(): boolean {
    return this.parts.length > 0;
  }

  get currentMode(): AddMode {
    return this.mode;
  }

  /** Stages every file (a refused file does not stop the others), then rebuilds the tables. */
  async add(files: readonly UserExportFile[], mode: AddMode): Promise<AddResult> {
    await this.keepBundled();
    const added: Partial<Record<TableName, number>> = {};
    const errors: string[] = [];
    const order = this.nextOrder++;
    for (const [i, file] of files.entries()) {
      const name = `__user_${file.table}_${order}_${i}`;
      try {
        errors.push(...(await stageFile(this.engine, this.decode, file, name)));
      } catch (e) {
        if (!(e instanceof UserFileError)) throw e;
        errors.push(e.message);
        continue;
      }
      this.parts.push({ table: file.table, name, order });
      added[file.table] = (added[file.table] ?? 0) + (await countRows(this.engine, name));
    }
    this.mode = mode;
    await this.rebuild();
    return { added, errors };
  }

  /** Drops every user part and restores the bundled tables. */
  async reset(): Promise<void> {
    for (const part of this.parts) await this.engine.run(`DROP TABLE IF EXISTS ${quoteIdent(part.name)}`);
    this.parts = [];
    this.mode = 'beside';
    await this.rebuild();
  }

  /** Rows per table now loaded, split into `bundled` and `user`. */
  async counts(): Promise<Record<TableName, { bundled: number; user: number }>> {
    const out = {} as Record<TableName, { bundled: number; user: number }>;
    for (const table of TABLES) {
      const total = await countRows(this.engine, table);
      let user = 0;
      for (const part of this.parts.filter((p) => p.table === table)) {
        const { where } = this.partFilter(part);
        const r = await this.engine.run(
          `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(part.name)}${where ? ` WHERE ${where}` : ''}`
        );
        user += Number(r.toArray()[0]?.toJSON().n ?? 0);
      }
      out[table] = { bundled: total - user, user };
    }
    return out;
  }

  /** The first change keeps a copy of each bundled table (without derived columns) to rebuild from. */
  private async keepBundled(): Promise<void> {
    if (this.bundledKept) return;
    for (const table of TABLES) {
      const derived = table === 'reports' ? ' EXCLUDE (county_current)' : '';
      await this.engine.run(`CREATE OR REPLACE TABLE ${bundledName(table)} AS SELECT *${derived} FROM ${table}`);
    }
    this.bundledKept = true;
  }

  /** Rows of `part` that no later part's reports replace (rejections have no report_id). */
  private partFilter(part: Part): { where?: string } {
    if (part.table === 'rejections' || !this.parts.some((p) => p.table === 'reports')) return {};
    return {
      where: `NOT EXISTS (SELECT 1 FROM ${CLAIMS} c WHERE c.report_id = ${quoteIdent(part.name)}.report_id AND c.part > ${part.order})`
    };
  }

  private async rebuild(): Promise<void> {
    if (!this.bundledKept) return;
    const reportParts = this.parts.filter((p) => p.table === 'reports');
    const claims = reportParts.map((p) => `SELECT DISTINCT report_id, ${p.order} AS part FROM ${quoteIdent(p.name)}`);
    await this.engine.run(
      `CREATE OR REPLACE TABLE ${CLAIMS} AS ${claims.length > 0 ? claims.join(' UNION ALL ') : 'SELECT NULL::VARCHAR AS report_id, 0 AS part WHERE FALSE'}`
    );
    for (const table of TABLES) {
      const sources: Part[] = [
        ...(this.mode === 'beside' || this.parts.length === 0 ? [{ table, name: bundledName(table), order: 0 }] : []),
        ...this.parts.filter((p) => p.table === table)
      ];
      await combineParts(
        this.engine,
        table,
        sources.map((p) => ({ name: p.name, ...this.partFilter(p) }))
      );
    }
  }
}

/** Rows of `sql` as Arrow IPC bytes (file format), staged in a temporary table. */
export async function queryToIpc(engine: SessionEngine, sql: string, params: readonly SqlParam[]): Promise<Uint8Array> {
  await engine.run(`CREATE OR REPLACE TEMP TABLE __download AS ${inlineParams(sql, params)}`);
  try {
    return await engine.runIpc('SELECT * FROM __download');
  } finally {
    await engine.run('DROP TABLE IF EXISTS __download');
  }
}
