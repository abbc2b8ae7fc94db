/**
 * The three tables of a report laid out as the national templates print them (国办公开办函〔2019〕60号
 * and 〔2021〕30号): labels as printed, each cell naming its export column. Pure data from the
 * column dictionary; the body page renders it.
 */
import {
  APPLICANTS,
  appColumn,
  REVIEW_GROUPS,
  REVIEW_OUTCOMES,
  reviewColumn,
  type ApplicationRowId,
  type FormatVersion
} from '../../schema/columns';

/** One block of section 二: a 第二十条 item with its own header row. */
export interface Section2Block {
  item: string;
  headers: readonly string[];
  rows: readonly { label: string; columns: readonly string[] }[];
}

const S2_2021: readonly Section2Block[] = [
  {
    item: '第二十条第（一）项',
    headers: ['本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      { label: '规章', columns: ['rules_issued', 'rules_repealed', 'rules_in_force'] },
      { label: '行政规范性文件', columns: ['normative_issued', 'normative_repealed', 'normative_in_force'] }
    ]
  },
  {
    item: '第二十条第（五）项',
    headers: ['本年处理决定数量'],
    rows: [{ label: '行政许可', columns: ['permits'] }]
  },
  {
    item: '第二十条第（六）项',
    headers: ['本年处理决定数量'],
    rows: [
      { label: '行政处罚', columns: ['penalties'] },
      { label: '行政强制', columns: ['coercions'] }
    ]
  },
  {
    item: '第二十条第（八）项',
    headers: ['本年收费金额（单位：万元）'],
    rows: [{ label: '行政事业性收费', columns: ['fees_wan'] }]
  }
];

const ITEMS_2019 = ['上一年项目数量', '本年增/减', '处理决定数量'];

const S2_2019: readonly Section2Block[] = [
  {
    item: '第二十条第（一）项',
    headers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
    rows: [
      { label: '规章', columns: ['f19_rules_made', 'f19_rules_published', 'f19_rules_total'] },
      { label: '规范性文件', columns: ['f19_normative_made', 'f19_normative_published', 'f19_normative_total'] }
    ]
  },
  {
    item: '第二十条第（五）项',
    headers: ITEMS_2019,
    rows: [
      { label: '行政许可', columns: ['f19_permit_items', 'f19_permit_items_change', 'permits'] },
      {
        label: '其他对外管理服务事项',
        columns: ['f19_services_items', 'f19_services_items_change', 'f19_services_decisions']
      }
    ]
  },
  {
    item: '第二十条第（六）项',
    headers: ITEMS_2019,
    rows: [
      { label: '行政处罚', columns: ['f19_penalty_items', 'f19_penalty_items_change', 'penalties'] },
      { label: '行政强制', columns: ['f19_coercion_items', 'f19_coercion_items_change', 'coercions'] }
    ]
  },
  {
    item: '第二十条第（八）项',
    headers: ITEMS_2019.slice(0, 2),
    rows: [{ label: '行政事业性收费', columns: ['f19_fee_items', 'f19_fee_items_change'] }]
  },
  {
    item: '第二十条第（九）项',
    headers: ['采购项目数量', '采购总金额'],
    rows: [{ label: '政府集中采购', columns: ['f19_procurement_projects', 'f19_procurement_amount'] }]
  }
];

export function section2Layout(format: FormatVersion): readonly Section2Block[] {
  return format === 2019 ? S2_2019 : S2_2021;
}

/**
 * A row of section 三 with its printed labels on up to three levels: `top` (一、… 四、), `sub` (（一）…
 * （七）) and `item` (1. 2. …). A label is printed once and spans the rows below that repeat it.
 */
export interface Section3Row {
  id: ApplicationRowId;
  top: string;
  sub: string | null;
  item: string | null;
  /** Export columns in applicant order (自然人 … 总计). */
  columns: readonly string[];
}

const OUTCOMES = '三、本年度办理结果';

function row(id: ApplicationRowId, top: string, sub: string | null = null, item: string | null = null): Section3Row {
  return { id, top, sub, item, columns: APPLICANTS.map((a) => appColumn(id, a.id)) };
}

