/**
 * The printed row labels of the tables, as patterns that survive the layouts real reports use:
 * labels broken by spaces (`商业 企业`), item numbers glued to the previous row's digits
 * (`00000002.其他法律…`), OCR slips, and the variants named in docs/FORMAT.md. Patterns run on
 * NFKC-normalised text, where brackets are ASCII.
 */

/** A literal phrase that may be broken by spaces anywhere. */
function loose(phrase: string): string {
  return [...phrase].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(' *');
}

/** An optional item number such as `2.` or `2、` before a sub-row label. */
function item(n: number): string {
  return `(?:${n} *[.、．] *)?`;
}

/** A bracketed group number such as `(三)`. */
function group(numeral: string): string {
  return `(?:\\( *${numeral} *\\) *)?`;
}

export interface LabelDef {
  /** Row id the label names, or null for a group/header label that only separates rows. */
  id: string | null;
  source: string;
}

export interface LabelMatch {
  id: string | null;
  start: number;
  end: number;
}

/** Several labels compiled into one alternation, so each line is scanned once. */
export class LabelSet {
  private readonly re: RegExp;
  private readonly ids: (string | null)[];

  constructor(defs: readonly LabelDef[]) {
    this.ids = defs.map((d) => d.id);
    this.re = new RegExp(defs.map((d) => `(${d.source})`).join('|'), 'g');
  }

  find(text: string): LabelMatch[] {
    const out: LabelMatch[] = [];
    this.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        this.re.lastIndex++;
        continue;
      }
      let k = 1;
      while (m[k] === undefined) k++;
      out.push({ id: this.ids[k - 1], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }
}

/** Section 三 rows (EXPORT.md row ids) and the group labels between them. */
export const SECTION3_LABELS: readonly LabelDef[] = [
  { id: 'new', source: `(?:一 *、 *)?${loose('本年新收')}(?:${loose('政府信息公开申请数量')})?` },
  { id: 'carried_in', source: `(?:二 *、 *)?${loose('上年结转')}(?:${loose('政府信息公开申请数量')})?` },
  { id: null, source: `(?:三 *、 *)?${loose('本年度办理结果')}` },
  { id: 'granted', source: `${group('一')}${loose('予以公开')}` },
  { id: 'partial', source: `${group('二')}${loose('部分公开')}` },
  { id: null, source: `${group('三')}${loose('不予公开')}` },
  { id: 'denied_secret', source: `${item(1)}${loose('属于国家秘密')}` },
  { id: 'denied_law', source: `${item(2)}${loose('其他法律行政法规禁止公开')}` },
  { id: 'denied_safety', source: `${item(3)}${loose('危及')}["“”'‘’]? *${loose('三安全一稳定')}["“”'‘’]?` },
  { id: 'denied_third_party', source: `${item(4)}${loose('保护第三方合法权益')}` },
  { id: 'denied_internal', source: `${item(5)}${loose('属于三类内')} *[部容] *${loose('事务信息')}` },
  { id: 'denied_process', source: `${item(6)}${loose('属于四类过程性信息')}` },
  { id: 'denied_enforcement', source: `${item(7)}${loose('属于行政执法案卷')}` },
  { id: 'denied_inquiry', source: `${item(8)}${loose('属于行政查询事项')}` },
  { id: null, source: `${group('四')}${loose('无法提供')}` },
  { id: 'unable_not_held', source: `${item(1)}${loose('本机关不掌握相关政府信息')}` },
  { id: 'unable_need_create', source: `${item(2)}${loose('没有现成信息需要另行制作')}` },
  { id: 'unable_unclear', source: `${item(3)}${loose('补正后申请内容仍不明确')}` },
  { id: null, source: `${group('五')}${loose('不予处理')}` },
  { id: 'rejected_petition', source: `${item(1)}${loose('信访举报投诉类申请')}` },
  { id: 'rejected_repeat', source: `${item(2)}${loose('重复申请')}` },
  { id: 'rejected_publication', source: `${item(3)}${loose('要求提供公开出版物')}` },
  { id: 'rejected_excessive', source: `${item(4)}${loose('无正当理由大量反复申请')}` },
  { id: 'rejected_confirm', source: `${item(5)}${loose('要求行政机关确认或重新出具已获取信息')}` },
  {
    id: 'other_no_correction',
    source: `${item(1)}(?:${loose('申请人')})?${loose('无正当理由逾期不补正')}(?: *[,、，]? *${loose('行政机关不再处理其政府信息公开申请')})?`
  },
  {
    id: 'other_no_fee',
    source: `${item(2)}(?:${loose('申请人')})?${loose('逾期未按收费通知要求缴纳费用')}(?: *[,、，]? *${loose('行政机关不再处理其政府信息公开申请')})?`
  },
  // The 2019 format prints （六）其他处理 as one row; in 2021 it is a group label whose sub-rows follow.
  { id: 'other_misc', source: `${group('六')}${loose('其他处理')}` },
  { id: 'other_misc', source: `3 *[.、．] *${loose('其他')}(?!${loose('法律')})` },
  { id: 'outcome_total', source: `${group('七')}(?:${loose('总计')}|${loose('合计')})` },
  { id: 'carried_out', source: `(?:四 *、 *)?${loose('结转下年度继续办理')}` },
  { id: null, source: `${loose('申请人情况')}|${loose('法人或其他组织')}|${loose('自然人')}|${loose('商业企业')}` }
];

/** Section 二 row labels; which columns a row has depends on the format version. */
export const SECTION2_LABELS: readonly LabelDef[] = [
  { id: null, source: `${loose('第二十条')} *${loose('第')} *\\( *[一二三四五六七八九十] *\\) *${loose('项')}` },
  { id: 'rules', source: loose('规章') },
  { id: 'normative', source: `(?:${loose('行政')})?${loose('规范性文件')}` },
  { id: 'permits', source: loose('行政许可') },
  { id: 'services', source: loose('其他对外管理服务事项') },
  { id: 'penalties', source: loose('行政处罚') },
  { id: 'coercions', source: loose('行政强制') },
  { id: 'fees', source: loose('行政事业性收费') },
  { id: 'procurement', source: loose('政府集中采购') },
  { id: null, source: `${loose('信息内容')}|${loose('采购总金额')}|${loose('采购项目数量')}` }
];

export const SECTION3_LABEL_SET = new LabelSet(SECTION3_LABELS);
export const SECTION2_LABEL_SET = new LabelSet(SECTION2_LABELS);

/** Section 四 has no row labels: its one row of numbers is found by position. */
export const NO_LABELS = new LabelSet([{ id: null, source: '(?!)' }]);
