/**
 * Site builds for the safety and offline browser tests: a site variant built on another data
 * folder (NIANBAO_DATA_DIR), the views a build has, and a page-side record of chart marks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the site on `dataDir` into a fresh temporary folder and returns the build's path. The
 * SvelteKit output sits beside it, with a link to node_modules so prerendering resolves packages.
 */
export async function buildVariant(dataDir: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-variant-'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'kit'));
  const build = join(root, 'build');
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NIANBAO_DATA_DIR: dataDir,
        NIANBAO_BUILD_DIR: build,
        NIANBAO_KIT_DIR: join(root, 'kit'),
        VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
      },
      stdio: ['ignore', 'ignore', 'pipe']
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`site build failed (${code}):\n${stderr}`))));
  });
  return build;
}

/** Every prerendered view of a build (`/`, `/permits/`, …), from its folders with an index.html. */
export function buildRoutes(build: string): string[] {
  const routes = existsSync(join(build, 'index.html')) ? ['/'] : [];
  for (const entry of readdirSync(build, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join(build, entry.name, 'index.html'))) routes.push(`/${entry.name}/`);
  }
  return routes.sort();
}

/**
 * Wait until a view has settled, charts or not: the engine is ready, nothing is busy, and every
 * chart is drawn or explicitly empty. Resolves false on timeout (the caller names the view).
 */
export function waitForSettled(page: Page, timeout = 60_000): Promise<boolean> {
  return page
    .waitForFunction(
      () =>
        performance.getEntriesByName('nianbao:engine-ready').length > 0 &&
        !document.querySelector('[aria-busy="true"]') &&
        [...document.querySelectorAll('[data-chart]')].every(
          (b) => b.querySelector('[data-chart-empty]') || b.querySelector('[data-chart-ready="true"]')
        ),
      undefined,
      { timeout, polling: 100 }
    )
    .then(
      () => true,
      () => false
    );
}
