/**
 * Test records built from the real corpus: tests/fixtures/corpus/expected/*.json hold hand-keyed export
 * cells; the identity columns (not in those files) are set here from what each body is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedReport } from '../../../src/lib/checks/accuracy';
import { NUMBER_COLUMN_NAMES } from '../../../src/lib/schema/columns';
import type { BodyKind, Level, ReportRecord } from '../../../src/lib/schema/types';

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** What the bodies of the corpus are (FORMAT.md, EXPORT.md level rules). */
const BODIES: Record<string, { agency_id: string; body_kind: BodyKind; level: Level }> = {
  上海市人民政府办公厅: { agency_id: '310000-人民政府办公厅', body_kind: 'office', level: 'province' },
  上海市科学技术委员会: { agency_id: '310000-科学技术委员会', body_kind: 'department', level: 'province' },
  孟津区人力资源和社会保障局: { agency_id: '410308-人力资源和社会保障局', body_kind: 'department', level: 'county' },
  平潭综合实验区: { agency_id: '350128-平潭综合实验区管理委员会', body_kind: 'government', level: 'city' },
  淮安市人民政府: { agency_id: '320800-人民政府', body_kind: 'government', level: 'city' }
};

/** Stems (file names without extension) of the corpus reports that have expected values. */
export function corpusStems(): string[] {
  return readdirSync(join(CORPUS_DIR, 'expected'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

export function loadExpected(stem: string): ExpectedReport {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected', `${stem}.json`), 'utf8')) as ExpectedReport;
}

/** A full report record whose numbers are the expected cells (absent columns NULL). */
export function recordFromExpected(stem: string): ReportRecord {
  const expected = loadExpected(stem);
  const name = stem.replace(/_\d{4}$/, '');
  const body = BODIES[name];
  if (!body) throw new Error(`no identity for corpus body ${name}`);
  const scope = name === '平潭综合实验区' ? 'jurisdiction' : 'agency';
  const year = expected.meta.year;
  const numbers: Record<string, number | null> = {};
  for (const column of NUMBER_COLUMN_NAMES) numbers[column] = expected.cells[column] ?? null;
  return {
    report_id: `${year}-${body.agency_id}-${scope}`,
    agency_id: body.agency_id,
    year,
    agency: name,
    body_kind: body.body_kind,
    province: null,
    city: null,
    county: null,
    division_code: null,
    division_code_current: null,
    level: body.level,
    scope,
    format: expected.meta.format,
    origin: 'real',
    published_date: null,
    source: stem,
    source_url: null,
    source_sha256: '',
    check_errors: 0,
    check_warnings: 0,
    numbers
  };
}

/** A copy of a record with some cells changed. */
export function withCells(report: ReportRecord, cells: Record<string, number | null>): ReportRecord {
  return { ...report, numbers: { ...report.numbers, ...cells } };
}

function reportFile(stem: string): string {
  const file = readdirSync(join(CORPUS_DIR, 'reports')).find((f) => basename(f, extname(f)) === stem);
  if (!file) throw new Error(`no report file for ${stem}`);
  return join(CORPUS_DIR, 'reports', file);
}

/**
 * The report's text as prose for the prose/table check, read independently of the project's readers
 * (which other helpers are writing): text files as they are, HTML without its tags, PDF through pdf.js.
 * Table cells stay in, as they would in a careless reader; the check must not trip over them.
 */
export async function proseOf(stem: string): Promise<string> {
  const path = reportFile(stem);
  const ext = extname(path).toLowerCase();
  if (ext === '.html') {
    return readFileSync(path, 'utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&[a-z]+;/g, '');
  }
  if (ext === '.pdf') {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
    }
    await doc.destroy();
    return text;
  }
  return readFileSync(path, 'utf8');
}

/**
 * Rule and row (or applicant column) named by a finding, in the form of `source_inconsistencies`
 * entries. A finding's column is the first export column the rule concerns (EXPORT.md): for
 * applicant_sum the row's 自然人 cell, for outcome_sum the column's （一）予以公开 cell.
 */
export function inconsistencyKey(rule: string, column: string | null): string {
  const c = column ?? '';
  if (rule === 'applicant_sum') return `${rule}: ${c.replace(/^app_/, '').replace(/_natural$/, '')}`;
  if (rule === 'outcome_sum') return `${rule}: ${c.replace(/^app_granted_/, '')}`;
  if (rule === 'balance') return `${rule}: ${c.replace(/^app_new_/, '')}`;
  return `${rule}: ${c}`;
}

/** `outcome_sum: total: sum outcomes=0 …` → `outcome_sum: total`. */
export function sourceInconsistencyKey(entry: string): string {
  const [rule, row] = entry.split(':').map((s) => s.trim());
  return `${rule}: ${row}`;
}
