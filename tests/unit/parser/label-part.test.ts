/**
 * Row labels are looked for only in the label part of a tabbed line (up to the last cell with a CJK
 * character). That finds the same labels as the whole line because every label holds a CJK character
 * and none spans a tab: checked here on the corpus lines and on random lines of label pieces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_LABELS, SECTION2_LABEL_SET, SECTION3_LABEL_SET } from '../../../src/lib/parser/labels';
import { normalizeText } from '../../../src/lib/parser/normalize';
import { labelPart } from '../../../src/lib/parser/rows';
import { CORPUS } from './corpus';

const SETS = [
  { name: 'section 二', labels: SECTION2_LABEL_SET },
  { name: 'section 三', labels: SECTION3_LABEL_SET },
  { name: 'section 四', labels: NO_LABELS }
];

/** Label words, item and group marks, quotes, blanks, tabs and numbers, joined at random. */
const PIECES =
  '本年新收|政府信息公开申请数量|一、|二 、|上年结转|(一)|( 三 )|予以公开|不予公开|1.|3.|2、|属于国家秘密|其他法律行政法规禁止公开|其他|法律|危及|“|”|三安全一稳定|危及“三安全一稳定”|其他处理|总计|合计|结转下年度继续办理|规章|行政|规范性文件|行政许可|第二十条第(五)项|信息内容| |\t|\t\t|0|12|/|(|)|a'.split(
    '|'
  );

/** Tabbed lines of the corpus reports and variants, as the parser sees them. */
function corpusLines(): string[] {
  const out: string[] = [];
  for (const dir of [join(CORPUS, 'reports'), join(CORPUS, '../variants')]) {
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && !n.startsWith('README'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const line of normalizeText(text).lines) if (line.includes('\t')) out.push(line);
    }
  }
  return out;
}

describe('labelPart', () => {
  it('cuts after the last cell with a CJK character', () => {
    expect(labelPart('一、本年新收政府信息公开申请数量\t\t23\t0\t0')).toBe('一、本年新收政府信息公开申请数量');
    expect(labelPart('规章\t0\t注\t5')).toBe('规章\t0\t注');
    expect(labelPart('0\t0\t0')).toBe('');
    expect(labelPart('总计')).toBe('总计');
    // The closing quote of a label is in its cell, after the last CJK character.
    expect(labelPart('3.危及“三安全一稳定”\t0\t0')).toBe('3.危及“三安全一稳定”');
  });

  for (const { name, labels } of SETS) {
    it(`finds the labels of the whole line (${name}, corpus lines)`, () => {
      const lines = corpusLines();
      expect(lines.length).toBeGreaterThan(100);
      let found = 0;
      for (const line of lines) {
        const whole = labels.find(line);
        found += whole.length;
        expect(labels.find(labelPart(line))).toEqual(whole);
      }
      if (labels !== NO_LABELS) expect(found).toBeGreaterThan(10);
    });

    it(`finds the labels of the whole line (${name}, random lines)`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
          const line = parts.join('');
          expect(labels.find(labelPart(line))).toEqual(labels.find(line));
        }),
        { numRuns: 3000 }
      );
    });
  }
});
