/**
 * The report parser: DocumentText → one ReportRecord with its findings, narrative sections,
 * provenance and prose, or a rejection when the text is no annual report. Pure TypeScript (no Node or
 * DOM APIs) so the ingest command and the browser run the same code. Never throws.
 */
import { checkReport } from '../checks/index';
import { resolveIdentity } from '../identity/resolve';
import type { DocumentText } from '../input/types';
import type { Finding } from '../schema/types';
import { columnsOutsideFormat, buildRecord, countFindings, emptyNumbers, reportId } from './record';
import { detectFormat } from './format';
import { parserFinding, TABLE_ZH } from './findings';
import { NO_LABELS, SECTION2_LABEL_SET, SECTION3_LABEL_SET } from './labels';
import { readMeta } from './meta';
import { normalizeText, squeeze } from './normalize';
import { proseFacts } from './prose';
import { extractRecords, makeLines } from './rows';
import { procurementHeaderUnit, section2Spec } from './section2';
import { section3RowColumns, section3Spec } from './section3';
import { APPLICATION_ROWS } from '../schema/columns';
import { SECTION4_SPEC, section4Record } from './section4';
import { findLayout, narrativeSections, proseOutsideTables, tableRegions, type Span } from './sections';
import { readTable, type ProseFact, type TableResult } from './table';
import { ambiguousFindings, blankFindings, cellsToNumbers, recoverDroppedTotals, type CellsOut } from './values';
import type { ParseOptions, ParseOutcome } from './types';

export type { ParseOptions, ParseOutcome } from './types';

/** How much of the text goes to identity resolution as context (title and first paragraphs). */
const CONTEXT_CHARS = 2000;

const NOT_A_REPORT =
  '不是政府信息公开工作年度报告：既没有报告标题，也没有年报表格。 / Not an annual government information disclosure report: no report title and no report tables.';

export function parseReport(doc: DocumentText, options: ParseOptions): ParseOutcome {
  try {
    return parse(doc, options);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { kind: 'rejected', reason: 'unreadable', message: `解析失败：${why} / Parsing failed: ${why}` };
  }
}

function emptyResult(): TableResult {
  return { cells: new Map(), found: new Set(), unknownRows: [], ambiguousRuns: [] };
}

