/**
 * `npm run ingest -- --out <dir> [--manifest <csv>] <files or folders...>`: argument parsing,
 * progress on a TTY, the closing summary and the exit code (0 all parsed, 1 some rejected,
 * 2 bad usage). Streams are passed in so tests run it without spawning.
 */
import { existsSync } from 'node:fs';
import { InputPathError } from './files';
import { runIngest, type IngestResult } from './run';
import type { IngestDeps } from './ingest-file';

export const USAGE = `用法 / usage:
  npm run ingest -- --out <目录 dir> [--manifest <清单 manifest.csv>] <文件或文件夹 files or folders...>

  --out <dir>        输出目录：写入 reports/checks/sections/provenance/rejections 的 .csv 与 .parquet
                     output folder for the five exports as .csv and .parquet
  --manifest <csv>   可选清单：按文件给出机关、地区、口径等 / optional manifest of identities per file
  -h, --help         显示本说明 / show this text

退出码 / exit codes: 0 全部解析 all parsed; 1 有文件被拒收 some rejected (the rest are written); 2 用法错误 bad usage`;

export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export interface CliArgs {
  out: string;
  manifest?: string;
  paths: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  let out: string | undefined;
  let manifest: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} 需要一个值 / ${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--out') out = value();
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--manifest') manifest = value();
    else if (arg.startsWith('--manifest=')) manifest = arg.slice('--manifest='.length);
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new UsageError(`未知选项 ${arg} / unknown option ${arg}`);
    else paths.push(arg);
  }
  if (!out) throw new UsageError('缺少 --out / --out is required');
  if (paths.length === 0) throw new UsageError('没有给出输入文件或文件夹 / no input files or folders given');
  return { out, manifest, paths };
}

/** A one-line progress bar, redrawn in place on a terminal. */
function progressBar(stderr: CliStreams['stderr']): (index: number, total: number, source: string) => void {
  return (index, total, source) => {
    const width = 24;
    const done = total === 0 ? width : Math.round((index / total) * width);
    const name = source.length > 40 ? `…${source.slice(-39)}` : source;
    stderr.write(`\r\x1b[2K[${'#'.repeat(done)}${'-'.repeat(width - done)}] ${index}/${total} ${name}`);
    if (index === total) stderr.write('\n');
  };
}

export function summarise(result: IngestResult, out: string): string {
  const { reports, rejections } = result.bundle;
  const withErrors = reports.filter((r) => r.check_errors > 0).length;
  const withWarningsOnly = reports.filter((r) => r.check_errors === 0 && r.check_warnings > 0).length;
  const lines = [
    `输入 ${result.files.length} 个文件 / ${result.files.length} input files → ${out}`,
    `已解析 parsed: ${reports.length}（有错误 with errors: ${withErrors}；仅有警告 with warnings only: ${withWarningsOnly}）`,
    `已拒收 rejected: ${rejections.length}`
  ];
  for (const r of rejections) lines.push(`  - ${r.source} [${r.reason}] ${r.message}`);
  for (const e of result.manifestErrors) lines.push(`清单 manifest: ${e}`);
  return `${lines.join('\n')}\n`;
}

/** Run the command; returns the exit code. */
export async function main(argv: readonly string[], streams: CliStreams, deps?: IngestDeps): Promise<number> {
  let args: CliArgs | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    streams.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    streams.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.manifest !== undefined && !existsSync(args.manifest)) {
    streams.stderr.write(`找不到清单文件：${args.manifest} / manifest not found: ${args.manifest}\n\n${USAGE}\n`);
    return 2;
  }
  let result: IngestResult;
  try {
    result = await runIngest({
      out: args.out,
      manifestPath: args.manifest,
      paths: args.paths,
      onProgress: streams.stderr.isTTY ? progressBar(streams.stderr) : undefined,
      deps
    });
  } catch (error) {
    if (!(error instanceof InputPathError)) throw error;
    streams.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  streams.stdout.write(summarise(result, args.out));
  return result.bundle.rejections.length > 0 ? 1 : 0;
}
