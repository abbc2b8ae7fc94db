/** UI strings of the applications view(s): zh is the source, en must have every key. */
export const zh = {
  'applications.title': '依申请公开',
  'applications.intro':
    '年度报告第三部分：收到和处理政府信息公开申请的情况，包括申请人类型、办理结果、结转和不予公开等理由。',
  'applications.definitions': '指标定义',
  'applications.otherNote':
    '2019 年旧格式的「（六）其他处理」只有一行，2021 年新格式分为三行；这里只比较三行之和（其他处理合计），不单独比较「3.其他」。',
  'applications.applicantTrendTitle': '历年本年新收申请：按申请人类型（件）',
  'applications.applicantCompareTitle': '{year} 年本年新收申请：{by}，按申请人类型（件）',
  'applications.applicantNote': '「商业企业」至「其他」在报告表格中属于「法人或其他组织」，表格没有它们的小计。',
  'applications.outcomeTitle': '{year} 年办理结果构成：{by}',
  'applications.outcomeTrendTitle': '历年办理结果构成',
  'applications.outcomeNote':
    '每条横条是办理结果总计（（七）总计）的 100%，只计办理结果各行已填写的报告；提示框给出每一部分的件数、n 和报告数。',
  'applications.filledRule':
    '办理结果构成和两种公开率只计办理结果各行（（一）至（六））至少填了一格的报告：只填了（七）总计、各行都空着的报告既不计入分子，也不计入分母。结转率不受影响。',
  'applications.leftOutAll': '按此规则，所选范围内各年共有 {n} 份报告不计入（它们的（七）总计合计 {cases} 件）。',
  'applications.leftOutNone': '所选范围内没有只填（七）总计的报告，所有报告都计入。',
  'applications.leftOutYear': '{year} 年有 {n} 份报告只填了（七）总计（合计 {cases} 件），不计入这里的占比和公开率。',
  'applications.leftOutColumn': '只填总计、不计入的报告',
  'applications.outcomeReports': '计入的报告',
  'applications.ratesTitle': '{year} 年公开率与结转率：{by}',
  'applications.rateTrendTitle': '历年公开率与结转率',
  'applications.refusalTitle': '{year} 年最常见的不予公开、无法提供和不予处理理由',
  'applications.refusalNote': '共 {total} 件申请被不予公开、无法提供或不予处理；占比是占这三类之和的比例。',
  'applications.noRefusals': '所选范围内当年没有不予公开、无法提供或不予处理的申请。',
  'applications.reason': '理由',
  'applications.count': '件数',
  'applications.share': '占比',
  'applications.received': '本年新收',
  'applications.carriedIn': '上年结转',
  'applications.carriedOut': '结转下年度',
  'applications.outcomes': '办理结果总计',
  'applications.nLine': '办理结果总计 n = {n}（{reports} 份报告）',
  'applications.wholeTitle': '{year} 年全辖区报告（单独列出，不计入上面的合计）',
  'applications.wholeFigure': '政府全辖区报告（本年新收）',
  'applications.group.granted': '予以公开',
  'applications.group.partial': '部分公开',
  'applications.group.denied': '不予公开',
  'applications.group.unable': '无法提供',
  'applications.group.rejected': '不予处理',
  'applications.group.other': '其他处理'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'applications.title': 'Applications for disclosure',
  'applications.intro':
    'Section 3 of the annual reports: requests for government information received and handled, by applicant type, outcome, carry-over and the reasons for refusals.',
  'applications.definitions': 'Definitions',
  'applications.otherNote':
    "The 2019 format has a single row for '(6) other handling'; the 2021 format splits it into three rows. Only the three rows together (other handling in total) are compared, never '3. other' alone.",
  'applications.applicantTrendTitle': 'New applications over years, by applicant type (cases)',
  'applications.applicantCompareTitle': '{year}, new applications: {by}, by applicant type (cases)',
  'applications.applicantNote':
    "'Businesses' to 'other' sit under 'legal persons or other organisations' in the report's table, which gives no subtotal for them.",
  'applications.outcomeTitle': '{year}, outcome mix: {by}',
  'applications.outcomeTrendTitle': 'Outcome mix over years',
  'applications.outcomeNote':
    'Each bar is 100% of the outcomes total (row 7), counting only reports that fill their outcome rows; the tooltip gives the count of every part, n and the number of reports.',
  'applications.filledRule':
    'The outcome mix and both disclosure rates count only reports that fill at least one cell of the outcome rows (1) to (6): a report that fills only the outcomes total (row 7) and leaves every outcome row blank is left out of both numerator and denominator. The carry-over rate is not affected.',
  'applications.leftOutAll':
    'Under this rule {n} reports in the selection are left out, all years together (their outcomes totals add up to {cases}).',
  'applications.leftOutNone': 'No report in the selection fills only the outcomes total; every report is counted.',
  'applications.leftOutYear':
    '{year}: {n} reports fill only the outcomes total ({cases} in all) and are left out of the shares and disclosure rates here.',
  'applications.leftOutColumn': 'Reports with only a total (left out)',
  'applications.outcomeReports': 'Reports counted',
  'applications.ratesTitle': '{year}, disclosure and carry-over rates: {by}',
  'applications.rateTrendTitle': 'Disclosure and carry-over rates over years',
  'applications.refusalTitle': '{year}, most common reasons for denying, being unable or not processing',
  'applications.refusalNote':
    '{total} requests were denied, could not be answered or were not processed; shares are of those three groups together.',
  'applications.noRefusals': 'No request in the selection was denied, unanswerable or not processed that year.',
  'applications.reason': 'Reason',
  'applications.count': 'Cases',
  'applications.share': 'Share',
  'applications.received': 'New',
  'applications.carriedIn': 'Carried in',
  'applications.carriedOut': 'Carried out',
  'applications.outcomes': 'Outcomes total',
  'applications.nLine': 'Outcomes total n = {n} ({reports} reports)',
  'applications.wholeTitle': '{year}: whole-area reports (listed separately, not in the totals above)',
  'applications.wholeFigure': "Government's whole-area report (new)",
  'applications.group.granted': 'Granted',
  'applications.group.partial': 'Partly granted',
  'applications.group.denied': 'Denied',
  'applications.group.unable': 'Unable to provide',
  'applications.group.rejected': 'Not processed',
  'applications.group.other': 'Other handling'
};
