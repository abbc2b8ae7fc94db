/**
 * The single-report rules on the real corpus: the 上海市人民政府办公厅 2019 report really breaks the
 * rules its expected file lists (it leaves the 总计 column of the outcome rows blank); every other
 * corpus report is consistent, prose included.
 */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/lib/checks';
import {
  corpusStems,
  inconsistencyKey,
  loadExpected,
  proseOf,
  recordFromExpected,
  sourceInconsistencyKey
} from './corpus';

describe('checkReport on the corpus', () => {
  it('covers all nine corpus reports', () => {
    expect(corpusStems()).toHaveLength(9);
  });

  for (const stem of corpusStems()) {
    it(`${stem}: finds exactly the printed report's inconsistencies`, async () => {
      const expected = loadExpected(stem);
      const findings = checkReport(recordFromExpected(stem), { prose: await proseOf(stem) });
      const found = findings.map((f) => inconsistencyKey(f.rule, f.column)).sort();
      const printed = (expected.source_inconsistencies ?? []).map(sourceInconsistencyKey).sort();
      expect(found).toEqual(printed);
    });
  }

  it('上海市人民政府办公厅_2019: the findings carry the printed numbers', () => {
    const findings = checkReport(recordFromExpected('上海市人民政府办公厅_2019'), { prose: '' });
    expect(findings).toHaveLength(12);
    expect(findings.find((f) => f.rule === 'outcome_sum')).toMatchObject({
      report_id: '2019-310000-人民政府办公厅-agency',
      severity: 'error',
      column: 'app_granted_total',
      expected: '0',
      actual: '805'
    });
    expect(findings.find((f) => f.column === 'app_unable_not_held_natural')).toMatchObject({
      rule: 'applicant_sum',
      severity: 'error',
      expected: '265',
      actual: '0',
      message: '“无法提供：本机关不掌握相关政府信息”行：六类申请人之和（265）应等于“总计”列（0）。'
    });
  });
});