function outcome(id: ApplicationRowId, sub: string, item: string | null = null): Section3Row {
  return row(id, OUTCOMES, sub, item);
}

function section3Rows(format: FormatVersion): Section3Row[] {
  const OTHER = '（六）其他处理';
  const other: Section3Row[] =
    format === 2019
      ? [outcome('other_misc', OTHER)]
      : [
          outcome('other_no_correction', OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
          outcome('other_no_fee', OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
          outcome('other_misc', OTHER, '3.其他')
        ];
  const DENIED = '（三）不予公开';
  const UNABLE = '（四）无法提供';
  const REJECTED = '（五）不予处理';
  return [
    row('new', '一、本年新收政府信息公开申请数量'),
    row('carried_in', '二、上年结转政府信息公开申请数量'),
    outcome('granted', '（一）予以公开'),
    outcome('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    outcome('denied_secret', DENIED, '1.属于国家秘密'),
    outcome('denied_law', DENIED, '2.其他法律行政法规禁止公开'),
    outcome('denied_safety', DENIED, '3.危及“三安全一稳定”'),
    outcome('denied_third_party', DENIED, '4.保护第三方合法权益'),
    outcome('denied_internal', DENIED, '5.属于三类内部事务信息'),
    outcome('denied_process', DENIED, '6.属于四类过程性信息'),
    outcome('denied_enforcement', DENIED, '7.属于行政执法案卷'),
    outcome('denied_inquiry', DENIED, '8.属于行政查询事项'),
    outcome('unable_not_held', UNABLE, '1.本机关不掌握相关政府信息'),
    outcome('unable_need_create', UNABLE, '2.没有现成信息需要另行制作'),
    outcome('unable_unclear', UNABLE, '3.补正后申请内容仍不明确'),
    outcome('rejected_petition', REJECTED, '1.信访举报投诉类申请'),
    outcome('rejected_repeat', REJECTED, '2.重复申请'),
    outcome('rejected_publication', REJECTED, '3.要求提供公开出版物'),
    outcome('rejected_excessive', REJECTED, '4.无正当理由大量反复申请'),
    outcome('rejected_confirm', REJECTED, '5.要求行政机关确认或重新出具已获取信息'),
    ...other,
    outcome('outcome_total', '（七）总计'),
    row('carried_out', '四、结转下年度继续办理')
  ];
}

const S3_2019 = section3Rows(2019);
const S3_2021 = section3Rows(2021);

/** 25 rows in the 2021 format, 23 in the 2019 format. */
export function section3Layout(format: FormatVersion): readonly Section3Row[] {
  return format === 2019 ? S3_2019 : S3_2021;
}

/**
 * Rows spanned by the label of `level` at `index`: the run of rows below that repeat it, or 0 when
 * the row above already printed it (so the cell is left out).
 */
export function labelSpan(rows: readonly Section3Row[], index: number, level: 'top' | 'sub'): number {
  const key = (r: Section3Row): string | null =>
    level === 'top' ? r.top : r.sub === null ? null : `${r.top}|${r.sub}`;
  const own = key(rows[index]);
  if (own === null) return 0;
  if (index > 0 && key(rows[index - 1]) === own) return 0;
  let n = 1;
  while (index + n < rows.length && key(rows[index + n]) === own) n++;
  return n;
}

/** Applicant headers: 自然人, then 法人或其他组织 over five columns, then 总计. */
export const APPLICANT_HEADERS = APPLICANTS.map((a) => a.zh);
export const LEGAL_PERSON_HEADER = '法人或其他组织';

/** Section 四: three groups of five, in the printed order. */
export const SECTION4_GROUPS = REVIEW_GROUPS.map((g) => ({
  id: g.id,
  columns: REVIEW_OUTCOMES.map((o) => reviewColumn(g.id, o.id))
}));
export const SECTION4_OUTCOME_HEADERS = REVIEW_OUTCOMES.map((o) => o.zh);
