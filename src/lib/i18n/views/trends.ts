/** UI strings of the trends view(s): zh is the source, en must have every key. */
export const zh = {
  'trends.title': '趋势',
  'trends.intro': '各机关或县区某项指标的历年变化，可显示绝对值，或以某一年为基准（=100）的指数。',
  'trends.by': '线条',
  'trends.mode': '数值',
  'trends.absolute': '绝对值',
  'trends.indexed': '指数（基准年 = 100）',
  'trends.baseYear': '基准年',
  'trends.chartTitle': '历年趋势：{metric}（{by}）',
  'trends.chartTitleIndexed': '历年指数（{base} 年 = 100）：{metric}（{by}）',
  'trends.topNote': '图中显示最近一年数值最大的 {n} 条，共 {total} 条；完整数据见下表。',
  'trends.notIndexed': '{count} 条在基准年没有正数值，无法换算指数，未画出：{names}。',
  'trends.formatBreak': '2021 年起格式变更',
  'trends.formatBreakNote':
    '该指标在 2019 年格式（2019–2020 年报告）和 2021 年格式中含义不同：两段线在 2020 与 2021 年之间断开，不应连起来比较。',
  'trends.formatOnly': '该指标只存在于 {formats} 年格式的报告中，其他年份留空。',
  'trends.divisionChange': '2021 区划调整',
  'trends.divisionNote': '区划调整：{joins}。这些线条在 2021 年之前接续的是原单位的报告。',
  'trends.joinItem': '{name} 接续 {old}（至 {year} 年）',
  'trends.tableTitle': '趋势数据表',
  'trends.nNote': 'n = {n}'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'trends.title': 'Trends',
  'trends.intro':
    'How a metric changed over the years for each body or district: absolute values, or an index with a base year = 100.',
  'trends.by': 'Lines',
  'trends.mode': 'Values',
  'trends.absolute': 'Absolute',
  'trends.indexed': 'Index (base year = 100)',
  'trends.baseYear': 'Base year',
  'trends.chartTitle': 'Trend: {metric} ({by})',
  'trends.chartTitleIndexed': 'Index ({base} = 100): {metric} ({by})',
  'trends.topNote': 'The chart shows the {n} largest in the latest year, of {total}; the table has all of them.',
  'trends.notIndexed': 'Not drawn, as they have no positive value in the base year to index on ({count}): {names}.',
  'trends.formatBreak': 'format change from 2021',
  'trends.formatBreakNote':
    'This metric means different things in the 2019 format (reports for 2019–2020) and the 2021 format: the line breaks between 2020 and 2021 and the two parts should not be compared.',
  'trends.formatOnly': 'This metric exists only in {formats}-format reports; other years are left empty.',
  'trends.divisionChange': '2021 division change',
  'trends.divisionNote': 'Division changes: {joins}. Before 2021 these lines continue the reports of the old units.',
  'trends.joinItem': '{name} continues {old} (to {year})',
  'trends.tableTitle': 'Trend table',
  'trends.nNote': 'n = {n}'
};
