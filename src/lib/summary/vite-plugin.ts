/**
 * Vite plugin (Node only, registered in vite.config.ts): the module `virtual:nianbao-summary`
 * holds the answers to the first paint's queries (requests.ts), computed from the bundled exports
 * when the module is first loaded. Computed once per content of the data folder: SvelteKit's
 * client and server builds, and dev reloads with unchanged data, share one computation.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { dataFileHashes, listDataFiles, resolveDataDir } from '../db/vite-data-plugin.js';
import type { Summary } from './types.js';

export const SUMMARY_MODULE_ID = 'virtual:nianbao-summary';
const RESOLVED_ID = `\0${SUMMARY_MODULE_ID}`;

const computed = new Map<string, Promise<Summary>>();
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Runs cli.ts in a child Node process (with tsx) and parses the summary it prints. */
function computeInChild(dir: string): Promise<Summary> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, dir],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) fail(new Error(`nianbao-summary: ${stderr || error.message}`));
        else done(JSON.parse(stdout) as Summary);
      }
    );
  });
}

/** The summary of `dir`, computed once per content (keyed by the files' hashes). */
function summaryOf(dir: string): Promise<Summary> {
  const files = dataFileHashes(dir);
  const key = `${dir}\u0000${JSON.stringify(files)}`;
  let pending = computed.get(key);
  if (!pending) {
    const started = performance.now();
    pending = computeInChild(dir).then((summary) => {
      const kb = (JSON.stringify(summary).length / 1024).toFixed(1);
      const answers = Object.keys(summary.answers).length;
      console.log(`nianbao-summary: ${answers} answers, ${kb} KB, ${Math.round(performance.now() - started)} ms`);
      return summary;
    });
    computed.set(key, pending);
  }
  return pending;
}

export function nianbaoSummary(options: { dir?: string } = {}): Plugin {
  const dir = resolveDataDir(options.dir);
  let ssrBuild = false;
  let isBuild = false;
  return {
    name: 'nianbao-summary',
    configResolved(config) {
      ssrBuild = Boolean(config.build.ssr);
      isBuild = config.command === 'build';
    },
    buildStart() {
      // Start early: the computation runs beside the rest of the build.
      if (isBuild && !ssrBuild) void summaryOf(dir).catch(() => undefined);
    },
    resolveId(id) {
      return id === SUMMARY_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id, options) {
      if (id !== RESOLVED_ID) return undefined;
      // The server never opens the database (it starts after mount), so its copy stays empty.
      if (ssrBuild || options?.ssr) return `export const summary = { dataFiles: {}, answers: {} };`;
      for (const file of listDataFiles(dir)) this.addWatchFile(`${dir}/${file}`);
      const summary = await summaryOf(dir);
      // JSON.parse of a string literal parses faster than the same object as a JS literal.
      return `export const summary = JSON.parse(${JSON.stringify(JSON.stringify(summary))});`;
    }
  };
}
