/**
 * Browser bench of a built site in Chromium (playwright-core, /usr/bin/chromium):
 * - cold first chart: a fresh context (empty cache) per run, time from navigation to the first
 *   chart's ECharts `finished` (the `nianbao:chart-finished` mark the chart action sets), with
 *   the time the engine became ready and the wasm/parquet downloads beside it;
 * - filter change: on a view, time from a filter change to the last `finished` of the charts it
 *   redraws, median and p95, with the time the engine answered the change's last query
 *   (`nianbao:query` measures) so the part after it (Svelte and ECharts) is visible; year-range
 *   changes and province changes are reported apart, and on /compare/ metric changes after them
 *   (each to a metric not shown before, so each asks the engine).
 *
 * Run: npx tsx scripts/bench-browser.ts --build <dir> [--label text] [--runs 5] [--changes 36]
 *        [--first /permits/] [--view /compare/] [--json out.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openContext, startServer, waitForView } from '../tests/browser/harness';

export interface BrowserBench {
  label: string;
  firstPath: string;
  viewPath: string;
  /** Reports in the site's data (from its summary's filter options, read in the page). */
  cold: ColdRun[];
  changes: ChangeRun[];
}

export interface ColdRun {
  firstChart: number;
  engineReady: number | null;
  firstContentfulPaint: number | null;
  parquetDownloaded: number | null;
}

export interface ChangeRun {
  control: string;
  value: string;
  total: number;
  /** From the change until the engine answered the last query it caused (queries queue in one worker). */
  query: number;
  queries: number;
  charts: number;
}

interface Args {
  build: string;
  label: string;
  runs: number;
  changes: number;
  first: string;
  view: string | null;
  json: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { build: '', label: '', runs: 5, changes: 36, first: '/permits/', view: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    const a = argv[i];
    if (a === '--build') args.build = value();
    else if (a === '--label') args.label = value();
    else if (a === '--runs') args.runs = Number(value());
    else if (a === '--changes') args.changes = Number(value());
    else if (a === '--first') args.first = value();
    else if (a === '--view') args.view = value();
    else if (a === '--json') args.json = value();
    else throw new Error(`unknown argument ${a}`);
  }
  if (!args.build) throw new Error('--build <dir> is required');
  return args;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** tsx (esbuild) wraps named functions in `__name(...)`; give the page that helper for page.evaluate. */
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

/** Cold load of `path`: navigation → first chart finished, and what the engine did meanwhile. */
async function coldRun(origin: string, path: string): Promise<ColdRun> {
  const browser = await launchBrowser();
  try {
    const { page } = await openContext(browser, origin);
    await page.addInitScript(NAME_SHIM);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:chart-finished').length > 0, undefined, {
      timeout: 60_000,
      polling: 20
    });
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:engine-ready').length > 0, undefined, {
      timeout: 60_000
    });
    return await page.evaluate(() => {
      const mark = (name: string): number | null => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const lastEnd = (test: (url: string) => boolean): number | null => {
        const ends = resources.filter((r) => test(r.name)).map((r) => r.responseEnd);
        return ends.length > 0 ? Math.max(...ends) : null;
      };
      return {
        firstChart: mark('nianbao:chart-finished') ?? NaN,
        engineReady: mark('nianbao:engine-ready'),
        firstContentfulPaint: mark('first-contentful-paint'),
        parquetDownloaded: lastEnd((u) => u.includes('reports.parquet'))
      };
    });
  } finally {
    await browser.close();
  }
}

/** The values a select offers, but the current one. */
async function otherValues(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (el) => {
    const select = el as HTMLSelectElement;
    return [...select.options].map((o) => o.value).filter((v) => v !== select.value);
  });
}

/**
 * Change `selector` to `value`; resolve with the times once every redrawn chart has finished, or
 * null when the change left every chart empty (a province with no report in the years shown: no
 * chart draws, so there is nothing to time).
 */
async function timedChange(page: Page, selector: string, value: string): Promise<ChangeRun | null> {
  const start = await page.evaluate(
    ({ selector, value }) => {
      const select = document.querySelector(selector) as HTMLSelectElement;
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return t0;
    },
    { selector, value }
  );
  // Settled: nothing busy, every chart drawn or empty, and no chart finished for 300 ms.
  await page.waitForFunction(
    (t0) => {
      if (document.querySelector('[aria-busy="true"]')) return false;
      const boxes = [...document.querySelectorAll('[data-chart]')];
      const drawn = boxes.every(
        (b) => b.querySelector('[data-chart-empty]') || b.querySelector('[data-chart-ready="true"]')
      );
      const marks = performance.getEntriesByName('nianbao:chart-finished').filter((m) => m.startTime > t0);
      const last = marks.at(-1)?.startTime ?? t0;
      return drawn && performance.now() - last > 300;
    },
    start,
    { timeout: 30_000, polling: 50 }
  );
  return page.evaluate(
    ({ t0, control, value }) => {
      const marks = performance.getEntriesByName('nianbao:chart-finished').filter((m) => m.startTime > t0);
      if (marks.length === 0) return null;
      const queries = performance.getEntriesByName('nianbao:query').filter((m) => m.startTime >= t0);
      return {
        control,
        value,
        total: Math.max(...marks.map((m) => m.startTime)) - t0,
        query: queries.length === 0 ? 0 : Math.max(...queries.map((q) => q.startTime + q.duration)) - t0,
        queries: queries.length,
        charts: new Set(marks.map((m) => String((m as PerformanceMark).detail))).size
      };
    },
    { t0: start, control: selector, value }
  );
}

