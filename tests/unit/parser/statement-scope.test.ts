/**
 * The statement patterns of the prose (proseFacts and the prose_mismatch check) run over the few
 * stretches StatementScope keeps instead of over the whole text; they must find exactly the matches a
 * scan of the whole text finds, at the same positions, in the same order.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATEMENT_PATTERNS } from '../../../src/lib/checks/rules/prose-mismatch';
import { parseReport } from '../../../src/lib/parser/index';
import { FACT_PATTERNS } from '../../../src/lib/parser/prose';
import { StatementScope } from '../../../src/lib/parser/statementScope';
import { CORPUS, OPTIONS, reportText, textDocument } from './corpus';

interface Hit {
  at: number;
  text: string;
  groups: (string | undefined)[];
}

function wholeText(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  const g = new RegExp(re.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    if (m[0].length === 0) g.lastIndex++;
    out.push({ at: m.index, text: m[0], groups: m.slice(1) });
  }
  return out;
}

function scoped(scope: StatementScope, re: RegExp, text: string): Hit[] {
  const s = scope.reduce(text);
  return wholeText(re, s.text).map((h) => ({ ...h, at: s.original(h.at) }));
}

const SETS = [
  { name: 'proseFacts', patterns: FACT_PATTERNS },
  { name: 'prose_mismatch', patterns: STATEMENT_PATTERNS }
];

/** Words of the patterns, digits and the characters that end a stretch. */
const PIECES = [
  '收到',
  '接收',
  '受理',
  '政府信息公开',
  '申请',
  '依',
  '公开',
  '共计',
  '共',
  '为',
  '件',
  '起',
  '3起',
  '2件',
  '办结',
  '结转',
  '顺延',
  '至',
  '下一年度',
  '下年',
  '2026年',
  '继续办理',
  '的',
  '有',
  '行政复议',
  '行政诉讼',
  '案件',
  '数量',
  '涉及',
  '现行有效',
  '规范性文件',
  '印发',
  '本年度新收',
  '上年结转',
  '其中',
  '同比',
  '0',
  '1',
  '7',
  '12',
  '12345678',
  ' ',
  ',',
  '。',
  '\n',
  '我',
  'a'
];

describe('StatementScope', () => {
  for (const { name, patterns } of SETS) {
    it(`finds what a whole-text scan finds (${name} patterns, random text)`, () => {
      const scope = new StatementScope(patterns, '件起');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
          const text = parts.join('');
          for (const re of patterns) expect(scoped(scope, re, text)).toEqual(wholeText(re, text));
        }),
        { numRuns: 3000 }
      );
    });

    it(`finds what a whole-text scan finds (${name} patterns, corpus prose)`, () => {
      const scope = new StatementScope(patterns, '件起');
      const dir = join(CORPUS, 'reports');
      let seen = 0;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const out = parseReport(textDocument(reportText(file)), OPTIONS);
        if (out.kind !== 'report') throw new Error(file);
        for (const text of [out.prose, out.prose.replace(/\s+/g, '')]) {
          for (const re of patterns) {
            const want = wholeText(re, text);
            seen += want.length;
            expect(scoped(scope, re, text)).toEqual(want);
          }
        }
      }
      // The corpus prose states numbers these patterns read: the comparison is not vacuous.
      expect(seen).toBeGreaterThan(10);
    });
  }

  it('refuses a pattern that can match characters not written in it', () => {
    expect(() => new StatementScope([/申请.件/g], '件')).toThrow();
    expect(() => new StatementScope([/申请\s*\d+件/g], '件')).toThrow();
    expect(() => new StatementScope([/[^a]件/g], '件')).toThrow();
  });

  it('keeps only the stretches around the anchors and maps positions back', () => {
    const scope = new StatementScope([/收到申请(\d{1,7})件/g], '件');
    const text = '总体情况良好。全年收到申请70件，办结。';
    const s = scope.reduce(text);
    expect(s.text).toBe('收到申请70件');
    expect(s.original(0)).toBe(text.indexOf('收到'));
  });
});
