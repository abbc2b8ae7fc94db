/**
 * Property-based fuzzing of the readers and the parser with mutated real reports (the corpus and the
 * seed's variants): deleted, duplicated and swapped lines, random characters, changed digits,
 * truncation, huge numbers and NUL bytes. Neither readInput nor parseReport may throw, and the same
 * input must always give a deep-equal result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../../src/lib/input/index';
import { isRejection } from '../../../src/lib/input/types';
import { parseReport } from '../../../src/lib/parser/index';
import type { ParseOutcome } from '../../../src/lib/parser/types';

const CORPUS = join(__dirname, '../../fixtures/corpus/reports');
const VARIANTS = join(__dirname, '../../fixtures/variants');

const TEXT_SOURCES = [
  join(CORPUS, '孟津区人力资源和社会保障局_2023.txt'),
  join(CORPUS, '平潭综合实验区_2019.txt'),
  join(CORPUS, '平潭综合实验区_2022.txt'),
  join(CORPUS, '上海市科学技术委员会_2024.md'),
  join(VARIANTS, '孟津区人力资源和社会保障局_2023.flat.txt')
].map((path) => ({ name: path.split('/').pop() as string, text: readFileSync(path, 'utf8') }));

const HTML_SOURCE = readFileSync(join(CORPUS, '上海市人民政府办公厅_2019.html'), 'utf8');

type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'insertChars'; at: number; chars: string }
  | { kind: 'changeDigit'; at: number; digit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'hugeNumber'; at: number; digits: string }
  | { kind: 'nul'; at: number; count: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: position }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({
    kind: fc.constant('insertChars' as const),
    at: position,
    chars: fc.string({
      unit: fc.constantFrom('\t', ' ', '\n', '|', '/', '—', '（', '）', '、', '万元', '总计', '\u3000', 'x')
    })
  }),
  fc.record({ kind: fc.constant('changeDigit' as const), at: position, digit: fc.integer({ min: 0, max: 9 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('hugeNumber' as const), at: position, digits: fc.stringMatching(/^[1-9]\d{15,40}$/) }),
  fc.record({ kind: fc.constant('nul' as const), at: position, count: fc.integer({ min: 1, max: 64 }) })
);

function index(at: number, length: number): number {
  return Math.min(length - 1, Math.max(0, Math.floor(at * length)));
}

function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'deleteLine':
      lines.splice(index(m.at, lines.length), 1);
      return lines.join('\n');
    case 'duplicateLine': {
      const i = index(m.at, lines.length);
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'swapLines': {
      const a = index(m.a, lines.length);
      const b = index(m.b, lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'insertChars': {
      const i = index(m.at, text.length + 1);
      return text.slice(0, i) + m.chars + text.slice(i);
    }
    case 'changeDigit': {
      const digits = [...text.matchAll(/\d/g)];
      if (digits.length === 0) return text;
      const d = digits[index(m.at, digits.length)];
      return text.slice(0, d.index) + String(m.digit) + text.slice(d.index + 1);
    }
    case 'truncate':
      return text.slice(0, index(m.at, text.length + 1));
    case 'hugeNumber': {
      const numbers = [...text.matchAll(/\d+/g)];
      if (numbers.length === 0) return text + m.digits;
      const n = numbers[index(m.at, numbers.length)];
      return text.slice(0, n.index) + m.digits + text.slice(n.index + n[0].length);
    }
    case 'nul': {
      const i = index(m.at, text.length + 1);
      return text.slice(0, i) + '\0'.repeat(m.count) + text.slice(i);
    }
  }
}

const encoder = new TextEncoder();

async function readAndParse(bytes: Uint8Array, name: string): Promise<ParseOutcome | { rejectedByReader: string }> {
  const doc = await readInput(bytes, name);
  if (isRejection(doc)) return { rejectedByReader: `${doc.reason}: ${doc.message}` };
  return parseReport(doc, { source: name, sha256: '0'.repeat(64) });
}

/** Runs the pipeline twice on the same bytes: it must not throw and must give the same result. */
async function checkStable(bytes: Uint8Array, name: string): Promise<void> {
  const first = await readAndParse(bytes, name);
  const second = await readAndParse(bytes.slice(), name);
  expect(second).toEqual(first);
  // Both entry points catch what escapes them as a last guard; reaching that guard is a crash too.
  if ('rejectedByReader' in first) expect(first.rejectedByReader).not.toMatch(/读取失败（|reading failed \(/);
  else if (first.kind === 'rejected') expect(first.message).not.toMatch(/^解析失败/);
}

describe('fuzzing readInput and parseReport with mutated corpus reports', () => {
  it('never throws and is deterministic on mutated text reports', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TEXT_SOURCES),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (source, mutations) => {
          const text = mutations.reduce(applyMutation, source.text);
          await checkStable(encoder.encode(text), source.name);
        }
      ),
      { numRuns: 150, seed: 20240101 }
    );
  }, 30_000);

  it('never throws and is deterministic on mutated HTML markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const html = mutations.reduce(applyMutation, HTML_SOURCE);
        await checkStable(encoder.encode(html), '上海市人民政府办公厅_2019.html');
      }),
      { numRuns: 40, seed: 20240102 }
    );
  }, 30_000);

  it('never throws on arbitrary bytes under every reader', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 2048 }),
        fc.constantFrom('x.txt', 'x.md', 'x.html', 'x.docx', 'x.pdf'),
        async (bytes, name) => {
          await checkStable(bytes, name);
        }
      ),
      { numRuns: 100, seed: 20240103 }
    );
  }, 30_000);

  it('reads the mutated numbers it was given: a digit changed in a tab cell shows up in the record', async () => {
    // Not only "does not throw": the seed's 行政许可 1045 changed to 9045 is read as 9045.
    const seed = TEXT_SOURCES[0].text;
    const changed = seed.replace(/(行政许可\t)1045/, '$19045');
    expect(changed).not.toBe(seed);
    const outcome = await readAndParse(encoder.encode(changed), TEXT_SOURCES[0].name);
    expect('kind' in outcome && outcome.kind === 'report' ? outcome.report.numbers.permits : null).toBe(9045);
  });
});
