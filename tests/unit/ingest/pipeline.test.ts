import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAcrossReports } from '../../../src/lib/checks/index';
import { isRejection, readInput } from '../../../src/lib/input/index';
import { parseReport } from '../../../src/lib/parser/index';
import type { ParseOutcome } from '../../../src/lib/parser/types';
import { buildBundle, type PipelineInput } from '../../../src/lib/pipeline/index';
import { REPORT_COLUMN_NAMES } from '../../../src/lib/schema/columns';
import { sha256Hex } from '../../../src/lib/ingest-node/read-file';
import { CORPUS } from './helpers';

type ReportOutcome = Extract<ParseOutcome, { kind: 'report' }>;
const outcomes = new Map<string, { outcome: ReportOutcome; sha256: string }>();

async function parseCorpus(file: string): Promise<{ outcome: ReportOutcome; sha256: string }> {
  const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
  const sha256 = sha256Hex(bytes);
  const doc = await readInput(bytes, file);
  if (isRejection(doc)) throw new Error(doc.message);
  const outcome = parseReport(doc, { source: file, sha256 });
  if (outcome.kind !== 'report') throw new Error(outcome.message);
  return { outcome, sha256 };
}

const PINGTAN = ['平潭综合实验区_2021.txt', '平潭综合实验区_2022.txt', '平潭综合实验区_2023.txt'];

beforeAll(async () => {
  for (const f of [...PINGTAN, '孟津区人力资源和社会保障局_2023.txt']) outcomes.set(f, await parseCorpus(f));
});

function input(file: string, source = file): PipelineInput {
  const parsed = outcomes.get(file);
  if (!parsed) throw new Error(file);
  return { source, sha256: parsed.sha256, outcome: parsed.outcome };
}

describe('buildBundle', () => {
  it('keeps the input with fewer errors even when it comes later by path', () => {
    const clean = input('孟津区人力资源和社会保障局_2023.txt', 'z-clean.txt');
    const base = clean.outcome as ReportOutcome;
    const worse: PipelineInput = {
      source: 'a-worse.txt',
      sha256: '1'.repeat(64),
      outcome: {
        ...base,
        findings: [
          ...base.findings,
          {
            report_id: base.report.report_id,
            rule: 'balance',
            severity: 'error',
            column: 'app_new_total',
            expected: '1',
            actual: '2',
            message: '测试。'
          }
        ]
      }
    };
    const bundle = buildBundle([worse, clean]);
    expect(bundle.reports.map((r) => r.source)).toEqual(['z-clean.txt']);
    expect(bundle.rejections).toEqual([
      expect.objectContaining({
        source: 'a-worse.txt',
        reason: 'duplicate',
        kept_source: 'z-clean.txt',
        sha256: '1'.repeat(64)
      })
    ]);
    // The dropped input's findings, sections and provenance do not reach the exports.
    expect(bundle.checks.some((c) => c.message === '测试。')).toBe(false);
    expect(bundle.provenance.length).toBe(base.provenance.length);
    expect(bundle.sections.length).toBe(base.sections.length);
  });

  it('rejects a parsed report the writer could not write, naming the column, and keeps the rest', () => {
    const good = input('平潭综合实验区_2021.txt');
    const base = input('孟津区人力资源和社会保障局_2023.txt').outcome as ReportOutcome;
    const broken: PipelineInput = {
      source: 'broken.txt',
      sha256: 'c'.repeat(64),
      outcome: { ...base, report: { ...base.report, numbers: { ...base.report.numbers, permits: 2.5 } } }
    };
    const bundle = buildBundle([broken, good]);
    expect(bundle.reports.map((r) => r.source)).toEqual(['平潭综合实验区_2021.txt']);
    expect(bundle.rejections).toHaveLength(1);
    expect(bundle.rejections[0]).toMatchObject({ source: 'broken.txt', reason: 'unreadable' });
    expect(bundle.rejections[0].message).toContain('permits');
  });

  it('turns reader rejections and parser rejections into rejection rows', () => {
    const bundle = buildBundle([
      { source: 'b.docx', sha256: 'b'.repeat(64), rejection: { reason: 'unreadable', message: '坏文件 / bad file' } },
      {
        source: 'a.txt',
        sha256: 'a'.repeat(64),
        outcome: { kind: 'rejected', reason: 'not_a_report', message: '不是年报 / not a report' }
      }
    ]);
    expect(bundle.reports).toEqual([]);
    expect(bundle.rejections).toEqual([
      {
        source: 'a.txt',
        sha256: 'a'.repeat(64),
        reason: 'not_a_report',
        message: '不是年报 / not a report',
        kept_source: null
      },
      {
        source: 'b.docx',
        sha256: 'b'.repeat(64),
        reason: 'unreadable',
        message: '坏文件 / bad file',
        kept_source: null
      }
    ]);
  });

  it('adds the checks across reports and recounts every report’s findings', () => {
    const inputs = PINGTAN.map((f) => input(f));
    const bundle = buildBundle(inputs);
    expect(bundle.reports.map((r) => r.source)).toEqual(PINGTAN);
    const across = checkAcrossReports(
      inputs.map((i) => (i.outcome as ReportOutcome).report),
      inputs.flatMap((i) => (i.outcome as ReportOutcome).sections)
    );
    const parserFindings = inputs.flatMap((i) => (i.outcome as ReportOutcome).findings);
    expect(bundle.checks).toHaveLength(parserFindings.length + across.length);
    for (const f of across) expect(bundle.checks).toContainEqual(f);
    for (const r of bundle.reports) {
      const mine = bundle.checks.filter((c) => c.report_id === r.report_id);
      expect(r.check_errors).toBe(mine.filter((c) => c.severity === 'error').length);
      expect(r.check_warnings).toBe(mine.filter((c) => c.severity === 'warning').length);
    }
  });

  it('gives the same bundle whatever the order of the inputs', () => {
    const inputs = [...PINGTAN, '孟津区人力资源和社会保障局_2023.txt'].map((f) => input(f));
    expect(buildBundle([...inputs].reverse())).toEqual(buildBundle(inputs));
  });

  it('sorts provenance by report, then by the contract’s column order', () => {
    const bundle = buildBundle(PINGTAN.map((f) => input(f)));
    const rank = new Map(REPORT_COLUMN_NAMES.map((c, i) => [c, i]));
    const keys = bundle.provenance.map((p) => [p.report_id, rank.get(p.column) ?? Infinity] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    expect(bundle.provenance.length).toBeGreaterThan(100);
    const sections = bundle.sections.map((s) => `${s.report_id}#${s.section}`);
    expect(sections).toEqual([...sections].sort());
  });
});
