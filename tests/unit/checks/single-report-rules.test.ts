/** Each single-report rule: a passing case from a real corpus record and a failing case with one cell changed. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/lib/checks';
import { checkApplicantSum } from '../../../src/lib/checks/rules/applicant-sum';
import { checkBalance } from '../../../src/lib/checks/rules/balance';
import { checkF19Items } from '../../../src/lib/checks/rules/f19-items';
import { checkNonNegative } from '../../../src/lib/checks/rules/non-negative';
import { checkOutcomeSum } from '../../../src/lib/checks/rules/outcome-sum';
import { checkReviewSum } from '../../../src/lib/checks/rules/review-sum';
import { checkRulesLevel } from '../../../src/lib/checks/rules/rules-level';
import { recordFromExpected, withCells } from './corpus';

const huaian = recordFromExpected('淮安市人民政府_2024');
const shanghai2019 = recordFromExpected('上海市人民政府办公厅_2019');
const mengjin = recordFromExpected('孟津区人力资源和社会保障局_2023');
const pingtan2025 = recordFromExpected('平潭综合实验区_2025');

describe('balance (rule 1)', () => {
  it('passes on 淮安 2024 and on 上海 2019, whose blank columns are not checked', () => {
    expect(checkBalance(huaian)).toEqual([]);
    expect(checkBalance(shanghai2019)).toEqual([]);
  });

  it('fails when 新收 of 自然人 is one more than the table balances', () => {
    const findings = checkBalance(withCells(huaian, { app_new_natural: 3002 }));
    expect(findings).toEqual([
      {
        report_id: huaian.report_id,
        rule: 'balance',
        severity: 'error',
        column: 'app_new_natural',
        expected: '3036',
        actual: '3035',
        message: '“自然人”列：新收申请数加上年结转数（3036）应等于办理结果总计加结转下年度数（3035）。'
      }
    ]);
  });
});

describe('outcome_sum (rule 2)', () => {
  it('passes on 淮安 2024', () => {
    expect(checkOutcomeSum(huaian)).toEqual([]);
  });

  it('fails when one outcome cell of 商业企业 changes', () => {
    const findings = checkOutcomeSum(withCells(huaian, { app_granted_business: 23 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ column: 'app_granted_business', expected: '55', actual: '53' });
    expect(findings[0].message).toContain('“商业企业”列');
  });
});

describe('applicant_sum (rule 3)', () => {
  it('passes on 淮安 2024', () => {
    expect(checkApplicantSum(huaian)).toEqual([]);
  });

  it('fails when the 总计 of （二）部分公开 does not add up', () => {
    const findings = checkApplicantSum(withCells(huaian, { app_partial_total: 450 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ column: 'app_partial_natural', expected: '454', actual: '450' });
    expect(findings[0].message).toContain('“部分公开”行');
  });

  it('does not check a row whose cells are all blank', () => {
    expect(checkApplicantSum(shanghai2019).map((f) => f.column)).not.toContain('app_denied_law_natural');
  });
});

describe('review_sum (rule 4)', () => {
  it('passes on 平潭 2025 (复议 25+3+8+0 = 36)', () => {
    expect(checkReviewSum(pingtan2025)).toEqual([]);
  });

  it('fails when 行政复议 总计 is off by one', () => {
    const findings = checkReviewSum(withCells(pingtan2025, { review_total: 37 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'review_sum', column: 'review_upheld', expected: '36', actual: '37' });
    expect(findings[0].message).toContain('“行政复议”');
  });

  it('fails in the 复议后起诉 group too', () => {
    const findings = checkReviewSum(withCells(pingtan2025, { suit_after_review_upheld: 4 }));
    expect(findings.map((f) => f.column)).toEqual(['suit_after_review_upheld']);
  });
});

describe('non_negative (rule 5)', () => {
  it('passes on 淮安 2024 and 孟津 2023 (fees with decimals are fine)', () => {
    expect(checkNonNegative(huaian)).toEqual([]);
    expect(checkNonNegative(mengjin)).toEqual([]);
  });

  it('fails on a negative count', () => {
    const findings = checkNonNegative(withCells(huaian, { penalties: -3 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ column: 'penalties', expected: '>=0', actual: '-3', severity: 'error' });
    expect(findings[0].message).toContain('行政处罚');
  });

  it('fails on a fractional count', () => {
    expect(checkNonNegative(withCells(huaian, { app_new_legal: 60.5 })).map((f) => f.column)).toEqual([
      'app_new_legal'
    ]);
  });

  it('lets the 2019 本年增/减 columns be negative', () => {
    expect(checkNonNegative(withCells(shanghai2019, { f19_permit_items_change: -8, f19_permit_items: 20 }))).toEqual(
      []
    );
  });
});

describe('rules_level (rule 8)', () => {
  it('passes for a city government that makes 规章 (淮安: 1 issued) and a county body with none (孟津)', () => {
    expect(checkRulesLevel(huaian)).toEqual([]);
    expect(checkRulesLevel(mengjin)).toEqual([]);
    expect(checkRulesLevel(shanghai2019)).toEqual([]);
  });

  it('warns when a county department reports 规章', () => {
    const findings = checkRulesLevel(withCells(mengjin, { rules_in_force: 2 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'rules_level', severity: 'warning', column: 'rules_in_force' });
    expect(findings[0].message).toContain('县级');
  });

  it('treats a township body of unknown level as township level', () => {
    const findings = checkRulesLevel(
      withCells({ ...mengjin, level: null, body_kind: 'township' }, { rules_issued: 1 })
    );
    expect(findings.map((f) => f.message)).toEqual([
      '乡镇级机关无权制定规章，但“规章 本年制发件数”填报为1，很可能有误。'
    ]);
    expect(checkRulesLevel(withCells({ ...mengjin, level: null }, { rules_issued: 1 }))).toEqual([]);
  });

  it('reads the 2019 columns too', () => {
    const findings = checkRulesLevel({ ...shanghai2019, level: 'township' });
    expect(findings.map((f) => [f.column, f.actual])).toEqual([['f19_rules_made', '13']]);
  });
});

describe('f19_items (rule 9)', () => {
  it('passes on 上海 2019', () => {
    expect(checkF19Items(shanghai2019)).toEqual([]);
  });

  it('fails when more 规章 were newly published than are public in total', () => {
    const findings = checkF19Items(withCells(shanghai2019, { f19_rules_published: 600 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ column: 'f19_rules_published', expected: '<=524', actual: '600' });
  });

  it('fails when last year’s items plus the change is negative', () => {
    const findings = checkF19Items(withCells(shanghai2019, { f19_permit_items: 3, f19_permit_items_change: -8 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      column: 'f19_permit_items',
      expected: '>=0',
      actual: '-5',
      severity: 'warning'
    });
  });
});

describe('checkReport', () => {
  it('runs every single-report rule', () => {
    const broken = withCells(mengjin, { app_new_natural: 1, rules_issued: 1, review_total: 3 });
    const rules = checkReport(broken, { prose: '' }).map((f) => f.rule);
    expect(new Set(rules)).toEqual(new Set(['balance', 'applicant_sum', 'review_sum', 'rules_level']));
  });
});
