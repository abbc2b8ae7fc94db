import { isNode } from './pdfjs';

/**
 * Runs a pdf.js read in Node with pdf.js's own (synchronous, JavaScript) Flate decoder instead of
 * Node's DecompressionStream.
 *
 * Why: pdf.js 5 inflates every Flate stream with `new DecompressionStream('deflate')` when one
 * exists, and falls back to its own decoder when that throws or fails. In Node,
 * DecompressionStream is web streams over zlib run on the thread pool: per stream, the stream
 * machinery and the wait for the thread pool cost far more than the inflating itself. A PDF printed
 * by Chromium has hundreds of small streams (the 孟津 variant: about 690, mostly Type3 glyphs), and
 * its read took about 40% less CPU time without DecompressionStream; the 淮安 report (24 streams,
 * mostly large fonts) changed little. (A stand-in running zlib.inflateSync was tried: a little
 * cheaper on large fonts, dearer on small glyph streams, no better overall.)
 *
 * Why the text is the same: the fallback is the path pdf.js already took for every stream zlib
 * rejected, and for any stream zlib accepts, pdf.js's decoder gives the same bytes (a deflate
 * stream has exactly one decoding). So every stream now goes the way some already went.
 *
 * How: while at least one read is in progress, `globalThis.DecompressionStream` is a stand-in
 * whose constructor throws (one prepared error, so no stack trace is captured per stream); the
 * original property is put back when the last read ends. Nothing else in the app uses
 * DecompressionStream in Node. In browsers this does nothing: there pdf.js runs in its own Worker
 * with the browser's native stream.
 */
export async function withPdfjsInflate<T>(read: () => Promise<T>): Promise<T> {
  if (!isNode() || !hide()) return read();
  try {
    return await read();
  } finally {
    unhide();
  }
}

/** One prepared error: no stack trace is captured per refused stream. */
const REFUSED = new Error('DecompressionStream is not used while pdf.js reads in Node');

class RefusingDecompressionStream {
  constructor() {
    throw REFUSED;
  }
}

const NAME = 'DecompressionStream';
let readers = 0;
let original: PropertyDescriptor | undefined;

/** Installs the stand-in for one more read; false if it cannot be (then nothing changed). */
function hide(): boolean {
  if (readers === 0) {
    const own = Object.getOwnPropertyDescriptor(globalThis, NAME);
    if (own && !own.configurable) return false;
    original = own;
    Object.defineProperty(globalThis, NAME, {
      value: RefusingDecompressionStream,
      writable: true,
      configurable: true,
      enumerable: false
    });
  }
  readers++;
  return true;
}

function unhide(): void {
  readers--;
  if (readers > 0) return;
  if (original) Object.defineProperty(globalThis, NAME, original);
  else delete (globalThis as Record<string, unknown>)[NAME];
  original = undefined;
}