function parse(doc: DocumentText, options: ParseOptions): ParseOutcome {
  const norm = normalizeText(doc.text ?? '');
  const text = norm.text;
  const layout = findLayout(text);
  const regions = tableRegions(layout, text.length);
  const meta = readMeta(text, doc.meta ?? { kind: 'txt' });
  const hasTables = regions.s2 !== null || regions.s3 !== null || regions.s4 !== null;
  if (!hasTables && meta.title === null) return { kind: 'rejected', reason: 'not_a_report', message: NOT_A_REPORT };

  const year = meta.year ?? yearFromDate(options.manifest?.published_date ?? meta.publishedDate);
  if (year === null) {
    return {
      kind: 'rejected',
      reason: 'unreadable',
      message:
        '无法确定报告所属年度：标题和正文都没有写明年份。 / Cannot tell the year the report covers: neither the title nor the text states it.'
    };
  }

  const tablesText = squeeze(regionText(text, regions.s2, regions.s3, regions.s4));
  const guess = detectFormat(tablesText || squeeze(text));
  const format = guess.format;
  const prose = proseOutsideTables(text, layout);
  let factsCache: ProseFact[] | null = null;
  const facts = (): ProseFact[] => (factsCache ??= proseFacts(prose));
  const lines = makeLines(norm.lines, norm.rawLines, doc.cellLocations);

  const t2 = regions.s2
    ? readTable(extractRecords(lines, regions.s2, SECTION2_LABEL_SET), section2Spec(format), facts)
    : emptyResult();
  const t3 = regions.s3
    ? readTable(extractRecords(lines, regions.s3, SECTION3_LABEL_SET), section3Spec(format), facts)
    : emptyResult();
  const rec4 = regions.s4 ? section4Record(extractRecords(lines, regions.s4, NO_LABELS)) : null;
  const t4 = rec4 ? readTable([rec4], SECTION4_SPEC, facts) : emptyResult();

  const numbers = emptyNumbers();
  const outside = columnsOutsideFormat(format);
  const out: CellsOut = { numbers, provenance: [], findings: [] };
  const procurementUnit = regions.s2 ? procurementHeaderUnit(text.slice(regions.s2.start, regions.s2.end)) : null;
  for (const t of [t2, t3, t4]) {
    cellsToNumbers(t.cells, outside, procurementUnit, numbers, out);
    ambiguousFindings(t.ambiguousRuns, out);
  }
  recoverDroppedTotals(doc.meta?.kind ?? 'txt', numbers, t3.cells, out);
  blankFindings(
    t2.cells,
    section2Spec(format).rows.map((r) => r.columns),
    out
  );
  blankFindings(t3.cells, section3RowColumns(format), out);
  blankFindings(t4.cells, [SECTION4_SPEC.rows[0].columns], out);

  const agency = meta.agency ?? options.manifest?.agency ?? '未知机关';
  const context = `${meta.title ?? ''}\n${text.slice(layout.bodyStart, layout.bodyStart + CONTEXT_CHARS)}`;
  const identity = resolveIdentity({ agency, year, context, manifest: options.manifest });
  const report = buildRecord({
    identity,
    year,
    format,
    origin: options.origin ?? 'real',
    source: options.source,
    sha256: options.sha256,
    publishedDate: meta.publishedDate,
    sourceUrl: meta.sourceUrl,
    numbers
  });
  const id = reportId(year, identity.agency_id, identity.scope);

  for (const p of out.provenance) p.report_id = id;
  const findings: Finding[] = out.findings.map((x) => ({
    report_id: id,
    rule: x.rule,
    severity: x.severity,
    column: x.column,
    expected: x.expected,
    actual: x.actual,
    message: x.message
  }));
  findings.push(...tableFindings(id, regions, t2, t3, t4, format));
  if (guess.mixed) {
    findings.push(
      parserFinding(
        id,
        'format_mixed',
        'warning',
        null,
        String(format),
        `2021:${guess.count2021} 2019:${guess.count2019}`,
        `报告同时使用了2019年版和2021年版的表格格式，按${format}年版读取。`
      )
    );
  }
  findings.push(...checkReport(report, { prose, proseIsNfkc: norm.nfkc }));
  countFindings(report, findings);

  return {
    kind: 'report',
    report,
    findings,
    sections: narrativeSections(text, layout).map((s) => ({ report_id: id, ...s })),
    provenance: out.provenance,
    prose
  };
}

function regionText(text: string, ...spans: (Span | null)[]): string {
  return spans
    .filter((s): s is Span => s !== null)
    .map((s) => text.slice(s.start, s.end))
    .join('\n');
}

function yearFromDate(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  // Reports are published in the first months of the following year.
  return m ? Number(m[1]) - 1 : null;
}

function tableFindings(
  id: string,
  regions: Record<'s2' | 's3' | 's4', Span | null>,
  t2: TableResult,
  t3: TableResult,
  t4: TableResult,
  format: 2019 | 2021
): Finding[] {
  const out: Finding[] = [];
  const tables = { s2: t2, s3: t3, s4: t4 } as const;
  for (const key of ['s2', 's3', 's4'] as const) {
    const t = tables[key];
    if (!regions[key] || t.cells.size === 0) {
      out.push(
        parserFinding(
          id,
          'missing_table',
          'warning',
          null,
          TABLE_ZH[key],
          null,
          `未找到“${TABLE_ZH[key]}”表格的数据，该部分数字记为空值。`
        )
      );
    }
    for (const u of t.unknownRows) {
      out.push(
        parserFinding(
          id,
          'unknown_label',
          'warning',
          null,
          null,
          u.text.slice(0, 80),
          `“${TABLE_ZH[key]}”表格中有无法识别的行“${u.text.slice(0, 40)}”（第${u.line + 1}行），未计入。`
        )
      );
    }
  }
  const expectedRows = section3Spec(format).rows;
  const missing = expectedRows.filter((r) => !t3.found.has(r.id));
  if (t3.cells.size > 0 && missing.length > 0) {
    out.push(
      parserFinding(
        id,
        'missing_table',
        'warning',
        missing[0].columns[0],
        `${expectedRows.length}`,
        `${expectedRows.length - missing.length}`,
        `“${TABLE_ZH.s3}”表格缺少${missing.length}行（如“${rowZh(missing[0].id)}”），这些数字记为空值。`
      )
    );
  }
  return out;
}

function rowZh(id: string): string {
  return APPLICATION_ROWS.find((r) => r.id === id)?.zh ?? id;
}
