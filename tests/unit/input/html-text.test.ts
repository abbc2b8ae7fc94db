/**
 * normaliseSpace skips its CJK line-break pattern when no line break follows a CJK character; the
 * result must stay that of the two patterns applied as they were.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseSpace } from '../../../src/lib/input/htmlText';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n\\s*(?=[${CJK}])`, 'g');

function reference(text: string): string {
  return text
    .replace(CJK_LINE_BREAK, '$1')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

describe('normaliseSpace', () => {
  it('joins CJK text wrapped over source lines and collapses other whitespace', () => {
    expect(normaliseSpace(' 第二十条第\r\n  （五）项 \r\n ')).toBe('第二十条第（五）项');
    expect(normaliseSpace('12 \r\n  ')).toBe('12');
    expect(normaliseSpace('Word \n 文本\u3000\n\u3000国')).toBe('Word 文本 国');
  });

  it('gives the result of the patterns on any mix of CJK, ASCII and whitespace', () => {
    const chars = [
      '中',
      '国',
      '\u3000',
      '\u3001',
      'Ａ',
      '\u2e7f',
      '\ufff0',
      'a',
      '1',
      ' ',
      '\t',
      '\r',
      '\n',
      '\u00a0',
      '\v',
      '\u2028',
      '\ufeff'
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(normaliseSpace(text)).toBe(reference(text));
      }),
      { numRuns: 5000 }
    );
  });
});