/** The filter controls the bench changes, by kind of change. */
export const CHANGE_CONTROLS = [
  { selector: '#f-year-from', kind: 'year' },
  { selector: '#f-year-to', kind: 'year' },
  { selector: '#f-province', kind: 'region' }
] as const;

/** Compare's metric picker: timed after the filter changes, each to a metric not shown before (a new query). */
const METRIC_CONTROL = { selector: '#compare-metric', kind: 'metric' } as const;
const METRIC_CHANGES = 12;

export type ChangeKind = (typeof CHANGE_CONTROLS)[number]['kind'] | typeof METRIC_CONTROL.kind;

/** The changes of one kind (year range, region or metric). */
export function changesOf(runs: readonly ChangeRun[], kind: ChangeKind): ChangeRun[] {
  const selectors = new Set<string>(
    [...CHANGE_CONTROLS, METRIC_CONTROL].filter((c) => c.kind === kind).map((c) => c.selector)
  );
  return runs.filter((r) => selectors.has(r.control));
}

async function changeRuns(origin: string, path: string, count: number): Promise<ChangeRun[]> {
  const browser = await launchBrowser();
  try {
    const { page } = await openContext(browser, origin);
    await page.addInitScript(NAME_SHIM);
    await page.goto(`${origin}${path}`);
    await waitForView(page, 90_000);
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:engine-ready').length > 0, undefined, {
      timeout: 90_000
    });
    // Year range start, year range end and province in turn: a year change narrows or widens every
    // chart's data (answered from the last result on /compare/); a province change asks the engine.
    const controls = CHANGE_CONTROLS.map((c) => c.selector);
    const runs: ChangeRun[] = [];
    // Provinces whose charts came out empty (no report in the years shown): not tried again.
    const emptyProvinces = new Set<string>();
    let nextProvince = 0;
    for (let i = 0; i < count; i++) {
      const control = controls[i % controls.length];
      const values = (await otherValues(page, control)).filter((v) => !emptyProvinces.has(v));
      if (values.length === 0) continue;
      if (control !== '#f-province') {
        const run = await timedChange(page, control, values[Math.floor(i / controls.length) % values.length]);
        if (run) runs.push(run);
        continue;
      }
      // A province with something to draw, then back to every province (untimed), so the year
      // changes that follow work on the whole data.
      for (let tries = 0; tries < values.length; tries++) {
        const value = values[nextProvince++ % values.length];
        const run = await timedChange(page, control, value);
        await timedChange(page, control, '');
        if (run) {
          runs.push(run);
          break;
        }
        emptyProvinces.add(value);
      }
    }
    // Metric changes (Compare only): each to a metric not asked before, so each needs the engine.
    if ((await page.$(METRIC_CONTROL.selector)) !== null) {
      const metrics = await otherValues(page, METRIC_CONTROL.selector);
      for (const value of metrics.slice(0, METRIC_CHANGES)) {
        const run = await timedChange(page, METRIC_CONTROL.selector, value);
        if (run) runs.push(run);
      }
    }
    return runs;
  } finally {
    await browser.close();
  }
}

export async function benchBrowser(options: {
  build: string;
  label: string;
  runs: number;
  changes: number;
  first: string;
  view: string | null;
}): Promise<BrowserBench> {
  const viewPath =
    options.view ?? (existsSync(join(options.build, 'compare', 'index.html')) ? '/compare/' : '/permits/');
  const server = await startServer(options.build);
  try {
    const cold: ColdRun[] = [];
    for (let i = 0; i < options.runs; i++) cold.push(await coldRun(server.origin, options.first));
    const changes = await changeRuns(server.origin, viewPath, options.changes);
    return { label: options.label, firstPath: options.first, viewPath, cold, changes };
  } finally {
    await server.close();
  }
}

const ms = (v: number | null): string => (v === null || Number.isNaN(v) ? '—' : `${Math.round(v)} ms`);

export function describeBench(b: BrowserBench): string {
  const first = b.cold.map((r) => r.firstChart);
  const engine = b.cold.map((r) => r.engineReady ?? NaN);
  const lines = [
    `${b.label}: first chart on ${b.firstPath} (cold, ${b.cold.length} runs): median ${ms(percentile(first, 50))}, ` +
      `max ${ms(Math.max(...first))}; engine ready median ${ms(percentile(engine, 50))}`
  ];
  for (const kind of ['year', 'region', 'metric'] as const) {
    const runs = changesOf(b.changes, kind);
    const totals = runs.map((c) => c.total);
    const queries = runs.map((c) => c.query);
    lines.push(
      `${b.label}: ${kind} change on ${b.viewPath} (${totals.length} changes): median ${ms(percentile(totals, 50))}, ` +
        `p95 ${ms(percentile(totals, 95))}; last query answered median ${ms(percentile(queries, 50))}, ` +
        `p95 ${ms(percentile(queries, 95))}`
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const result = await benchBrowser({ ...args, label: args.label || args.build });
  console.log(describeBench(result));
  if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2));
}

if (process.argv[1]?.endsWith('bench-browser.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
