import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS, readDoc, rowWith, SEED_NAME, VARIANTS, lines } from './helpers';

describe('.txt reader', () => {
  it('passes the seed text through unchanged', async () => {
    const doc = await readDoc(resolve(CORPUS, 'reports', `${SEED_NAME}.txt`));
    expect(doc.text).toBe(readFileSync(resolve(CORPUS, 'reports', `${SEED_NAME}.txt`), 'utf8'));
    expect(doc.meta).toEqual({ kind: 'txt', encoding: 'utf-8' });
    expect(doc.cellLocations).toBeUndefined();
  });

  it('fills title, date and URL from a crawler header', async () => {
    const doc = await readDoc(resolve(CORPUS, 'reports', '平潭综合实验区_2021.txt'));
    expect(doc.meta).toEqual({
      kind: 'txt',
      encoding: 'utf-8',
      title: '平潭综合实验区2021年度政府信息公开工作年度报告',
      publishedDate: '2022-02-08',
      sourceUrl: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm'
    });
  });

  it('decodes the GBK copy to the same text as the seed', async () => {
    const gbk = await readDoc(resolve(VARIANTS, `${SEED_NAME}.gbk.txt`));
    const seed = await readDoc(resolve(CORPUS, 'reports', `${SEED_NAME}.txt`));
    expect(gbk.meta.encoding).toBe('gb18030');
    expect(gbk.text).toBe(seed.text);
  });

  it('keeps traditional characters as they are (the parser normalises them)', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.zh-tw.txt`));
    expect(doc.text).toContain('收到和處理政府信息公開申請情況');
  });
});

describe('.md reader', () => {
  it('turns pipe rows into tab-separated lines and drops separator rows', async () => {
    const doc = await readDoc(resolve(CORPUS, 'reports', '上海市科学技术委员会_2024.md'));
    const { index, cells } = rowWith(doc, '规范性文件');
    expect(cells).toEqual(['规范性文件', '13', '0', '55']);
    // Source line 89 of the markdown; cells located by that line and their column.
    expect(doc.cellLocations?.[index]).toEqual(['line 89 col 1', 'line 89 col 2', 'line 89 col 3', 'line 89 col 4']);
    expect(lines(doc).some((l) => /^\|?-{3}/.test(l) || l.includes('|---'))).toBe(false);
  });

  it('keeps empty cells', async () => {
    const doc = await readDoc(resolve(CORPUS, 'reports', '上海市科学技术委员会_2024.md'));
    const { cells } = rowWith(doc, '一、本年新收政府信息公开申请数量');
    expect(cells).toEqual(['一、本年新收政府信息公开申请数量', '32', '2', '0', '0', '0', '0', '34', '']);
  });

  it('keeps prose lines as they are, located by their markdown line', async () => {
    const doc = await readDoc(resolve(CORPUS, 'reports', '上海市科学技术委员会_2024.md'));
    expect(lines(doc)[0]).toBe('正文');
    expect(lines(doc)[1]).toBe('2024 年上海市科委政府信息公开工作');
    expect(doc.cellLocations?.[1]).toEqual(['line 2']);
  });

  it('reads the markdown copy of the seed with the spanned grid', async () => {
    const doc = await readDoc(resolve(VARIANTS, `${SEED_NAME}.md`));
    expect(rowWith(doc, '1.属于国家秘密').cells).toEqual([
      '',
      '(三) 不予公开',
      '1.属于国家秘密',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0'
    ]);
  });
});
