/**
 * Browser only: points pdf.js at its worker, served by the site as a hashed asset (Vite `?url`).
 * Import and call once before reading PDFs in the browser; Node never imports this file.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export function usePdfWorker(): void {
  if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = workerUrl;
}
