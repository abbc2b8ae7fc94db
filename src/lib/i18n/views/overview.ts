/** UI strings of the overview view(s): zh is the source, en must have every key. */
export const zh = {
  'overview.headlineTitle': '{year} 年主要数字',
  'overview.reports': '报告',
  'overview.bodies': '机关',
  'overview.change': '较上年 {change}',
  'overview.noPrev': '无上年数据',
  'overview.missing': '{count} 个机关当年无报告',
  'overview.sparkLabel': '{label}历年走势：{values}',
  'overview.topics': '专题',
  'overview.litigation': '行政诉讼跨机关加总可能重复计算同一案件。',
  'overview.feesNote': '收费金额只有 2021 年格式填报。'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'overview.headlineTitle': 'Key figures, {year}',
  'overview.reports': 'Reports',
  'overview.bodies': 'Bodies',
  'overview.change': '{change} on last year',
  'overview.noPrev': 'no previous year',
  'overview.missing': '{count} bodies without a report this year',
  'overview.sparkLabel': '{label} over the years: {values}',
  'overview.topics': 'Topics',
  'overview.litigation': 'Litigation summed across bodies can count one case twice.',
  'overview.feesNote': 'Fee revenue is reported in the 2021 format only.'
};
