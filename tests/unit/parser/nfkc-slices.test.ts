/**
 * The parser tells the prose check that its prose is NFKC already (normalizeText's `nfkc` flag), so the
 * check skips its own scan. That holds because the prose is slices of NFKC output joined by line
 * breaks: a slice of a normalised string is normalised (marks cannot gain a starter they did not
 * have), and a line break neither composes nor reorders. Checked here on tricky strings and on the
 * corpus; `nfkc` itself is checked in nfkc.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index';
import { normalizeText } from '../../../src/lib/parser/normalize';
import { CORPUS, OPTIONS, reportText, textDocument } from './corpus';
import { TRICKY } from './nfkcChars';

describe('NFKC text cut into slices and joined by line breaks', () => {
  it('stays NFKC-normalised', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        (chars, cuts) => {
          const norm = normalizeText(chars.join(''));
          if (!norm.nfkc) return;
          const t = norm.text;
          const joined = cuts.map(([a, b]) => t.slice(Math.min(a, b) % (t.length + 1), Math.max(a, b))).join('\n');
          expect(joined.normalize('NFKC')).toBe(joined);
        }
      ),
      { numRuns: 5000 }
    );
  });

  it('is what the parser hands the prose check: the corpus prose is NFKC when the flag says so', () => {
    let flagged = 0;
    for (const file of readdirSync(join(CORPUS, 'reports')).filter((f) => f.endsWith('.txt'))) {
      const text = reportText(file);
      const out = parseReport(textDocument(text), OPTIONS);
      if (out.kind !== 'report') throw new Error(file);
      if (!normalizeText(text).nfkc) continue;
      flagged++;
      expect(out.prose.normalize('NFKC')).toBe(out.prose);
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('is not claimed after zero-width characters were removed or traditional text converted', () => {
    expect(normalizeText('e\u200b\u0301').nfkc).toBe(false);
    expect(normalizeText('國開辦處資請應機關').nfkc).toBe(false);
    expect(normalizeText('收到申请（共７０件）').nfkc).toBe(true);
  });
});
