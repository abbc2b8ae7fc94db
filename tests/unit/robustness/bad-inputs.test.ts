/**
 * Bad inputs through the ingest command's module (runIngest): each gives a rejection or a finding that
 * names the file and the place, and the good report in the same run comes out exactly as it does alone.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  openSync,
  closeSync,
  ftruncateSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestResult } from '../../../src/lib/ingest-node/run';
import type { Rejection } from '../../../src/lib/schema/types';

const CORPUS = join(__dirname, '../../fixtures/corpus');
const VARIANTS = join(__dirname, '../../fixtures/variants');
const SEED = '孟津区人力资源和社会保障局_2023.txt';
const expected = JSON.parse(readFileSync(join(CORPUS, 'expected', SEED.replace('.txt', '.json')), 'utf8')) as {
  cells: Record<string, number | null>;
};

const NOT_A_REPORT_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>首页 - 某某区人民政府</title></head>
<body><nav>首页 政务公开 办事服务</nav><h1>关于开展2024年春季植树活动的通知</h1>
<p>各街道、各部门：为改善生态环境，定于3月12日组织植树活动，请各单位按时参加。</p>
<table><tr><td>单位</td><td>人数</td></tr><tr><td>城管局</td><td>20</td></tr></table></body></html>`;

let root: string;
let inputs: string;
let mixed: IngestResult;
let alone: IngestResult;

function rejectionOf(result: IngestResult, source: string): Rejection {
  const r = result.bundle.rejections.find((x) => x.source === source);
  if (!r) throw new Error(`no rejection for ${source}: ${JSON.stringify(result.bundle.rejections)}`);
  return r;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-robustness-'));
  inputs = join(root, 'in');
  mkdirSync(inputs);
  copyFileSync(join(CORPUS, 'reports', SEED), join(inputs, SEED));
  for (const f of ['empty.txt', 'junk.txt', 'truncated.pdf', 'encrypted.pdf', 'scan-no-text.pdf']) {
    copyFileSync(join(VARIANTS, f), join(inputs, f));
  }
  // 50 MB and one byte: a sparse file, so the test does not write 50 MB to disk.
  const big = openSync(join(inputs, 'huge.txt'), 'w');
  ftruncateSync(big, 50 * 1024 * 1024 + 1);
  closeSync(big);
  writeFileSync(join(inputs, 'notice.html'), NOT_A_REPORT_HTML);
  // The seed with its section 三 table cut out (heading kept, rows gone).
  const seed = readFileSync(join(CORPUS, 'reports', SEED), 'utf8');
  const start = seed.indexOf('\n', seed.indexOf('三、收到和处理政府信息公开申请情况')) + 1;
  const end = seed.indexOf('四、结转下年度继续办理');
  expect(start).toBeGreaterThan(0);
  const cut = seed.slice(0, start) + seed.slice(seed.indexOf('\n', end) + 1);
  mkdirSync(join(inputs, 'cut'));
  writeFileSync(join(inputs, 'cut', 'no-section3.txt'), cut.replace('孟津区人力资源和社会保障局', '孟津区民政局'));

  mixed = await runIngest({ out: join(root, 'out-mixed'), paths: [inputs] });
  const solo = join(root, 'solo');
  mkdirSync(solo);
  copyFileSync(join(CORPUS, 'reports', SEED), join(solo, SEED));
  alone = await runIngest({ out: join(root, 'out-alone'), paths: [solo] });
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bad inputs in one ingest run', () => {
  it('rejects an empty file, naming it', () => {
    const r = rejectionOf(mixed, 'empty.txt');
    expect(r.reason).toBe('empty');
    expect(r.message).toContain('empty.txt');
  });

  it('rejects binary junk as unreadable, naming it', () => {
    const r = rejectionOf(mixed, 'junk.txt');
    expect(r.reason).toBe('unreadable');
    expect(r.message).toMatch(/^文件「junk\.txt」：不是文本文件（\d+ 个控制字符/);
  });

  it('rejects a file over 50 MB before reading it, with its size', () => {
    const r = rejectionOf(mixed, 'huge.txt');
    expect(r.reason).toBe('too_large');
    expect(r.message).toContain('huge.txt');
    expect(r.message).toContain('50.0 MB');
  });

  it('rejects a truncated (corrupt) PDF as unreadable, naming it', () => {
    const r = rejectionOf(mixed, 'truncated.pdf');
    expect(r.reason).toBe('unreadable');
    expect(r.message).toMatch(/truncated\.pdf/);
    expect(r.message).toMatch(/PDF 已损坏/);
  });

  it('rejects an encrypted PDF, saying it needs a password', () => {
    const r = rejectionOf(mixed, 'encrypted.pdf');
    expect(r.reason).toBe('unreadable');
    expect(r.message).toBe(
      '文件「encrypted.pdf」：PDF 已加密，需要密码才能打开 / encrypted.pdf: the PDF is encrypted (password required)'
    );
  });

  it('rejects a scanned PDF without a text layer, with its page count', () => {
    const r = rejectionOf(mixed, 'scan-no-text.pdf');
    expect(r.reason).toBe('no_text_layer');
    expect(r.message).toMatch(/^文件「scan-no-text\.pdf」：没有文字层（需要 OCR），共 \d+ 页/);
  });

  it('rejects an HTML page that is no report as not_a_report', () => {
    const r = rejectionOf(mixed, 'notice.html');
    expect(r.reason).toBe('not_a_report');
    expect(r.message).toContain('不是政府信息公开工作年度报告');
  });

  it('reads a report with a table missing, with a missing_table finding naming the table', () => {
    const report = mixed.bundle.reports.find((r) => r.source === 'cut/no-section3.txt');
    expect(report).toBeDefined();
    const findings = mixed.bundle.checks.filter((c) => c.report_id === report?.report_id);
    const missing = findings.filter((c) => c.rule === 'missing_table');
    expect(missing.map((m) => m.message)).toEqual([
      '未找到“三、收到和处理政府信息公开申请情况”表格的数据，该部分数字记为空值。'
    ]);
    // The other tables are still read.
    expect(report?.numbers.permits).toBe(expected.cells.permits);
    expect(report?.numbers.app_new_total).toBeNull();
  });

  it('leaves the good report of the same run exactly as it is when ingested alone', () => {
    const good = mixed.bundle.reports.filter((r) => r.source === SEED);
    expect(good).toHaveLength(1);
    // The cut copy keeps the seed's narrative, so the run adds exactly one finding to the seed: the
    // near_duplicate warning (a rule across reports, doing its job). Nothing else differs.
    const checksOf = (r: IngestResult, id: string) => r.bundle.checks.filter((c) => c.report_id === id);
    const extra = checksOf(mixed, good[0].report_id).filter((c) => c.rule === 'near_duplicate');
    expect(extra).toHaveLength(1);
    expect(extra[0].message).toContain('孟津区民政局');
    expect(checksOf(mixed, good[0].report_id).filter((c) => c.rule !== 'near_duplicate')).toEqual(
      checksOf(alone, good[0].report_id)
    );
    expect({ ...good[0], check_warnings: good[0].check_warnings - 1 }).toEqual(alone.bundle.reports[0]);
    for (const [column, value] of Object.entries(expected.cells)) expect(good[0].numbers[column]).toBe(value);
    // Every input is accounted for: two reports, seven rejections.
    expect(mixed.bundle.reports).toHaveLength(2);
    expect(mixed.bundle.rejections.map((r) => r.source).sort()).toEqual(
      ['empty.txt', 'encrypted.pdf', 'huge.txt', 'junk.txt', 'notice.html', 'scan-no-text.pdf', 'truncated.pdf'].sort()
    );
  });
});
