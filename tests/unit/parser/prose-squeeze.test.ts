/**
 * squeezeProse (the text proseFacts reads) finds whitespace runs in one scan instead of three regex
 * replacements; it must give what those replacements give: every run dropped, except that a run
 * between two digits becomes one space.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { squeezeProse } from '../../../src/lib/parser/prose';

const byRegex = (s: string): string =>
  s
    .replace(/(\d)\s+(?=\d)/g, '$1\uE000')
    .replace(/\s+/g, '')
    .replace(/\uE000/g, ' ');

const PIECES = [' ', '  ', '\t', '\n', '\u3000', '\u00a0', '\ufeff', '\u2028'];
const TEXT = ['0', '5', '9', 'a', '件', '申', '请', '。', '现行有效'];

describe('squeezeProse', () => {
  it('keeps one space between two digits and drops every other whitespace run', () => {
    expect(squeezeProse(' 收到 申请 34\n件，2 \n 0 件 ')).toBe('收到申请34件，2 0件');
  });

  it('gives what the three replacements give on any mix of spaces, digits and words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...TEXT), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        expect(squeezeProse(s)).toBe(byRegex(s));
      }),
      { numRuns: 5000 }
    );
  });
});
