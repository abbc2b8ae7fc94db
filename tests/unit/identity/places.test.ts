import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIVISIONS, divisionsNamed, MAX_NAME_LENGTH, nameLengthsAt } from '../../../src/lib/identity/divisions';
import { chainsInText, matchPrefix } from '../../../src/lib/identity/places';

/** Every division name of two or more characters that starts at `at`, found by trying every length. */
function namesAtByEveryLength(text: string, at: number): number[] {
  const lengths: number[] = [];
  for (let len = Math.min(MAX_NAME_LENGTH, text.length - at); len >= 2; len--) {
    if (divisionsNamed(text.slice(at, at + len)).length > 0) lengths.push(len);
  }
  return lengths;
}

const codes = (chains: readonly (readonly { code: string }[])[]): string[] =>
  chains.map((c) => c.map((d) => d.code).join('>'));

// Names and pieces of names glued to filler: positions where a name starts, ends, or nearly starts.
const NAMES = DIVISIONS.map((d) => d.name);
const FILLER = ['', '政府', '人力资源和社会保障局', '年度报告', '省', '市', '区', '，', ' ', '2023'];
const piece = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom(...NAMES).map((n) => n.slice(0, Math.max(1, n.length - 1))),
  fc.constantFrom(...FILLER)
);
const texts = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('division names in text', () => {
  it('the name-length index offers every length at which a name starts, longest first', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let at = 0; at < text.length; at++) {
          const offered = nameLengthsAt(text, at).filter((len) => len <= text.length - at);
          const found = namesAtByEveryLength(text, at);
          for (const len of found) expect(offered, `${text} @${at}`).toContain(len);
          // Offered lengths are the lengths of names with the same first two characters, longest first.
          expect([...offered].sort((a, b) => b - a)).toEqual(offered);
        }
      }),
      { numRuns: 300 }
    );
  });

  it('finds the chains of a real report context', () => {
    const text = '洛阳市孟津区人力资源和社会保障局2023年政府信息公开工作年度报告。河南省郑州市金水区另有说明。';
    expect(codes(chainsInText(text))).toEqual(['410300>410308', '410000>410100>410105']);
    expect(codes(matchPrefix('河南省洛阳市孟津区人社局').chains)).toEqual(['410000>410300>410308']);
    expect(matchPrefix('河南省洛阳市孟津区人社局').rest).toBe('人社局');
  });

  it('finds a name that ends the text, and none in a text of one character', () => {
    expect(codes(chainsInText('报告见孟津区'))).toEqual(['410308']);
    expect(chainsInText('市')).toEqual([]);
    expect(nameLengthsAt('孟', 0)).toEqual([]);
  });
});
