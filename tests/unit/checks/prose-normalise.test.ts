/**
 * normaliseProse drops whitespace in one pass instead of the regex `\s+(?=\D)|(?<=\D)\s+`; it must
 * give exactly what the regex gives, digits on both sides of a space included.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseProse } from '../../../src/lib/checks/rules/prose-mismatch';

const byRegex = (s: string): string => s.normalize('NFKC').replace(/\s+(?=\D)|(?<=\D)\s+/g, '');

const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u1680', '\u200a', '\u200b'];
const TEXT = ['0', '5', '9', '３', 'a', '件', '申', '请', '。', '，', '行政复', '议'];

describe('normaliseProse', () => {
  it('keeps one space between two digits and drops every other whitespace run', () => {
    expect(normaliseProse('收到 申请 34\n件，2 0 件，3  4 件')).toBe('收到申请34件,2 0件,34件');
  });

  it('gives what the whitespace regex gives on any mix of spaces, digits and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...TEXT), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        expect(normaliseProse(s)).toBe(byRegex(s));
      }),
      { numRuns: 5000 }
    );
  });
});
