/**
 * Browser-test harness: a tiny static server over build/ on a free port, Debian's Chromium driven
 * by playwright-core, and a record of every request, console error and page error per page, so a
 * test can fail on anything that leaves the origin or logs an error.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BUILD_DIR = process.env.NIANBAO_BUILD_DIR
  ? resolve(process.env.NIANBAO_BUILD_DIR)
  : fileURLToPath(new URL('../../build', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots', import.meta.url));

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8'
};

/** Serve build/ like a static host: `dir/` → `dir/index.html`, unknown paths → 404.html. */
export function startServer(root = BUILD_DIR): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no build in ${root}: run npm run build first`);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    res.writeHead(status, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store'
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((closed) => server.close(() => closed()))
      });
    });
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Problems {
  /** Requests to any origin but the site's. */
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: Problems;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Abort every request whose host is not localhost/127.0.0.1 (the network cut). */
  cutNetwork?: boolean;
}

/** A fresh context (clean storage) with a page that records what goes wrong. */
export async function openContext(browser: Browser, origin: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 900 },
    locale: 'zh-CN',
    serviceWorkers: 'block'
  });
  const problems: Problems = { foreignRequests: [], consoleErrors: [], pageErrors: [], failedRequests: [] };
  if (options.cutNetwork) {
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort('internetdisconnected');
    });
  }
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`)
  );
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  return { page, context, problems };
}

/**
 * Wait until the view has settled: no loading message, and every chart either drawn (its ECharts
 * `finished` event set data-chart-ready) or replaced by an explicit empty message.
 */
export async function waitForView(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () => {
      if (document.querySelector('[role="status"][aria-live]')) return false;
      // A placeholder or a chart whose next result is still loading.
      if (document.querySelector('[aria-busy="true"]')) return false;
      const boxes = [...document.querySelectorAll('[data-chart]')];
      if (document.querySelector('[data-state]') && boxes.length === 0) return true;
      if (boxes.length === 0 && !document.querySelector('.cards')) return false;
      return boxes.every(
        (box) =>
          box.querySelector('[data-chart-empty]') !== null || box.querySelector('[data-chart-ready="true"]') !== null
      );
    },
    undefined,
    { timeout, polling: 100 }
  );
}

/** Texts of one column of a table, keyed by the rows' `data-key`. */
export async function tableColumn(page: Page, table: string, column: string): Promise<Map<string, string>> {
  const cells = await page.$$eval(
    `table[data-table="${table}"] tbody tr`,
    (rows, col) =>
      rows.map((row) => [
        row.getAttribute('data-key') ?? '',
        row.querySelector(`[data-col="${col}"]`)?.textContent ?? ''
      ]),
    column
  );
  return new Map(cells.map(([k, v]) => [k, v.trim()]));
}
