/**
 * Vite plugin (Node only, used by vite.config.ts): puts data/exports/** on the site under `data/`.
 * Dev serves the folder directly; a build copies every file into the client output, so the static
 * site (and `vite preview`, which serves that output) carries its own data. The module `virtual:nianbao-data` tells the browser which
 * files exist and a content hash of each, appended as `?v=` so a file's URL changes exactly when
 * its bytes do and can be cached forever.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const DATA_MODULE_ID = 'virtual:nianbao-data';
const RESOLVED_ID = `\0${DATA_MODULE_ID}`;
/** URL prefix of the data on the site, below the base path. */
export const DATA_URL_PREFIX = '/data/';

const CONTENT_TYPES: Record<string, string> = {
  '.parquet': 'application/vnd.apache.parquet',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8'
};

/** Every file under `dir` (POSIX-style relative paths), sorted so builds are deterministic. */
export function listDataFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** When the data was built, if data/exports/manifest.json states it under a usual key. */
export function builtAtFromManifest(dir: string): string | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    for (const key of ['builtAt', 'built_at', 'generatedAt', 'generated_at', 'built', 'date']) {
      const value = manifest[key];
      if (typeof value === 'string' && value !== '') return value;
    }
  } catch {
    // A broken manifest must not break the site: the date is only shown, never relied on.
  }
  return null;
}

/**
 * The data folder: `NIANBAO_DATA_DIR` when set (a site variant on other data, e.g. the safety test's
 * or the 100,000-report benchmark's), else `dir`, else data/exports.
 */
export function resolveDataDir(dir?: string): string {
  return resolve(process.env.NIANBAO_DATA_DIR || dir || 'data/exports');
}

/** File → first 16 hex digits of its SHA-256. */
export function dataFileHashes(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of listDataFiles(dir)) {
    files[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex')
      .slice(0, 16);
  }
  return files;
}

/** Source of `virtual:nianbao-data`: file → first 16 hex digits of its SHA-256. */
export function dataModuleSource(dir: string): string {
  const files = dataFileHashes(dir);
  return [
    `export const dataFiles = ${JSON.stringify(files)};`,
    `export const dataBuiltAt = ${JSON.stringify(builtAtFromManifest(dir))};`
  ].join('\n');
}

/** Connect-style middleware serving `dir` under DATA_URL_PREFIX (below `base`). */
function serveData(dir: string, base: string) {
  const root = resolve(dir);
  const prefix = `${base.replace(/\/+$/, '')}${DATA_URL_PREFIX}`;
  return (
    req: { url?: string; method?: string },
    res: {
      statusCode: number;
      setHeader(name: string, value: string): void;
      end(body?: string): void;
    } & NodeJS.WritableStream,
    next: () => void
  ): void => {
    const pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    if (!pathname.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = resolve(root, pathname.slice(prefix.length));
    // Never serve anything outside the data folder (`..` in the URL).
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    const ext = file.slice(file.lastIndexOf('.'));
    res.statusCode = 200;
    res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}

export function nianbaoData(options: { dir?: string } = {}): Plugin {
  const dir = resolveDataDir(options.dir);
  let ssrBuild = false;
  let isBuild = false;
  let base = '/';
  return {
    name: 'nianbao-data',
    configResolved(config) {
      ssrBuild = Boolean(config.build.ssr);
      isBuild = config.command === 'build';
      base = config.base.startsWith('/') ? config.base : '/';
    },
    resolveId(id) {
      return id === DATA_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (isBuild) for (const file of listDataFiles(dir)) this.addWatchFile(join(dir, file));
      return dataModuleSource(dir);
    },
    configureServer(server) {
      server.middlewares.use(serveData(dir, base));
      // New data in dev: rebuild the module so the hashes (and the page) follow.
      server.watcher.add(dir);
      const refresh = (path: string): void => {
        if (!resolve(path).startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      };
      server.watcher.on('change', refresh);
      server.watcher.on('add', refresh);
    },
    generateBundle() {
      // SvelteKit builds twice (server, then client); only the client output becomes the site.
      if (ssrBuild) return;
      for (const file of listDataFiles(dir)) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(dir, file)) });
      }
    }
  };
}
