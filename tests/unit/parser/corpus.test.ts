import { describe, expect, it } from 'vitest';
import { NUMBER_COLUMN_NAMES } from '../../../src/lib/schema/columns';
import { parseReport } from '../../../src/lib/parser/index';
import type { ParseOutcome } from '../../../src/lib/parser/types';
import { expected, markdownDocument, OPTIONS, reportText, textDocument } from './corpus';

type Report = Extract<ParseOutcome, { kind: 'report' }>;

function parsed(file: string): Report {
  const text = reportText(file);
  const doc = file.endsWith('.md') ? markdownDocument(text) : textDocument(text);
  const out = parseReport(doc, { ...OPTIONS, source: file });
  if (out.kind !== 'report') throw new Error(`${file} rejected: ${out.message}`);
  return out;
}

const SEED = '孟津区人力资源和社会保障局_2023.txt';

describe('seed report (孟津区人社局 2023)', () => {
  const out = parsed(SEED);
  const exp = expected(SEED);

  it('reads all 200 numbers of the expected file exactly', () => {
    expect(Object.keys(exp.cells)).toHaveLength(200);
    for (const [column, value] of Object.entries(exp.cells)) {
      expect({ column, value: out.report.numbers[column] }).toEqual({ column, value });
    }
  });

  it('keys numbers by every export number column, NULL outside the format', () => {
    expect(Object.keys(out.report.numbers).sort()).toEqual([...NUMBER_COLUMN_NAMES].sort());
    expect(out.report.numbers.f19_rules_made).toBeNull();
    expect(out.report.numbers.f19_procurement_amount).toBeNull();
  });

  it('identifies year, agency, format, source and origin', () => {
    expect(out.report.year).toBe(exp.meta.year);
    expect(out.report.agency).toBe(exp.meta.agency);
    expect(out.report.format).toBe(exp.meta.format);
    expect(out.report.origin).toBe('real');
    expect(out.report.source).toBe(SEED);
    expect(out.report.report_id).toBe(`${out.report.year}-${out.report.agency_id}-${out.report.scope}`);
  });

  it('has one provenance row per number, quoting the printed cell', () => {
    expect(out.provenance).toHaveLength(200);
    const fees = out.provenance.find((p) => p.column === 'fees_wan');
    expect(fees).toMatchObject({ raw: '13.6145', report_id: out.report.report_id });
    expect(fees?.location).toMatch(/^line \d+$/);
    const permits = out.provenance.find((p) => p.column === 'permits');
    expect(permits?.raw).toBe('1045');
  });

  it('extracts the narrative of 一, 五 and 六', () => {
    const bySection = new Map(out.sections.map((s) => [s.section, s.text]));
    expect(bySection.get(1)).toMatch(/^2023 年以来/);
    expect(bySection.get(5)).toMatch(/^我局在推进政务公开工作方面/);
    expect(bySection.get(5)).toMatch(/能力和水平。$/);
    expect(bySection.get(6)).toBe('无');
  });

  it('counts its findings and raises no parser finding on a clean report', () => {
    const parserRules = [
      'blank_cell',
      'ambiguous_digits',
      'unknown_label',
      'missing_table',
      'format_mixed',
      'unit_unknown'
    ];
    expect(out.findings.filter((f) => parserRules.includes(f.rule))).toEqual([]);
    expect(out.report.check_errors).toBe(out.findings.filter((f) => f.severity === 'error').length);
    expect(out.report.check_warnings).toBe(out.findings.filter((f) => f.severity === 'warning').length);
  });
});

const OTHERS = [
  '平潭综合实验区_2019.txt',
  '平潭综合实验区_2021.txt',
  '平潭综合实验区_2022.txt',
  '平潭综合实验区_2023.txt',
  '平潭综合实验区_2025.txt',
  '上海市科学技术委员会_2024.md'
];

describe.each(OTHERS)('corpus report %s', (file) => {
  const out = parsed(file);
  const exp = expected(file);

  it('matches the expected year and format', () => {
    expect(out.report.year).toBe(exp.meta.year);
    expect(out.report.format).toBe(exp.meta.format);
  });

  it('reads every scored cell right', () => {
    for (const [column, value] of Object.entries(exp.cells)) {
      if (exp.not_scored.includes(column)) continue;
      expect({ column, value: out.report.numbers[column] }).toEqual({ column, value });
    }
  });

  it('leaves an ambiguous cell NULL with an ambiguous_digits finding quoting the digits, or proves its value', () => {
    const ambiguous = out.findings.filter((f) => f.rule === 'ambiguous_digits');
    for (const column of exp.not_scored) {
      const value = out.report.numbers[column];
      if (value !== null) continue;
      const finding = ambiguous.find((f) => f.actual !== null && f.actual.length > 0);
      expect(finding, column).toBeDefined();
      expect(finding?.severity).toBe('warning');
      expect(reportText(file).replace(/\s/g, '')).toContain(finding?.actual?.replace(/\s/g, ''));
    }
  });

  it('reproduces the printed numbers where the report breaks a rule', () => {
    const rules = new Set(out.findings.map((f) => f.rule));
    for (const inconsistency of exp.source_inconsistencies) {
      expect(rules.has(inconsistency.split(':')[0] as never)).toBe(true);
    }
  });
});

describe('平潭 run-together digits', () => {
  it('recovers 2022 规范性文件 88/55/698 from the numbers the prose states', () => {
    const out = parsed('平潭综合实验区_2022.txt');
    expect(out.report.numbers.normative_issued).toBe(88);
    expect(out.report.numbers.normative_repealed).toBe(55);
    expect(out.report.numbers.normative_in_force).toBe(698);
  });

  it('flags 2021 规范性文件 693665 as ambiguous instead of guessing', () => {
    const out = parsed('平潭综合实验区_2021.txt');
    expect(out.report.numbers.normative_issued).toBeNull();
    const f = out.findings.find((x) => x.rule === 'ambiguous_digits');
    expect(f).toMatchObject({ column: 'normative_issued', actual: '693665', severity: 'warning' });
  });

  it('reads the crawler header: publication date and original address', () => {
    const out = parsed('平潭综合实验区_2021.txt');
    expect(out.report.published_date).toBe('2022-02-08');
    expect(out.report.source_url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm');
    expect(out.report.agency).toBe('平潭综合实验区');
    const six = out.sections.find((s) => s.section === 6);
    expect(six?.text).toBe('2021年,无收取信息处理费情况。');
  });
});

describe('科委 markdown', () => {
  it('recovers the 总计 of 结转下年度 that the converter dropped, with a finding', () => {
    const out = parsed('上海市科学技术委员会_2024.md');
    expect(out.report.numbers.app_carried_out_total).toBe(1);
    expect(out.findings.some((f) => f.rule === 'blank_cell' && f.column === 'app_carried_out_total')).toBe(true);
  });

  it('reads the raw markdown text (pipe rows) the same way', () => {
    const raw = parseReport(textDocument(reportText('上海市科学技术委员会_2024.md')), OPTIONS);
    const viaReader = parsed('上海市科学技术委员会_2024.md');
    if (raw.kind !== 'report') throw new Error('rejected');
    for (const column of NUMBER_COLUMN_NAMES) {
      if (column === 'app_carried_out_total') continue; // recovered only for converter output (md/pdf kinds)
      expect({ column, value: raw.report.numbers[column] }).toEqual({
        column,
        value: viaReader.report.numbers[column]
      });
    }
  });
});
