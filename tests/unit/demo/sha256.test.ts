import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/demo/sha256';

describe('sha256Hex', () => {
  it('matches node:crypto on the padding edge cases and on Chinese text', () => {
    for (const text of [
      '',
      'abc',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      '孟津区人力资源和社会保障局'.repeat(40)
    ]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
