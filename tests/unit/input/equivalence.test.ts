/**
 * Every re-made form of the seed report must parse to exactly the numbers keyed by hand for the
 * seed (tests/fixtures/corpus/expected/孟津区人力资源和社会保障局_2023.json): the readers may change
 * the layout, never the numbers.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseReport } from '../../../src/lib/parser/index';
import { CORPUS, expectedOf, readDoc, SEED_NAME, VARIANTS } from './helpers';

const VARIANT_FILES = [
  `reports/${SEED_NAME}.txt`,
  `variants/${SEED_NAME}.portal.html`,
  `variants/${SEED_NAME}.word-gbk.html`,
  `variants/${SEED_NAME}.gbk.txt`,
  `variants/${SEED_NAME}.zh-tw.txt`,
  `variants/${SEED_NAME}.md`,
  `variants/${SEED_NAME}.flat.txt`,
  `variants/${SEED_NAME}.docx`,
  `variants/${SEED_NAME}.pdf`
];

const expected = expectedOf(SEED_NAME);

describe('every variant of the seed gives the seed numbers', () => {
  for (const file of VARIANT_FILES) {
    it(file, async () => {
      const path = file.startsWith('reports/') ? resolve(CORPUS, file) : resolve(VARIANTS, '..', file);
      const doc = await readDoc(path);
      const outcome = parseReport(doc, { source: file, sha256: '0'.repeat(64) });
      if (outcome.kind !== 'report') throw new Error(`rejected: ${outcome.message}`);
      expect(outcome.report.year).toBe(expected.meta.year);
      expect(outcome.report.format).toBe(expected.meta.format);
      const got: Record<string, number | null> = {};
      for (const column of Object.keys(expected.cells)) got[column] = outcome.report.numbers[column] ?? null;
      expect(got).toEqual(expected.cells);
    });
  }
});
