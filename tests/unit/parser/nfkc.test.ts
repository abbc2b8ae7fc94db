/** The NFKC fast path must give exactly what normalize('NFKC') gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNfkcStable, nfkc } from '../../../src/lib/parser/nfkc';
import { TRICKY } from './nfkcChars';

const CORPUS = resolve(__dirname, '../../fixtures/corpus/reports');

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
