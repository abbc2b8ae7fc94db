/** UI strings of the theme switch and the chart and table tools: zh is the source, en must have every key. */
export const zh = {
  'theme.label': '配色',
  'theme.auto': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.chartTools': '图表工具：{title}',
  'theme.png': '保存 PNG',
  'theme.pngLabel': '将图表“{title}”保存为 PNG 图片',
  'theme.pngError': '图片未能生成，请重试。',
  'theme.patterns': '图案',
  'theme.patternsLabel': '用图案区分系列（不只靠颜色）',
  'theme.csv': '下载 CSV',
  'theme.csvLabel': '下载表格“{title}”（CSV，可用 Excel 打开）',
  'theme.csvFlag': '标记'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'theme.label': 'Theme',
  'theme.auto': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.chartTools': 'Chart tools: {title}',
  'theme.png': 'Save PNG',
  'theme.pngLabel': 'Save the chart “{title}” as a PNG image',
  'theme.pngError': 'The image could not be made; please try again.',
  'theme.patterns': 'Patterns',
  'theme.patternsLabel': 'Tell series apart by pattern, not only by colour',
  'theme.csv': 'Download CSV',
  'theme.csvLabel': 'Download the table “{title}” (CSV, opens in Excel)',
  'theme.csvFlag': 'note'
};
