/** The accuracy scoring itself, on the real expected files, with parser answers built from them. */
import { describe, expect, it } from 'vitest';
import {
  describeScore,
  regressions,
  scoreReport,
  toBaseline,
  totalScore,
  type ExpectedReport,
  type ParsedForScoring
} from '../../../src/lib/checks/accuracy';
import type { Finding } from '../../../src/lib/schema/types';
import { provedMessage } from '../../../src/lib/parser/findings';
import { CORPUS_DIR, loadExpected } from '../checks/corpus';
import { scoreCorpus } from '../../../scripts/accuracy';

/** What a perfect parser would answer: the expected cells, NULL with `ambiguous_digits` where not scored. */
function perfect(expected: ExpectedReport, findings: Finding[] = []): ParsedForScoring & { kind: 'report' } {
  const numbers: Record<string, number | null> = { ...expected.cells };
  const ambiguous: Finding[] = (expected.not_scored ?? [])
    .filter((c) => !(c in expected.cells))
    .map((column) => {
      numbers[column] = null;
      return {
        report_id: 'r',
        rule: 'ambiguous_digits',
        severity: 'warning',
        column,
        expected: null,
        actual: '693665',
        message: '数字粘连，无法唯一拆分。'
      };
    });
  return {
    kind: 'report',
    report: { year: expected.meta.year, format: expected.meta.format, numbers },
    findings: [...ambiguous, ...findings]
  };
}

const pingtan2019 = loadExpected('平潭综合实验区_2019');
const huaian = loadExpected('淮安市人民政府_2024');

describe('scoreReport', () => {
  it('gives a perfect parser every cell, counting the not-scored cells', () => {
    const s = scoreReport('平潭综合实验区_2019', pingtan2019, perfect(pingtan2019));
    expect(s).toMatchObject({ cellsRight: 212, cellsTotal: 212, nonZeroRight: 14, nonZeroTotal: 14, misses: [] });
    expect(s.yearRight && s.formatRight).toBe(true);
  });

  it('counts a not-scored cell wrong when it is NULL without an ambiguous_digits finding on its row', () => {
    const parsed = perfect(pingtan2019);
    // 行政许可's printed row: f19_permit_items, f19_permit_items_change and permits.
    const permitRow = ['f19_permit_items', 'f19_permit_items_change', 'permits'];
    const findings = parsed.findings.filter((f) => !permitRow.includes(f.column ?? ''));
    const s = scoreReport('x', pingtan2019, { ...parsed, findings });
    expect(s.cellsRight).toBe(209);
    expect(s.misses.map((m) => m.column).sort()).toEqual([...permitRow].sort());
    expect(describeScore(s)).toContain('  permits: expected NULL with an ambiguous_digits finding, got NULL');
  });

  it('accepts one ambiguous_digits finding for a whole printed row (平潭 2021: 693665)', () => {
    const expected = loadExpected('平潭综合实验区_2021');
    const parsed = perfect(expected);
    const findings = parsed.findings.filter((f) => f.column === 'normative_issued');
    expect(findings).toHaveLength(1);
    expect(scoreReport('x', expected, { ...parsed, findings }).cellsRight).toBe(200);
    expect(scoreReport('x', expected, { ...parsed, findings: [] }).cellsRight).toBe(197);
  });

  it('counts a not-scored cell wrong when the parser gives a number the source does not prove', () => {
    const expected = loadExpected('平潭综合实验区_2021');
    const parsed = perfect(expected);
    parsed.report.numbers = { ...parsed.report.numbers, normative_issued: 69 };
    expect(scoreReport('x', expected, parsed).misses).toEqual([
      { column: 'normative_issued', expected: null, got: 69, notScored: true }
    ]);
  });

  it('counts a not-scored value proved by a named prose statement as unverifiable, not right (平潭 2023)', () => {
    const expected = loadExpected('平潭综合实验区_2023');
    const parsed = perfect(expected);
    parsed.report.numbers = { ...parsed.report.numbers, normative_issued: 77 };
    const proof: Finding = {
      report_id: 'r',
      rule: 'ambiguous_digits',
      severity: 'warning',
      column: 'normative_issued',
      expected: '77',
      actual: '77132470',
      message: provedMessage('normative_issued', '77132470', ['制发的规范性文件77件'], 77)
    };
    const s = scoreReport('平潭综合实验区_2023', expected, { ...parsed, findings: [...parsed.findings, proof] });
    expect(s).toMatchObject({ cellsRight: 199, cellsUnverifiable: 1, cellsTotal: 200, misses: [] });
    expect(s.unverifiable).toEqual([
      {
        column: 'normative_issued',
        got: 77,
        proof: { kind: 'prose', statements: ['制发的规范性文件77件'], run: '77132470' }
      }
    ]);
    expect(describeScore(s)[0]).toContain('cells 199/200 (99.5%) + 1 unverifiable');
    expect(describeScore(s)[1]).toBe(
      '  normative_issued: no expected value (not scored), got 77: unverifiable, proved from prose (“制发的规范性文件77件”; run 77132470)'
    );
    // A finding that proves another value is no proof of this one.
    const other = { ...proof, expected: '7', message: provedMessage('normative_issued', '77132470', ['x7件'], 7) };
    expect(scoreReport('x', expected, { ...parsed, findings: [...parsed.findings, other] }).misses).toHaveLength(1);
  });

  it('counts a not-scored value read alone from one printed cell as unverifiable, a split one as wrong', () => {
    const expected = loadExpected('上海市人民政府办公厅_2019');
    const parsed = perfect(expected);
    parsed.report.numbers = { ...parsed.report.numbers, f19_procurement_amount: 251000 };
    const alone = [
      { column: 'f19_procurement_projects', location: 'table 1 row 18 col 2', raw: '6' },
      { column: 'f19_procurement_amount', location: 'table 1 row 18 col 4', raw: '251000元' }
    ];
    const findings = parsed.findings.filter((f) => f.column !== 'f19_procurement_amount');
    const s = scoreReport('x', expected, { ...parsed, findings, provenance: alone });
    expect(s).toMatchObject({ cellsRight: 211, cellsUnverifiable: 1, misses: [] });
    expect(s.unverifiable[0].proof).toEqual({ kind: 'printed', raw: '251000元', location: 'table 1 row 18 col 4' });
    // Both numbers read from one run of digits: the amount was split out, which proves nothing.
    const run = alone.map((p) => ({ ...p, location: 'line 44', raw: '6251000元' }));
    const split = scoreReport('x', expected, { ...parsed, findings, provenance: run });
    expect(split).toMatchObject({ cellsRight: 211, cellsUnverifiable: 0 });
    expect(split.misses.map((m) => m.column)).toEqual(['f19_procurement_amount']);
    // No provenance at all: no proof.
    expect(scoreReport('x', expected, { ...parsed, findings }).cellsUnverifiable).toBe(0);
  });

  it('names a wrong cell with its expected and parsed value, and a NULL read as 0', () => {
    const parsed = perfect(huaian);
    parsed.report.numbers = { ...parsed.report.numbers, app_new_natural: 3010, app_new_research: null };
    const s = scoreReport('淮安市人民政府_2024', huaian, parsed);
    expect(s.cellsRight).toBe(198);
    expect(s.nonZeroRight).toBe(88);
    expect(s.misses).toEqual([
      { column: 'app_new_natural', expected: 3001, got: 3010, notScored: false },
      { column: 'app_new_research', expected: 0, got: null, notScored: false }
    ]);
    expect(describeScore(s)[1]).toBe('  app_new_natural: expected 3001, got 3010');
  });

  it('compares 万元 decimals exactly to six places', () => {
    const parsed = perfect(huaian);
    parsed.report.numbers = { ...parsed.report.numbers, fees_wan: 96171.6000001 };
    expect(scoreReport('x', huaian, parsed).cellsRight).toBe(200);
    parsed.report.numbers = { ...parsed.report.numbers, fees_wan: 96171.61 };
    expect(scoreReport('x', huaian, parsed).misses.map((m) => m.column)).toEqual(['fees_wan']);
  });

  it('scores year and format', () => {
    const parsed = perfect(huaian);
    parsed.report = { ...parsed.report, year: 2025, format: 2019 };
    const s = scoreReport('x', huaian, parsed);
    expect([s.yearRight, s.formatRight, s.cellsRight]).toEqual([false, false, 200]);
  });

  it('counts every cell of a rejected input wrong and prints the reason', () => {
    const s = scoreReport('x', huaian, {
      kind: 'rejected',
      reason: 'no_text_layer',
      message: '没有文字层 / no text layer'
    });
    expect(s).toMatchObject({ cellsRight: 0, cellsTotal: 200, nonZeroRight: 0, nonZeroTotal: 89 });
    expect(describeScore(s)[1]).toBe('  REJECTED (no_text_layer): 没有文字层 / no text layer');
  });
});

