/**
 * Parse throughput per input kind: readInput + parseReport, one report after another on one core.
 * Inputs are the corpus reports and the variants of the seed (tests/fixtures/variants), cycled to
 * the stated counts, after a warm-up pass of as many reports (V8 optimises the hot functions only
 * after some hundreds of reports; a long ingest runs at the warmed-up rate).
 *
 * For HTML it also times htmlparser2 alone, with empty callbacks, on the already decoded pages: the
 * most pages per second any reader built on it could reach, before decoding, tables and parsing.
 *
 * Run: npx tsx scripts/bench-parse.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { decodeText, sniffHtmlCharset } from '../src/lib/input/encoding';
import { HTML_PARSER_OPTIONS } from '../src/lib/input/html';
import { readInput, inputKindOf } from '../src/lib/input/index';
import { isRejection, type InputKind } from '../src/lib/input/types';
import { parseReport } from '../src/lib/parser/index';

const DIRS = ['tests/fixtures/corpus/reports', 'tests/fixtures/variants'];
const COUNTS: Record<InputKind, number> = { txt: 2000, md: 500, html: 500, docx: 200, pdf: 50 };
const TARGETS: Partial<Record<InputKind, number>> = { txt: 5000, html: 1000, pdf: 10 };

interface Input {
  name: string;
  bytes: Uint8Array;
}

function inputsByKind(): Map<InputKind, Input[]> {
  const byKind = new Map<InputKind, Input[]>();
  for (const dir of DIRS) {
    for (const name of readdirSync(dir).sort()) {
      const kind = inputKindOf(name);
      // The folders' README.md files describe the fixtures; they are not reports.
      if (!kind || name.startsWith('README')) continue;
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const list = byKind.get(kind) ?? [];
      list.push({ name, bytes });
      byKind.set(kind, list);
    }
  }
  return byKind;
}

/** Reports that become text (rejection fixtures such as junk.txt are left out of the timing). */
async function usable(inputs: Input[]): Promise<Input[]> {
  const ok: Input[] = [];
  for (const input of inputs) if (!isRejection(await readInput(input.bytes, input.name))) ok.push(input);
  return ok;
}

async function run(
  inputs: Input[],
  count: number
): Promise<{ seconds: number; cpuSeconds: number; reports: number; rejected: number }> {
  let reports = 0;
  let rejected = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length];
    const doc = await readInput(input.bytes, input.name);
    if (isRejection(doc)) {
      rejected++;
      continue;
    }
    const outcome = parseReport(doc, { source: input.name, sha256: '0'.repeat(64) });
    if (outcome.kind === 'report') reports++;
    else rejected++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, reports, rejected };
}

/** Pages per second of htmlparser2 alone (the reader's options, empty callbacks), text decoded beforehand. */
function htmlparser2Alone(inputs: Input[], count: number): number {
  const texts = inputs.map((input) => {
    const decoded = decodeText(input.bytes, sniffHtmlCharset(input.bytes));
    if (!decoded.ok) throw new Error(`${input.name}: ${decoded.en}`);
    return decoded.text;
  });
  const once = (n: number): number => {
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      new Parser({}, HTML_PARSER_OPTIONS).end(texts[i % texts.length]);
    }
    return (performance.now() - start) / 1000;
  };
  once(count); // warm-up
  return count / once(count);
}

async function main(): Promise<void> {
  const cpu = cpus()[0];
  console.log(
    `machine: ${cpu?.model ?? 'unknown CPU'} x${cpus().length}, ${platform()} ${release()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`
  );
  // Other processes on a shared machine slow every figure down: say how busy it was.
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  );
  console.log('one core, sequential: readInput + parseReport per report');
  // On a busy machine wall time includes waiting for a core; CPU time (this process) shows the work.
  console.log("reports/s is by wall time; cpu/s is by this process's CPU time\n");
  console.log('kind  inputs  reports  seconds  reports/s  cpu/s  target  ok');
  const byKind = inputsByKind();
  for (const kind of Object.keys(COUNTS) as InputKind[]) {
    const inputs = await usable(byKind.get(kind) ?? []);
    if (inputs.length === 0) continue;
    const count = COUNTS[kind];
    await run(inputs, count); // warm-up
    const r = await run(inputs, count);
    const rate = r.reports / r.seconds;
    const target = TARGETS[kind];
    const verdict = target === undefined ? '-' : rate >= target ? 'yes' : 'NO';
    const cpuRate = r.reports / r.cpuSeconds;
    console.log(
      `${kind.padEnd(5)} ${String(inputs.length).padStart(6)} ${String(count).padStart(8)} ${r.seconds.toFixed(2).padStart(8)} ${rate.toFixed(0).padStart(10)} ${cpuRate.toFixed(0).padStart(6)} ${String(target ?? '-').padStart(7)}  ${verdict}` +
        (r.rejected ? `  (${r.rejected} rejected)` : '')
    );
    if (kind === 'html') {
      const floor = htmlparser2Alone(inputs, count);
      console.log(
        `      htmlparser2 alone on the same pages (empty callbacks, decoded text): ${floor.toFixed(0)} pages/s`
      );
    }
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`
  );
}

await main();
