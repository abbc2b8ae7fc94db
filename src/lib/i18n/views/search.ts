/** UI strings of the search view(s): zh is the source, en must have every key. */
export const zh = {
  'search.nav': '全文检索',
  'search.title': '全文检索',
  'search.intro':
    '在报告正文（一、总体情况；五、存在的主要问题及改进情况；六、其他需要报告的事项）中查找字词，不区分大小写。筛选条件同样适用。',
  'search.label': '检索字词',
  'search.placeholder': '例如：依申请公开',
  'search.submit': '检索',
  'search.section': '部分',
  'search.allSections': '全部',
  'search.s1': '一、总体情况',
  'search.s5': '五、问题及改进',
  'search.s6': '六、其他事项',
  'search.results': '找到 {total} 处，显示前 {shown} 处。',
  'search.resultsAll': '找到 {total} 处。',
  'search.none': '没有找到“{text}”。',
  'search.prompt': '输入字词后检索。',
  'search.tooLong': '检索字词最多 {max} 个字。',
  'search.matches': '本部分共 {count} 处'
} as const;
export const en: Record<keyof typeof zh, string> = {
  'search.nav': 'Search',
  'search.title': 'Full-text search',
  'search.intro':
    'Find words in the narratives (1. Overview; 5. Problems and improvements; 6. Other matters), case-insensitively. The filters apply too.',
  'search.label': 'Search text',
  'search.placeholder': 'e.g. 依申请公开',
  'search.submit': 'Search',
  'search.section': 'Section',
  'search.allSections': 'All',
  'search.s1': '1. Overview',
  'search.s5': '5. Problems',
  'search.s6': '6. Other',
  'search.results': '{total} matches; showing the first {shown}.',
  'search.resultsAll': '{total} matches.',
  'search.none': 'No match for “{text}”.',
  'search.prompt': 'Type some words and search.',
  'search.tooLong': 'At most {max} characters.',
  'search.matches': '{count} in this section'
};
