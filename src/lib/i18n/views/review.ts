/** UI strings of the review view(s): zh is the source, en must have every key. */
export const zh = {
  'review.heatmapTitle': '历年{rate}：{by}',
  'review.heatmapNote':
    '颜色越深，比率越高；灰色格子的分母不足 {min} 件，不参与着色；空白表示当年没有已审结的案件。每个比率的分子和分母见提示框和下表。',
  'review.heatmapTop': '图中显示已审结案件最多的 {n} 个，共 {total} 个；完整数据见下表。',
  'review.heatmapTable': '{rate}逐年数据表',
  'review.fraction': '{num} / {den} 件',
  'review.fractionLine': '分子 / 分母：{num} / {den}',
  'review.bodies': '加总机关数',
  'review.missing': '当年无报告的机关数',
  'review.coverageNote':
    '合计只加总「本机关」口径的报告；「加总机关数」是合计包含的机关数，「当年无报告的机关数」是该地区在所选范围的其他年度有报告、当年却没有报告的机关数。',
  'review.wholeFigure': '政府全辖区报告（{case}总计）',
  'review.wholeTitle': '{year} 年全辖区报告：{case}（单独列出，不计入上面的合计）'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'review.heatmapTitle': '{rate} over years: {by}',
  'review.heatmapNote':
    'Darker means a higher rate; grey cells have fewer than {min} decided cases and are left off the colour scale; a blank cell had no decided case that year. The numerator and denominator of every rate are in the tooltip and the table below.',
  'review.heatmapTop':
    'The chart shows the {n} with the most decided cases, of {total}; the table below has all of them.',
  'review.heatmapTable': '{rate} by year (table)',
  'review.fraction': '{num} / {den} cases',
  'review.fractionLine': 'Numerator / denominator: {num} / {den}',
  'review.bodies': 'Bodies summed',
  'review.missing': 'Bodies without a report that year',
  'review.coverageNote':
    "Totals add up own-work (agency scope) reports only. 'Bodies summed' is how many bodies a total includes; 'bodies without a report' counts bodies of the area that reported in another year of the selection but not in this one.",
  'review.wholeFigure': "Government's whole-area report ({case} total)",
  'review.wholeTitle': '{year}: whole-area reports, {case} (listed separately, not in the totals above)'
};
