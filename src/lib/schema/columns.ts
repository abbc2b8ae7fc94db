/**
 * The export contract (docs/EXPORT.md): every column of `reports`, in order, with its type and
 * labels. This is the single source of truth for the parser's output record, the CSV/Parquet
 * header, the DuckDB schema, and the metric dictionary that the dashboard builds on.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DECIMAL(18,6)' | 'DECIMAL(18,2)' | 'DATE';

/** Format versions a column exists in. */
export type FormatVersion = 2019 | 2021;

export interface ColumnDef {
  name: string;
  type: ColumnType;
  /** Which table of the report the number comes from; `identity` for metadata. */
  group: 'identity' | 'section2' | 'section3' | 'section4';
  formats: readonly FormatVersion[];
  zh: string;
  en: string;
}

const BOTH: readonly FormatVersion[] = [2019, 2021];
const F2021: readonly FormatVersion[] = [2021];
const F2019: readonly FormatVersion[] = [2019];

function id(name: string, type: ColumnType, zh: string, en: string): ColumnDef {
  return { name, type, group: 'identity', formats: BOTH, zh, en };
}

export const IDENTITY_COLUMNS: readonly ColumnDef[] = [
  id('report_id', 'VARCHAR', '报告编号', 'Report id'),
  id('agency_id', 'VARCHAR', '机关编号', 'Body id'),
  id('year', 'INTEGER', '年度', 'Year'),
  id('agency', 'VARCHAR', '机关名称', 'Body'),
  id('body_kind', 'VARCHAR', '机关类别', 'Kind of body'),
  id('province', 'VARCHAR', '省', 'Province'),
  id('city', 'VARCHAR', '市', 'City'),
  id('county', 'VARCHAR', '县区', 'County'),
  id('division_code', 'VARCHAR', '区划代码（当年）', 'Division code (then)'),
  id('division_code_current', 'VARCHAR', '区划代码（现行）', 'Division code (now)'),
  id('level', 'VARCHAR', '层级', 'Level'),
  id('scope', 'VARCHAR', '统计口径', 'Scope'),
  id('format', 'INTEGER', '格式版本', 'Format version'),
  id('origin', 'VARCHAR', '数据来源', 'Origin'),
  id('published_date', 'DATE', '发布日期', 'Published'),
  id('source', 'VARCHAR', '源文件', 'Source file'),
  id('source_url', 'VARCHAR', '原文链接', 'Source URL'),
  id('source_sha256', 'VARCHAR', '文件哈希', 'Source SHA-256'),
  id('check_errors', 'INTEGER', '错误数', 'Errors'),
  id('check_warnings', 'INTEGER', '警告数', 'Warnings')
];

function s2(name: string, type: ColumnType, formats: readonly FormatVersion[], zh: string, en: string): ColumnDef {
  return { name, type, group: 'section2', formats, zh, en };
}

