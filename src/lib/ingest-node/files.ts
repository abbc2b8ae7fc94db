/**
 * The input files of one ingest run: folders read recursively in a fixed order, each file named by
 * its path relative to the folder given (POSIX slashes), a file argument by its own name.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { compareText } from '../pipeline/compare';

export interface InputFile {
  /** Absolute path on disk. */
  path: string;
  /** The `source` column: relative to the folder given, or the file's name. */
  source: string;
}

export class InputPathError extends Error {}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store) are not reports.
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
}

/**
 * Every file under the given paths, in argument order, each folder's files sorted by source.
 * `exclude` leaves out files and whole folders, e.g. the manifest or the output folder when
 * they sit in the folder of reports.
 */
export async function collectInputFiles(
  paths: readonly string[],
  exclude: readonly string[] = []
): Promise<InputFile[]> {
  const skipped = exclude.map((p) => resolve(p));
  const skip = (p: string): boolean => skipped.some((s) => p === s || p.startsWith(s + sep));
  const files: InputFile[] = [];
  for (const given of paths) {
    const root = resolve(given);
    const info = await stat(root).catch(() => null);
    if (info === null) throw new InputPathError(`找不到输入路径：${given} / input path not found: ${given}`);
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(root, found);
      const inFolder = found
        .filter((p) => !skip(p))
        .map((p) => ({ path: p, source: relative(root, p).split(sep).join('/') }))
        .sort((a, b) => compareText(a.source, b.source));
      files.push(...inFolder);
    } else if (info.isFile()) {
      if (!skip(root)) files.push({ path: root, source: basename(root) });
    } else {
      throw new InputPathError(`不是文件或文件夹：${given} / not a file or folder: ${given}`);
    }
  }
  return files;
}