describe('baseline', () => {
  it('finds a report that got worse, and nothing when it did not', () => {
    const good = scoreReport('淮安市人民政府_2024', huaian, perfect(huaian));
    const baseline = toBaseline([good]);
    expect(baseline['淮安市人民政府_2024']).toEqual({
      cells_right: 200,
      cells_unverifiable: 0,
      cells_total: 200,
      nonzero_right: 89,
      nonzero_total: 89,
      year_right: true,
      format_right: true
    });
    expect(regressions([good], baseline)).toEqual([]);
    const worse = perfect(huaian);
    worse.report.numbers = { ...worse.report.numbers, review_total: 350 };
    expect(regressions([scoreReport('淮安市人民政府_2024', huaian, worse)], baseline)).toEqual([
      '淮安市人民政府_2024: cells right 199 < baseline 200',
      '淮安市人民政府_2024: cells wrong 1 > baseline 0',
      '淮安市人民政府_2024: non-zero cells right 88 < baseline 89'
    ]);
  });

  it('finds an unverifiable cell that turned wrong although no right cell was lost', () => {
    const expected = loadExpected('上海市人民政府办公厅_2019');
    const parsed = perfect(expected);
    parsed.report.numbers = { ...parsed.report.numbers, f19_procurement_amount: 251000 };
    const provenance = [{ column: 'f19_procurement_amount', location: 'table 1 row 18 col 4', raw: '251000元' }];
    const findings = parsed.findings.filter((f) => f.column !== 'f19_procurement_amount');
    const before = scoreReport('上海', expected, { ...parsed, findings, provenance });
    const after = scoreReport('上海', expected, { ...parsed, findings });
    expect(after.cellsRight).toBe(before.cellsRight);
    expect(regressions([after], toBaseline([before]))).toEqual(['上海: cells wrong 1 > baseline 0']);
  });
});

describe('scoreCorpus', () => {
  it('walks every corpus report and totals the scores', async () => {
    const scores = await scoreCorpus(CORPUS_DIR, async (path) => {
      const stem = path.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
      return perfect(loadExpected(stem));
    });
    expect(scores.map((s) => s.name)).toHaveLength(9);
    const total = totalScore(scores);
    expect(total).toEqual({
      reports: 9,
      rejected: 0,
      cellsRight: 1824,
      cellsUnverifiable: 0,
      cellsTotal: 1824,
      nonZeroRight: 350,
      nonZeroTotal: 350,
      yearRight: 9,
      formatRight: 9
    });
  });
});