export const SECTION2_COLUMNS: readonly ColumnDef[] = [
  s2('permits', 'BIGINT', BOTH, '行政许可 处理决定数量', 'Administrative permits (decisions)'),
  s2('penalties', 'BIGINT', BOTH, '行政处罚 处理决定数量', 'Administrative penalties (decisions)'),
  s2('coercions', 'BIGINT', BOTH, '行政强制 处理决定数量', 'Coercive measures (decisions)'),
  s2('rules_issued', 'BIGINT', F2021, '规章 本年制发件数', 'Regulations issued'),
  s2('rules_repealed', 'BIGINT', F2021, '规章 本年废止件数', 'Regulations repealed'),
  s2('rules_in_force', 'BIGINT', F2021, '规章 现行有效件数', 'Regulations in force'),
  s2('normative_issued', 'BIGINT', F2021, '行政规范性文件 本年制发件数', 'Normative documents issued'),
  s2('normative_repealed', 'BIGINT', F2021, '行政规范性文件 本年废止件数', 'Normative documents repealed'),
  s2('normative_in_force', 'BIGINT', F2021, '行政规范性文件 现行有效件数', 'Normative documents in force'),
  s2('fees_wan', 'DECIMAL(18,6)', F2021, '行政事业性收费 本年收费金额（万元）', 'Fee revenue (10k yuan)'),
  s2('f19_rules_made', 'BIGINT', F2019, '规章 本年新制作数量', 'Regulations made (2019 format)'),
  s2('f19_rules_published', 'BIGINT', F2019, '规章 本年新公开数量', 'Regulations published (2019 format)'),
  s2('f19_rules_total', 'BIGINT', F2019, '规章 对外公开总数量', 'Regulations public in total (2019 format)'),
  s2('f19_normative_made', 'BIGINT', F2019, '规范性文件 本年新制作数量', 'Normative documents made (2019 format)'),
  s2(
    'f19_normative_published',
    'BIGINT',
    F2019,
    '规范性文件 本年新公开数量',
    'Normative documents published (2019 format)'
  ),
  s2(
    'f19_normative_total',
    'BIGINT',
    F2019,
    '规范性文件 对外公开总数量',
    'Normative documents public in total (2019 format)'
  ),
  s2('f19_permit_items', 'BIGINT', F2019, '行政许可 上一年项目数量', 'Permit items, previous year (2019 format)'),
  s2('f19_permit_items_change', 'BIGINT', F2019, '行政许可 本年增/减', 'Permit items, change (2019 format)'),
  s2(
    'f19_services_items',
    'BIGINT',
    F2019,
    '其他对外管理服务事项 上一年项目数量',
    'Other services items, previous year (2019 format)'
  ),
  s2(
    'f19_services_items_change',
    'BIGINT',
    F2019,
    '其他对外管理服务事项 本年增/减',
    'Other services items, change (2019 format)'
  ),
  s2(
    'f19_services_decisions',
    'BIGINT',
    F2019,
    '其他对外管理服务事项 处理决定数量',
    'Other services decisions (2019 format)'
  ),
  s2('f19_penalty_items', 'BIGINT', F2019, '行政处罚 上一年项目数量', 'Penalty items, previous year (2019 format)'),
  s2('f19_penalty_items_change', 'BIGINT', F2019, '行政处罚 本年增/减', 'Penalty items, change (2019 format)'),
  s2('f19_coercion_items', 'BIGINT', F2019, '行政强制 上一年项目数量', 'Coercion items, previous year (2019 format)'),
  s2('f19_coercion_items_change', 'BIGINT', F2019, '行政强制 本年增/减', 'Coercion items, change (2019 format)'),
  s2('f19_fee_items', 'BIGINT', F2019, '行政事业性收费 上一年项目数量', 'Fee items, previous year (2019 format)'),
  s2('f19_fee_items_change', 'BIGINT', F2019, '行政事业性收费 本年增/减', 'Fee items, change (2019 format)'),
  s2(
    'f19_procurement_projects',
    'BIGINT',
    F2019,
    '政府集中采购 采购项目数量',
    'Central procurement projects (2019 format)'
  ),
  s2(
    'f19_procurement_amount',
    'DECIMAL(18,2)',
    F2019,
    '政府集中采购 采购总金额（元）',
    'Central procurement amount, yuan (2019 format)'
  )
];

/** Section 三 applicant columns, in table order. */
export const APPLICANTS = [
  { id: 'natural', zh: '自然人', en: 'Natural persons' },
  { id: 'business', zh: '商业企业', en: 'Businesses' },
  { id: 'research', zh: '科研机构', en: 'Research institutions' },
  { id: 'nonprofit', zh: '社会公益组织', en: 'Non-profits' },
  { id: 'legal', zh: '法律服务机构', en: 'Legal services' },
  { id: 'other', zh: '其他', en: 'Other' },
  { id: 'total', zh: '总计', en: 'Total' }
] as const;
export type ApplicantId = (typeof APPLICANTS)[number]['id'];

