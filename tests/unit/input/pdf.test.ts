import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  CORPUS,
  expectedOf,
  lines,
  numbersIn,
  readDoc,
  readRejection,
  rowWith,
  SEED_NAME,
  VARIANTS,
  APPLICANTS
} from './helpers';
import type { DocumentText } from '../../../src/lib/input/types';

const HUAIAN = resolve(CORPUS, 'reports', '淮安市人民政府_2024.pdf');
const expected = expectedOf('淮安市人民政府_2024').cells;

let cached: Promise<DocumentText> | undefined;
const huaian = () => (cached ??= readDoc(HUAIAN));

describe('.pdf reader on the 淮安 report', () => {
  it('rebuilds section 三 rows as lines with the seven applicant numbers in cells', async () => {
    const doc = await huaian();
    const rows: [string, string][] = [
      ['一、本年新收政府信息公开申请数量', 'new'],
      ['二、上年结转政府信息公开申请数量', 'carried_in'],
      ['（一）予以公开', 'granted'],
      ['1.属于国家秘密', 'denied_secret'],
      ['8.属于行政查询事项', 'denied_inquiry'],
      ['1.本机关不掌握相关政府信息', 'unable_not_held'],
      ['2.重复申请', 'rejected_repeat'],
      ['3、其他', 'other_misc'],
      ['四、结转下年度继续办理', 'carried_out']
    ];
    for (const [label, key] of rows) {
      const { cells } = rowWith(doc, label);
      expect(numbersIn(cells), label).toEqual(APPLICANTS.map((a) => expected[`app_${key}_${a}`]));
    }
  });

  it('merges a row label wrapped over lines into the row that holds its numbers', async () => {
    const doc = await huaian();
    const confirm = rowWith(doc, '5.要求行政机关确认或重新出具已获取信息');
    expect(numbersIn(confirm.cells)).toEqual(APPLICANTS.map((a) => expected[`app_rejected_confirm_${a}`]));
    const noCorrection = rowWith(doc, '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(numbersIn(noCorrection.cells)).toEqual(APPLICANTS.map((a) => expected[`app_other_no_correction_${a}`]));
    const partial = rowWith(doc, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(numbersIn(partial.cells)).toEqual(APPLICANTS.map((a) => expected[`app_partial_${a}`]));
  });

  it('joins the vertically printed group label into one cell', async () => {
    const doc = await huaian();
    expect(lines(doc).some((l) => l.split('\t').includes('三、本年度办理结果'))).toBe(true);
    // No line is a lone character of it.
    expect(lines(doc).filter((l) => /^[本年度办理结果]$/.test(l))).toEqual([]);
  });

  it('reads section 二 and the 15 numbers of section 四', async () => {
    const doc = await huaian();
    expect(numbersIn(rowWith(doc, '规章').cells)).toEqual([
      expected.rules_issued,
      expected.rules_repealed,
      expected.rules_in_force
    ]);
    expect(numbersIn(rowWith(doc, '行政许可').cells)).toEqual([expected.permits]);
    expect(numbersIn(rowWith(doc, '行政处罚').cells)).toEqual([expected.penalties]);
    expect(numbersIn(rowWith(doc, '行政事业性收费').cells)).toEqual([expected.fees_wan]);
    const review = lines(doc).find((l) => /^\d+(\t\d+){14}$/.test(l));
    const keys = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((o) => `${g}_${o}`)
    );
    expect(review?.split('\t').map(Number)).toEqual(keys.map((k) => expected[k]));
  });

  it('drops page numbers and locates every cell by page', async () => {
    const doc = await huaian();
    expect(doc.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    const { index, cells } = rowWith(doc, '（七）总计');
    expect(doc.cellLocations?.[index]).toEqual(cells.map(() => 'page 5'));
    expect(doc.cellLocations).toHaveLength(lines(doc).length);
    expect(doc.meta).toEqual({ kind: 'pdf', title: '政府信息公开工作年度报告' });
  });
});

describe('.pdf reader on the seed printed by Chromium', () => {
  it('gives the seed numbers row by row', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.pdf`));
    const seed = expectedOf(SEED_NAME).cells;
    // Chromium's CJK font puts Kangxi radicals in the text layer (⾏ for 行); kept raw here.
    expect(numbersIn(rowWith(doc, '⾏政许可').cells)).toEqual([seed.permits]);
    expect(numbersIn(rowWith(doc, '⾏政事业性收费').cells)).toEqual([seed.fees_wan]);
    expect(numbersIn(rowWith(doc, '3.其他').cells)).toEqual(APPLICANTS.map((a) => seed[`app_other_misc_${a}`]));
  });
});

describe('.pdf rejections', () => {
  it('an image-only PDF has no text layer', async () => {
    const r = await readRejection(resolve(VARIANTS, 'scan-no-text.pdf'));
    expect(r.reason).toBe('no_text_layer');
    expect(r.message).toMatch(
      /^文件「scan-no-text\.pdf」：没有文字层（需要 OCR）.* \/ scan-no-text\.pdf: no text layer \(needs OCR\)/
    );
  });

  it('a truncated PDF is unreadable and says it is corrupt', async () => {
    const r = await readRejection(resolve(VARIANTS, 'truncated.pdf'));
    expect(r.reason).toBe('unreadable');
    expect(r.message).toContain('PDF 已损坏');
    expect(r.message).toContain('corrupt');
  });

  it('an encrypted PDF is unreadable and says a password is needed', async () => {
    const r = await readRejection(resolve(VARIANTS, 'encrypted.pdf'));
    expect(r.reason).toBe('unreadable');
    expect(r.message).toContain('PDF 已加密');
    expect(r.message).toContain('password required');
  });
});
