/**
 * docs/metrics.md, written out from the metric dictionary (tests/unit/metrics/doc.test.ts checks
 * the file is in sync; run it with UPDATE_METRICS_DOC=1 to rewrite the file).
 */
import { SMALL_N, type ColumnSum } from './index';
import { METRIC_INFOS, type MetricInfo } from './catalog';

const UNIT_TEXT: Record<MetricInfo['unit'], string> = {
  count: '件 / count',
  wan: '万元 / 10k yuan',
  yuan: '元 / yuan',
  ratio: '% (ratio)',
  per100: 'per 100'
};

function sumText(s: ColumnSum): string {
  const plus = s.plus.map((c) => `\`${c}\``).join(' + ');
  const minus = s.minus.map((c) => ` − \`${c}\``).join('');
  return s.plus.length > 1 && s.minus.length === 0 ? plus : `${plus}${minus}`;
}

function formulaText(m: MetricInfo): string {
  if (!m.denominator) return sumText(m.numerator);
  const scale = m.scale !== 1 ? ` × ${m.scale}` : '';
  return `(${sumText(m.numerator)}) ÷ (${sumText(m.denominator)})${scale}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function row(m: MetricInfo): string {
  const notes = [
    m.meaningChanged ? 'meaning changed 2019→2021' : '',
    m.doubleCount ? 'litigation: sums can double-count' : ''
  ].filter(Boolean);
  return `| \`${m.id}\` | ${cell(m.label.zh)} | ${cell(m.label.en)} | ${UNIT_TEXT[m.unit]} | ${m.formats.join(', ')} | ${cell(formulaText(m))} | ${notes.join('; ')} |`;
}

const HEADER = '| id | 中文 | English | unit | formats | formula | notes |\n|---|---|---|---|---|---|---|';

function section(title: string, metrics: readonly MetricInfo[], withDefinitions: boolean): string {
  const table = `${HEADER}\n${metrics.map(row).join('\n')}`;
  if (!withDefinitions) return `## ${title}\n\n${table}\n`;
  const defs = metrics.map((m) => `- \`${m.id}\`: ${m.definition.zh} ${m.definition.en}`).join('\n');
  return `## ${title}\n\n${table}\n\n${defs}\n`;
}

export function metricsMarkdown(): string {
  const groups: [string, MetricInfo['group'], boolean][] = [
    ['Key measures (总览)', 'key', true],
    ['Derived rates (派生比率)', 'rates', true],
    ['Section 二: disclosure of rules and decisions', 'section2', false],
    ['Section 三: applications', 'section3', false],
    ['Section 四: review and litigation', 'section4', false]
  ];
  const intro = [
    '# Metric dictionary (指标字典)',
    '',
    'Generated from `src/lib/metrics/catalog.ts` (do not edit by hand; `UPDATE_METRICS_DOC=1 npx vitest run',
    'tests/unit/metrics` rewrites it). Every metric the dashboard charts is listed with its id (the URL',
    'value of `metric`, `x`, `y`), labels, unit, the format versions it exists in, and its formula as',
    'sums of export columns (docs/EXPORT.md).',
    '',
    'Rules that apply to every figure:',
    '- Sums add up `agency`-scope reports only; a `jurisdiction`-scope report (a government covering',
    "  its whole area) is shown beside the sum as the government's own figure, never added to it.",
    '- Blank (NULL) cells count as 0 in sums; a sum where no report filled the cell is shown as "—".',
    '- Ratios are sums over sums (never averages of ratios) and show their n (the denominator). Under',
    `  n = ${SMALL_N} (SMALL_N) a ratio is greyed and left out of rankings unless the user switches that off.`,
    '- Litigation summed across bodies can count one lawsuit twice (the original body and the reviewing',
    '  body are sued together).',
    '- 2019-format and 2021-format measures are never put on one axis; a column marked "meaning changed"',
    '  exists in both formats with different content, and trends mark the 2020→2021 change.',
    ''
  ].join('\n');
  const body = groups.map(([title, group, defs]) =>
    section(
      title,
      METRIC_INFOS.filter((m) => m.group === group),
      defs
    )
  );
  return `${intro}\n${body.join('\n')}`;
}
