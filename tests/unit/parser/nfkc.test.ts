/** The NFKC fast path must give exactly what normalize('NFKC') gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNfkcStable, nfkc } from '../../../src/lib/parser/nfkc';

const CORPUS = resolve(__dirname, '../../fixtures/corpus/reports');

/** Characters that NFKC changes or that change their neighbours, next to plain report characters. */
const TRICKY = [
  '０',
  '１',
  '（',
  '）',
  '，',
  '\u00a0',
  '\u3000',
  '\u2f00',
  '\u2f08',
  '①',
  '…',
  'ﬁ',
  '㎡',
  '\u0301',
  '\u0308',
  '\u1100',
  '\u1161',
  '\u11a8',
  '가',
  '\u3099',
  'か',
  'e',
  'é',
  '\u212b',
  '\ud840\udc00',
  '\ud800',
  '\udc00',
  '\ufeff',
  '\u200b',
  'Ⅳ',
  '²',
  '㈠',
  '年',
  '件',
  '申',
  '请',
  '0',
  '7',
  ' ',
  '\t',
  '\n',
  '、',
  '。',
  '“',
  '”'
];

describe('nfkc', () => {
  it('leaves a plain simplified-Chinese report untouched without normalising it', () => {
    const text = readFileSync(resolve(CORPUS, '平潭综合实验区_2023.txt'), 'utf8');
    expect(nfkc(text)).toBe(text.normalize('NFKC'));
  });

  it('normalises text with full-width punctuation, as a PDF report prints it', () => {
    expect(isNfkcStable('收到申请（共７０件）')).toBe(false);
    expect(nfkc('收到申请（共７０件）')).toBe('收到申请(共70件)');
  });

  it('sends combining marks and jamo to the full normalisation', () => {
    expect(isNfkcStable('e\u0301')).toBe(false);
    expect(isNfkcStable('\u1100\u1161')).toBe(false);
    expect(nfkc('e\u0301')).toBe('é');
    expect(nfkc('\u1100\u1161')).toBe('가');
  });

  it('equals normalize("NFKC") on strings mixing tricky and plain characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(nfkc(s)).toBe(s.normalize('NFKC'));
      }),
      { numRuns: 3000 }
    );
  });

  it('equals normalize("NFKC") on arbitrary UTF-16 strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(nfkc(s)).toBe(s.normalize('NFKC'));
      }),
      { numRuns: 3000 }
    );
  });
});
