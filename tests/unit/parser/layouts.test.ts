/**
 * Layout variants of the seed report: each one is the published text changed the way real copies
 * differ (FORMAT.md "What real reports do"); the numbers must not change.
 */
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/parser/index';
import type { ParseOutcome } from '../../../src/lib/parser/types';
import { expected, OPTIONS, reportText, textDocument } from './corpus';

type Report = Extract<ParseOutcome, { kind: 'report' }>;

const SEED = '孟津区人力资源和社会保障局_2023.txt';
const seedText = reportText(SEED);
const seedExpected = expected(SEED);

function parse(text: string): Report {
  const out = parseReport(textDocument(text), OPTIONS);
  if (out.kind !== 'report') throw new Error(`rejected: ${out.message}`);
  return out;
}

function expectSeedNumbers(out: Report, except: Record<string, number | null> = {}): void {
  for (const [column, value] of Object.entries(seedExpected.cells)) {
    const want = column in except ? except[column] : value;
    expect({ column, value: out.report.numbers[column] }).toEqual({ column, value: want });
  }
  expect(out.report.year).toBe(2023);
  expect(out.report.format).toBe(2021);
}

describe('layout variants of the seed report', () => {
  it('labels split by spaces', () => {
    const text = seedText
      .replace('本年新收政府信息公开申请数量', '本年新收 政府信息 公开申请数量')
      .replace('属于国家秘密', '属于 国家 秘密')
      .replace('行政规范性文件', '行政 规范性 文件')
      .replace('行政事业性收费', '行政 事业性 收费')
      .replace('结转下年度继续办理', '结转 下年度 继续办理');
    expectSeedNumbers(parse(text));
  });

  it('full-width digits and brackets', () => {
    const full = seedText
      .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
      .replace(/\(/g, '（')
      .replace(/\)/g, '）');
    expect(full).not.toMatch(/1045/);
    expectSeedNumbers(parse(full));
  });

  it('runs of spaces instead of tabs between cells', () => {
    expectSeedNumbers(parse(seedText.replace(/\t/g, '   ')));
  });

  it('CRLF line endings', () => {
    expectSeedNumbers(parse(seedText.replace(/\n/g, '\r\n')));
  });

  it('a traditional-character copy made with opencc-js', () => {
    const traditional = Converter({ from: 'cn', to: 't' })(seedText);
    expect(traditional).toContain('收到和處理');
    const out = parse(traditional);
    expectSeedNumbers(out);
    expect(out.report.agency).toBe('孟津区人力资源和社会保障局');
  });

  it('`/`, `-` and `—` cells are NULL, with a blank_cell warning', () => {
    const text = seedText.replace('行政处罚\t19', '行政处罚\t/').replace('行政强制\t0', '行政强制\t—');
    const out = parse(text);
    expectSeedNumbers(out, { penalties: null, coercions: null });
    const blanks = out.findings.filter((f) => f.rule === 'blank_cell').map((f) => f.column);
    expect(blanks).toEqual(expect.arrayContaining(['penalties', 'coercions']));
    expect(out.provenance.find((p) => p.column === 'penalties')?.raw).toBe('/');
  });

  it('section 四 as one line of 15 numbers without header rows', () => {
    const text = seedText.replace(/(四、政府信息公开行政复议、行政诉讼情况\n\n)[\s\S]*?\n(2\t0\t0\t0\t2\t4)/, '$1$2');
    expect(text).not.toContain('尚未 审结');
    expectSeedNumbers(parse(text));
  });

  it('section 四 as space-separated numbers after the header words on one line', () => {
    const text = seedText.replace(
      '2\t0\t0\t0\t2\t4\t1\t0\t0\t5\t1\t0\t0\t0\t1',
      '结果维持 结果纠正 其他结果 尚未审结 总计 2 0 0 0 2 4 1 0 0 5 1 0 0 0 1'
    );
    expectSeedNumbers(parse(text));
  });

  it('a crawler header and portal text around the report', () => {
    const text =
      '标题: 孟津区人力资源和社会保障局 2023 年政府信息公开工作年度报告\n发布时间: 2024-01-19 09:30\n原文链接: https://www.mengjin.gov.cn/x/2024.htm\n==================== 正文 ====================\n' +
      seedText +
      '\n附件下载 【打印本页】 【关闭窗口】';
    const out = parse(text);
    expectSeedNumbers(out);
    expect(out.report.published_date).toBe('2024-01-19');
    expect(out.report.source_url).toBe('https://www.mengjin.gov.cn/x/2024.htm');
    expect(out.sections.find((s) => s.section === 6)?.text).toBe('无');
  });

  it('OCR slips: 合计 for 总计, 本年发件 header', () => {
    const text = seedText.replace('(七) 总计', '(七) 合计').replace('本年制发件数', '本年发件');
    expectSeedNumbers(parse(text));
  });

  it('fees printed in 元 are converted to 万元', () => {
    const out = parse(seedText.replace('行政事业性收费\t13.6145', '行政事业性收费\t136145元'));
    expectSeedNumbers(out);
  });

  it('a note inside a cell keeps the number before it', () => {
    const out = parse(seedText.replace('行政许可\t1045', '行政许可\t1045（其中网办 900 件）'));
    expectSeedNumbers(out);
    expect(out.provenance.find((p) => p.column === 'permits')?.raw).toBe('1045（其中网办 900 件）');
  });

  it('manifest fields and origin override the guess', () => {
    const out = parseReport(textDocument(seedText), {
      ...OPTIONS,
      origin: 'demo',
      manifest: { file: 'x', source_url: 'https://example.org/r', published_date: '2024-01-31' }
    });
    if (out.kind !== 'report') throw new Error('rejected');
    expect(out.report.origin).toBe('demo');
    expect(out.report.source_url).toBe('https://example.org/r');
    expect(out.report.published_date).toBe('2024-01-31');
  });
});

describe('inputs that are no report', () => {
  it('rejects a text with neither a report title nor report tables', () => {
    const out = parseReport(
      textDocument('关于做好2024年春节期间安全生产工作的通知\n各单位：请做好值班值守。'),
      OPTIONS
    );
    expect(out.kind).toBe('rejected');
    if (out.kind === 'rejected') {
      expect(out.reason).toBe('not_a_report');
      expect(out.message).toMatch(/^不是政府信息公开工作年度报告.*\/ Not an annual/);
    }
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '',
      '\u0000\u0001garbage',
      '二、主动公开政府信息情况\n规章\t1\t2',
      '三、收到和处理政府信息公开申请情况\n'.repeat(50)
    ]) {
      expect(() => parseReport(textDocument(text), OPTIONS)).not.toThrow();
    }
  });

  it('is deterministic', () => {
    expect(parseReport(textDocument(seedText), OPTIONS)).toEqual(parseReport(textDocument(seedText), OPTIONS));
  });
});
