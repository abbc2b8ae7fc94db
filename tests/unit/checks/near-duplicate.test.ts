/** Rule 11 and narrativeSimilarity, on real narratives of the corpus. */
import { describe, expect, it } from 'vitest';
import { checkAcrossReports, narrativeSimilarity } from '../../../src/lib/checks';
import { MIN_NARRATIVE_CHARS } from '../../../src/lib/checks/rules/near-duplicate';
import { estimateSimilarity, signature } from '../../../src/lib/checks/similarity/minhash';
import { normaliseNarrative } from '../../../src/lib/checks/similarity/shingles';
import type { SectionText } from '../../../src/lib/schema/types';
import { proseOf, recordFromExpected } from './corpus';

describe('narrativeSimilarity', () => {
  it('is the Jaccard index of character 5-grams', () => {
    // {abcde, bcdef, cdefg} vs {abcde, bcdef, cdefh}: 2 shared of 4.
    expect(narrativeSimilarity('abcdefg', 'abcdefh')).toBe(0.5);
    expect(narrativeSimilarity('政府信息公开', '政府信息公开')).toBe(1);
    expect(narrativeSimilarity('政府信息公开工作', '行政复议诉讼情况')).toBe(0);
    expect(narrativeSimilarity('', '政府信息公开')).toBe(0);
  });

  it('ignores line breaks and spaces, and is symmetric', async () => {
    const a = await proseOf('平潭综合实验区_2022');
    const b = await proseOf('平潭综合实验区_2023');
    expect(narrativeSimilarity(a, a.replace(/\n/g, ' \n'))).toBe(1);
    expect(narrativeSimilarity(a, b)).toBe(narrativeSimilarity(b, a));
  });

  it('scores the real 平潭 reports of different years as different (about 0.2)', async () => {
    const score = narrativeSimilarity(await proseOf('平潭综合实验区_2022'), await proseOf('平潭综合实验区_2023'));
    expect(score).toBeGreaterThan(0.15);
    expect(score).toBeLessThan(0.3);
  });

  it('has a MinHash estimate close to the exact score', async () => {
    const texts = await Promise.all(
      ['平潭综合实验区_2022', '平潭综合实验区_2023', '淮安市人民政府_2024'].map(async (s) =>
        normaliseNarrative(await proseOf(s))
      )
    );
    const edited = texts[0].replace(/2022/g, '2021').slice(0, -40);
    for (const [a, b] of [
      [texts[0], texts[1]],
      [texts[0], texts[2]],
      [texts[0], edited]
    ]) {
      const sa = signature(a);
      const sb = signature(b);
      if (!sa || !sb) throw new Error('no signature');
      expect(Math.abs(estimateSimilarity(sa, sb) - narrativeSimilarity(a, b))).toBeLessThan(0.1);
    }
  });
});

describe('near_duplicate (rule 11)', () => {
  it('warns when a body reuses last year’s narrative with only the year changed', async () => {
    const y2022 = recordFromExpected('平潭综合实验区_2022');
    const y2023 = recordFromExpected('平潭综合实验区_2023');
    const text2022 = await proseOf('平潭综合实验区_2022');
    const sections: SectionText[] = [
      { report_id: y2022.report_id, section: 1, text: text2022 },
      { report_id: y2023.report_id, section: 1, text: text2022.replace(/2022/g, '2023') }
    ];
    const findings = checkAcrossReports([y2022, y2023], sections);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      report_id: y2023.report_id,
      rule: 'near_duplicate',
      severity: 'warning',
      column: null,
      expected: y2022.report_id
    });
    expect(Number(findings[0].actual)).toBeGreaterThanOrEqual(0.9);
    expect(findings[0].actual).toMatch(/^\d\.\d\d$/);
    expect(findings[0].message).toContain('2022年度报告几乎相同');
  });

  it('warns on both bodies when two bodies publish nearly the same narrative', async () => {
    const huaian = recordFromExpected('淮安市人民政府_2024');
    const mengjin = recordFromExpected('孟津区人力资源和社会保障局_2023');
    const text = await proseOf('孟津区人力资源和社会保障局_2023');
    const sections: SectionText[] = [
      { report_id: mengjin.report_id, section: 1, text },
      { report_id: huaian.report_id, section: 1, text: text.replace(/孟津区人社局/g, '淮安市政府') },
      { report_id: huaian.report_id, section: 6, text: '无' }
    ];
    const findings = checkAcrossReports([mengjin, huaian], sections);
    expect(findings.map((f) => [f.report_id, f.expected])).toEqual([
      [mengjin.report_id, huaian.report_id],
      [huaian.report_id, mengjin.report_id]
    ]);
    const score = narrativeSimilarity(text, text.replace(/孟津区人社局/g, '淮安市政府'));
    expect(score).toBeGreaterThanOrEqual(0.9);
    expect(findings[0].actual).toBe(score.toFixed(2));
    expect(findings[1].message).toContain('“孟津区人力资源和社会保障局”2023年度报告几乎相同');
  });

  it('does not warn below 0.9 or on very short narratives', async () => {
    const a = recordFromExpected('平潭综合实验区_2022');
    const b = recordFromExpected('淮安市人民政府_2024');
    const text = await proseOf('平潭综合实验区_2022');
    const half = text.slice(0, Math.floor(text.length / 2));
    expect(
      checkAcrossReports(
        [a, b],
        [
          { report_id: a.report_id, section: 1, text },
          { report_id: b.report_id, section: 1, text: half }
        ]
      )
    ).toEqual([]);
    const short = '本年度无其他需要报告的事项。'.repeat(2);
    expect(short.length).toBeLessThan(MIN_NARRATIVE_CHARS);
    expect(
      checkAcrossReports(
        [a, b],
        [
          { report_id: a.report_id, section: 6, text: short },
          { report_id: b.report_id, section: 6, text: short }
        ]
      )
    ).toEqual([]);
  });
});
