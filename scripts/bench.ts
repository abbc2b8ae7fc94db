/**
 * `npm run bench`: the parse bench (scripts/bench-parse.ts) and the browser bench
 * (scripts/bench-browser.ts) on the bundled data and on a generated dataset of about 100,000
 * reports, each on a site built for it; prints the figures with the machine and writes them into
 * docs/benchmarks.md (between its bench markers).
 *
 * Options: --bundled-build <dir> / --large-build <dir> reuse builds; --large-data <dir> reuses a
 * generated data folder (with demo/ inside); --runs N cold loads (5); --changes N filter changes (36: year from, year to, province in turn);
 * --skip-parse; --no-write (print only).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { benchBrowser, changesOf, describeBench, percentile, type BrowserBench } from './bench-browser';

interface Options {
  bundledBuild: string | null;
  largeBuild: string | null;
  largeData: string | null;
  runs: number;
  changes: number;
  parse: boolean;
  write: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    bundledBuild: null,
    largeBuild: null,
    largeData: null,
    runs: 5,
    changes: 36,
    parse: true,
    write: true
  };
  for (let i = 0; i < argv.length; i++) {
    const value = (): string => argv[++i] ?? '';
    const a = argv[i];
    if (a === '--bundled-build') o.bundledBuild = value();
    else if (a === '--large-build') o.largeBuild = value();
    else if (a === '--large-data') o.largeData = value();
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--changes') o.changes = Number(value());
    else if (a === '--skip-parse') o.parse = false;
    else if (a === '--no-write') o.write = false;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));

function machine(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${one} / ${five} / ${fifteen}`;
}

/** Builds the site on `dataDir` (undefined: the bundled data) into a folder under `work`. */
function buildSite(name: string, dataDir?: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'kit'), { recursive: true });
  // Prerendering resolves packages from the SvelteKit output's folder upwards.
  if (!existsSync(join(work, 'node_modules'))) symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
  console.error(`building the site for ${name}…`);
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...(dataDir ? { NIANBAO_DATA_DIR: dataDir } : {}),
      NIANBAO_BUILD_DIR: join(root, 'build'),
      NIANBAO_KIT_DIR: join(root, 'kit'),
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
    }
  });
  return join(root, 'build');
}

/** Reports and bytes of a build's reports tables (every origin). */
async function dataSize(build: string): Promise<string> {
  const files = ['real', 'demo'].map((o) => join(build, 'data', o, 'reports.parquet')).filter((f) => existsSync(f));
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const list = files.map((f) => `'${f.replace(/'/g, "''")}'`).join(', ');
  const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet([${list}])`);
  const rows = Number(reader.getRowObjects()[0]?.n ?? 0);
  const mb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 2 ** 20;
  return `${rows.toLocaleString('en')} reports, reports.parquet ${mb.toFixed(1)} MB`;
}

function table(results: { bench: BrowserBench; data: string }[]): string {
  const ms = (v: number): string => (Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);
  const lines = [
    '| data | first chart, cold (median / max) | engine ready (median) | year-range change (median / p95) | province change (median / p95) | metric change (median / p95; last query answered) |',
    '|---|---|---|---|---|---|'
  ];
  for (const { bench, data } of results) {
    const first = bench.cold.map((r) => r.firstChart);
    const engine = bench.cold.map((r) => r.engineReady ?? NaN);
    const year = changesOf(bench.changes, 'year').map((c) => c.total);
    const regionTotal = changesOf(bench.changes, 'region').map((c) => c.total);
    const metric = changesOf(bench.changes, 'metric');
    const metricTotal = metric.map((c) => c.total);
    const metricQuery = metric.map((c) => c.query);
    lines.push(
      `| ${bench.label}: ${data} | ${ms(percentile(first, 50))} / ${ms(Math.max(...first))} on ${bench.firstPath} | ${ms(percentile(engine, 50))} | ` +
        `${ms(percentile(year, 50))} / ${ms(percentile(year, 95))} on ${bench.viewPath} (${year.length} changes) | ` +
        `${ms(percentile(regionTotal, 50))} / ${ms(percentile(regionTotal, 95))} (${regionTotal.length} changes) | ` +
        `${ms(percentile(metricTotal, 50))} / ${ms(percentile(metricTotal, 95))} (${metricTotal.length} changes; ` +
        `${ms(percentile(metricQuery, 50))} / ${ms(percentile(metricQuery, 95))}) |`
    );
  }
  return lines.join('\n');
}

const DOC = 'docs/benchmarks.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Puts the figures between the markers of docs/benchmarks.md, keeping the explanations around them. */
function writeFigures(report: string): void {
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  const next =
    a >= 0 && b > a
      ? `${doc.slice(0, a + START.length)}\n${report}\n${doc.slice(b)}`
      : `${doc.trimEnd()}\n\n${START}\n${report}\n${END}\n`;
  writeFileSync(DOC, next);
  console.log(`\nfigures written to ${DOC}`);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const before = machine();
  let parse = '';
  if (o.parse) {
    const run = spawnSync('npx', ['tsx', 'scripts/bench-parse.ts'], { encoding: 'utf8' });
    parse = run.stdout.trim();
    console.log(parse);
  }

  const bundled = o.bundledBuild ?? buildSite('bundled');
  let largeData = o.largeData;
  if (!o.largeBuild && !largeData) {
    largeData = join(work, 'data-100k');
    console.error('generating about 100,000 reports…');
    execFileSync(
      'npx',
      ['tsx', 'scripts/generate-demo.ts', '--out', join(largeData, 'demo'), '--scale', '96', '--no-provenance'],
      {
        stdio: ['ignore', 'ignore', 'inherit']
      }
    );
    cpSync('data/exports/real', join(largeData, 'real'), { recursive: true });
  }
  const large = o.largeBuild ?? buildSite('large', largeData ?? undefined);

  const results: { bench: BrowserBench; data: string }[] = [];
  for (const [label, build] of [
    ['bundled', bundled],
    ['100k', large]
  ] as const) {
    const data = await dataSize(build);
    const bench = await benchBrowser({
      build,
      label,
      runs: o.runs,
      changes: o.changes,
      first: '/permits/',
      view: null
    });
    console.log(`${describeBench(bench)}\n  data: ${data}`);
    results.push({ bench, data });
  }
  const after = machine();
  const report = [
    `Measured ${new Date().toISOString()} on ${before} (at start; at end: ${after.split('load average ')[1]}).`,
    '',
    table(results),
    '',
    ...(parse ? ['Parse bench:', '', '```', parse, '```'] : [])
  ].join('\n');
  console.log(`\n${report}`);
  if (o.write) writeFigures(report);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