/** Section 三 rows, in table order. `f2019: false` rows do not exist in the 2019 format. */
export const APPLICATION_ROWS = [
  { id: 'new', zh: '本年新收政府信息公开申请数量', en: 'New applications', f2019: true },
  { id: 'carried_in', zh: '上年结转政府信息公开申请数量', en: 'Carried in from last year', f2019: true },
  { id: 'granted', zh: '予以公开', en: 'Granted', f2019: true },
  { id: 'partial', zh: '部分公开', en: 'Partly granted', f2019: true },
  { id: 'denied_secret', zh: '不予公开：属于国家秘密', en: 'Denied: state secret', f2019: true },
  { id: 'denied_law', zh: '不予公开：其他法律行政法规禁止公开', en: 'Denied: barred by other law', f2019: true },
  {
    id: 'denied_safety',
    zh: '不予公开：危及“三安全一稳定”',
    en: 'Denied: endangers security or stability',
    f2019: true
  },
  { id: 'denied_third_party', zh: '不予公开：保护第三方合法权益', en: 'Denied: third-party rights', f2019: true },
  { id: 'denied_internal', zh: '不予公开：属于三类内部事务信息', en: 'Denied: internal affairs', f2019: true },
  { id: 'denied_process', zh: '不予公开：属于四类过程性信息', en: 'Denied: process information', f2019: true },
  { id: 'denied_enforcement', zh: '不予公开：属于行政执法案卷', en: 'Denied: enforcement files', f2019: true },
  { id: 'denied_inquiry', zh: '不予公开：属于行政查询事项', en: 'Denied: inquiry matters', f2019: true },
  { id: 'unable_not_held', zh: '无法提供：本机关不掌握相关政府信息', en: 'Unable: not held', f2019: true },
  {
    id: 'unable_need_create',
    zh: '无法提供：没有现成信息需要另行制作',
    en: 'Unable: would need creating',
    f2019: true
  },
  {
    id: 'unable_unclear',
    zh: '无法提供：补正后申请内容仍不明确',
    en: 'Unable: still unclear after correction',
    f2019: true
  },
  {
    id: 'rejected_petition',
    zh: '不予处理：信访举报投诉类申请',
    en: 'Not processed: petitions and complaints',
    f2019: true
  },
  { id: 'rejected_repeat', zh: '不予处理：重复申请', en: 'Not processed: repeated', f2019: true },
  { id: 'rejected_publication', zh: '不予处理：要求提供公开出版物', en: 'Not processed: publications', f2019: true },
  { id: 'rejected_excessive', zh: '不予处理：无正当理由大量反复申请', en: 'Not processed: excessive', f2019: true },
  {
    id: 'rejected_confirm',
    zh: '不予处理：要求行政机关确认或重新出具已获取信息',
    en: 'Not processed: re-issue or confirm',
    f2019: true
  },
  { id: 'other_no_correction', zh: '其他处理：申请人逾期不补正', en: 'Other: no correction in time', f2019: false },
  { id: 'other_no_fee', zh: '其他处理：申请人逾期未缴纳费用', en: 'Other: fee not paid', f2019: false },
  { id: 'other_misc', zh: '其他处理：其他', en: 'Other: misc', f2019: true },
  { id: 'outcome_total', zh: '办理结果总计', en: 'Outcomes total', f2019: true },
  { id: 'carried_out', zh: '结转下年度继续办理', en: 'Carried to next year', f2019: true }
] as const;
export type ApplicationRowId = (typeof APPLICATION_ROWS)[number]['id'];

/** The outcome leaf rows （一）…（六） that （七）总计 sums. */
export const OUTCOME_LEAF_ROWS: readonly ApplicationRowId[] = APPLICATION_ROWS.map((r) => r.id).filter(
  (r) => !['new', 'carried_in', 'outcome_total', 'carried_out'].includes(r)
);

export function appColumn(row: ApplicationRowId, applicant: ApplicantId): string {
  return `app_${row}_${applicant}`;
}

