/**
 * Cells split from a run of digits that only a statement of the report's own prose decides: the value
 * is kept and an `ambiguous_digits` finding names the run and the statement (平潭 2022 and 2023).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index';
import { proofStatements } from '../../../src/lib/parser/findings';
import { expected, reportText } from './corpus';

function parsed(file: string) {
  const outcome = parseReport({ text: reportText(file), meta: { kind: 'txt' } }, { source: file, sha256: '0' });
  if (outcome.kind !== 'report') throw new Error(`${file} rejected: ${outcome.message}`);
  return outcome;
}

describe('values proved by the prose', () => {
  it('平潭 2023: 本年制发 77 from “制发的规范性文件77件”, the rest of 77132470 left NULL', () => {
    const r = parsed('平潭综合实验区_2023.txt');
    expect(r.report.numbers.normative_issued).toBe(77);
    expect(r.report.numbers.normative_repealed).toBeNull();
    expect(r.report.numbers.normative_in_force).toBeNull();
    const proof = r.findings.find((f) => f.column === 'normative_issued');
    expect(proof).toMatchObject({ rule: 'ambiguous_digits', severity: 'warning', expected: '77', actual: '77132470' });
    expect(proofStatements(proof?.message ?? '')).toEqual(['制发的规范性文件77件']);
    const open = r.findings.find((f) => f.column === 'normative_repealed');
    expect(open).toMatchObject({ rule: 'ambiguous_digits', expected: '77/1/32470; 77/13/2470; 77/132/470' });
    expect(proofStatements(open?.message ?? '')).toEqual([]);
    // The provenance still quotes the run as printed.
    expect(r.provenance.find((p) => p.column === 'normative_issued')?.raw).toBe('77132470');
  });

  it('平潭 2022: each cell of 8855698 names the statements that decided it, and the values are the keyed ones', () => {
    const r = parsed('平潭综合实验区_2022.txt');
    const want = expected('平潭综合实验区_2022.txt').cells;
    const statementsOf = (column: string) =>
      proofStatements(r.findings.find((f) => f.column === column && f.rule === 'ambiguous_digits')?.message ?? '');
    for (const column of ['normative_issued', 'normative_repealed', 'normative_in_force']) {
      expect(r.report.numbers[column]).toBe(want[column]);
    }
    expect(statementsOf('normative_in_force')).toEqual(['现行有效行政规范性文件698件']);
    expect(statementsOf('normative_issued')).toContain('制发的规范性文件88件');
  });

  it('adds no proof finding where the table alone decides (孟津 2023, tab-separated)', () => {
    const r = parsed('孟津区人力资源和社会保障局_2023.txt');
    expect(r.findings.filter((f) => f.rule === 'ambiguous_digits')).toEqual([]);
  });
});
