/**
 * Loads pdf.js (pdfjs-dist's legacy build) once per process or page, and in Node sets it up for
 * speed without changing what it reads (measured on the corpus PDFs; see readPdf):
 *
 * - The legacy build carries core-js polyfills. On Node 20 (V8 11) core-js judges a few natives
 *   faulty on edge cases no report reaches (e.g. `push()` with no argument on an array whose length
 *   is read-only) and replaces them, for the whole process, with slower JavaScript:
 *   `Array.prototype.push` alone took about a tenth of PDF parse time. The natives are put back
 *   right after pdf.js has loaded; polyfills that only add missing methods (Promise.withResolvers,
 *   Map.prototype.getOrInsert, ...) stay, since pdf.js needs them.
 * - pdf.js's worker module is imported into this thread up front, which is how pdf.js runs in
 *   Node anyway (a "fake worker" in the same thread); loading it here means its polyfills are
 *   installed before the natives are put back.
 *
 * In a browser nothing of this runs: pdf.js works in its own Worker (see ./worker.browser.ts).
 */

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The worker side, imported by name at run time so that no browser bundle includes it. */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<Pdfjs> | undefined;

/** pdf.js, ready to read; the same module on every call. Rejects if it cannot be loaded. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined; // let a later call try again
    throw err;
  });
  return loading;
}

/** True in Node (tsx, vitest, the ingest command); false in browsers and their workers. */
export function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof proc?.versions?.node === 'string' && typeof (globalThis as { window?: unknown }).window === 'undefined';
}

async function load(): Promise<Pdfjs> {
  if (!isNode()) return import('pdfjs-dist/legacy/build/pdf.mjs');
  const natives = captureNatives();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    // The module registers itself as globalThis.pdfjsWorker, where pdf.js's fake worker looks first.
    await import(/* @vite-ignore */ WORKER_MODULE);
  } catch {
    // Not resolvable from here (a bundle, say): pdf.js imports its worker file itself, as before.
  }
  restoreNatives(natives);
  return pdfjs;
}

interface Natives {
  push: typeof Array.prototype.push;
  parse: typeof JSON.parse;
  stringify: typeof JSON.stringify;
}

function captureNatives(): Natives {
  return { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
}

/**
 * Puts back what core-js replaced while pdf.js loaded. Writable data properties both, as core-js
 * itself defines them; only the values that changed are written.
 */
function restoreNatives(natives: Natives): void {
  // Assigning the same function back is harmless; the comparisons just keep it to what changed.
  if (Array.prototype.push !== natives.push) {
    Object.defineProperty(Array.prototype, 'push', { value: natives.push });
  }
  if (JSON.parse !== natives.parse) Object.defineProperty(JSON, 'parse', { value: natives.parse });
  if (JSON.stringify !== natives.stringify) Object.defineProperty(JSON, 'stringify', { value: natives.stringify });
}