export const SECTION3_COLUMNS: readonly ColumnDef[] = APPLICATION_ROWS.flatMap((row) =>
  APPLICANTS.map((a): ColumnDef => ({
    name: appColumn(row.id, a.id),
    type: 'BIGINT',
    group: 'section3',
    formats: row.f2019 ? BOTH : F2021,
    zh: `${row.zh}（${a.zh}）`,
    en: `${row.en} (${a.en})`
  }))
);

export const REVIEW_GROUPS = [
  { id: 'review', zh: '行政复议', en: 'Administrative review' },
  { id: 'suit_direct', zh: '行政诉讼（未经复议直接起诉）', en: 'Litigation (direct)' },
  { id: 'suit_after_review', zh: '行政诉讼（复议后起诉）', en: 'Litigation (after review)' }
] as const;
export type ReviewGroupId = (typeof REVIEW_GROUPS)[number]['id'];

export const REVIEW_OUTCOMES = [
  { id: 'upheld', zh: '结果维持', en: 'Upheld' },
  { id: 'corrected', zh: '结果纠正', en: 'Corrected' },
  { id: 'other', zh: '其他结果', en: 'Other result' },
  { id: 'pending', zh: '尚未审结', en: 'Pending' },
  { id: 'total', zh: '总计', en: 'Total' }
] as const;
export type ReviewOutcomeId = (typeof REVIEW_OUTCOMES)[number]['id'];

export function reviewColumn(group: ReviewGroupId, outcome: ReviewOutcomeId): string {
  return `${group}_${outcome}`;
}

export const SECTION4_COLUMNS: readonly ColumnDef[] = REVIEW_GROUPS.flatMap((g) =>
  REVIEW_OUTCOMES.map((o): ColumnDef => ({
    name: reviewColumn(g.id, o.id),
    type: 'BIGINT',
    group: 'section4',
    formats: BOTH,
    zh: `${g.zh} ${o.zh}`,
    en: `${g.en}: ${o.en}`
  }))
);

/** Every number column of `reports`, in export order. */
export const NUMBER_COLUMNS: readonly ColumnDef[] = [...SECTION2_COLUMNS, ...SECTION3_COLUMNS, ...SECTION4_COLUMNS];

/** Every column of `reports`, in export order. */
export const REPORT_COLUMNS: readonly ColumnDef[] = [...IDENTITY_COLUMNS, ...NUMBER_COLUMNS];

export const NUMBER_COLUMN_NAMES: readonly string[] = NUMBER_COLUMNS.map((c) => c.name);
export const REPORT_COLUMN_NAMES: readonly string[] = REPORT_COLUMNS.map((c) => c.name);

export function numberColumnsOfFormat(format: FormatVersion): readonly ColumnDef[] {
  return NUMBER_COLUMNS.filter((c) => c.formats.includes(format));
}

/** The other exports: name and type of each column, in order. */
export const CHECK_COLUMNS = [
  ['report_id', 'VARCHAR'],
  ['rule', 'VARCHAR'],
  ['severity', 'VARCHAR'],
  ['column', 'VARCHAR'],
  ['expected', 'VARCHAR'],
  ['actual', 'VARCHAR'],
  ['message', 'VARCHAR']
] as const satisfies readonly (readonly [string, ColumnType])[];

export const SECTION_COLUMNS = [
  ['report_id', 'VARCHAR'],
  ['section', 'INTEGER'],
  ['text', 'VARCHAR']
] as const satisfies readonly (readonly [string, ColumnType])[];

export const PROVENANCE_COLUMNS = [
  ['report_id', 'VARCHAR'],
  ['column', 'VARCHAR'],
  ['location', 'VARCHAR'],
  ['raw', 'VARCHAR']
] as const satisfies readonly (readonly [string, ColumnType])[];

export const REJECTION_COLUMNS = [
  ['source', 'VARCHAR'],
  ['sha256', 'VARCHAR'],
  ['reason', 'VARCHAR'],
  ['message', 'VARCHAR'],
  ['kept_source', 'VARCHAR']
] as const satisfies readonly (readonly [string, ColumnType])[];
