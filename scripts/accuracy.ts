/**
 * `npm run accuracy [-- --write-baseline]`: parses every report of tests/fixtures/corpus/reports with the
 * project's own readers and parser, scores it against expected/<stem>.json and prints per-report and
 * overall accuracy. With --write-baseline it also writes tests/accuracy-baseline.json, which the unit
 * test holds the parser to. Always exits 0 when it could run: the numbers are the result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  describeScore,
  describeTotal,
  scoreReport,
  toBaseline,
  totalScore,
  type ExpectedReport,
  type ParsedForScoring,
  type ReportScore
} from '../src/lib/checks/accuracy';
import { readInput } from '../src/lib/input/index';
import { isRejection } from '../src/lib/input/types';
import type { ParseReport } from '../src/lib/parser/types';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');
export const BASELINE_PATH = join(ROOT, 'tests/accuracy-baseline.json');

/** Reads and parses an input into what is scored. */
export type ParseFile = (path: string) => Promise<ParsedForScoring>;

/**
 * The parser is loaded on first use, so that a parser that is missing or fails to load shows up as
 * every report rejected with the reason, like any other parser failure, instead of a crash.
 */
async function loadParser(): Promise<ParseReport> {
  const parser = await import('../src/lib/parser/index');
  return parser.parseReport;
}

/** Reads and parses one input the way the ingest command does; a crash counts as a rejection. */
export const parseFile: ParseFile = async (path) => {
  const bytes = new Uint8Array(readFileSync(path));
  const fileName = basename(path);
  try {
    const doc = await readInput(bytes, fileName);
    if (isRejection(doc)) return { kind: 'rejected', reason: doc.reason, message: doc.message };
    const parseReport = await loadParser();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const outcome = parseReport(doc, { source: fileName, sha256 });
    if (outcome.kind === 'rejected') return { kind: 'rejected', reason: outcome.reason, message: outcome.message };
    return { kind: 'report', report: outcome.report, findings: outcome.findings, provenance: outcome.provenance };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'rejected', reason: 'crashed', message: `解析时出错 / parser threw: ${message}` };
  }
};

/** Scores every report of the corpus that has expected values, in file-name order. */
export async function scoreCorpus(corpusDir = CORPUS_DIR, parse: ParseFile = parseFile): Promise<ReportScore[]> {
  const reportsDir = join(corpusDir, 'reports');
  const scores: ReportScore[] = [];
  for (const file of readdirSync(reportsDir).sort()) {
    const stem = basename(file, extname(file));
    const expectedPath = join(corpusDir, 'expected', `${stem}.json`);
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedReport;
    scores.push(scoreReport(stem, expected, await parse(join(reportsDir, file))));
  }
  return scores;
}

async function main(): Promise<void> {
  const writeBaseline = process.argv.includes('--write-baseline');
  const scores = await scoreCorpus();
  for (const s of scores) console.log(describeScore(s).join('\n'));
  console.log(describeTotal(totalScore(scores)));
  if (writeBaseline) {
    writeFileSync(BASELINE_PATH, `${JSON.stringify(toBaseline(scores), null, 2)}\n`);
    console.log(`wrote ${BASELINE_PATH}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
