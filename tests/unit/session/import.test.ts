/**
 * The import page's pipeline without the browser: dropped files (Node 20's File) → readers →
 * parser → bundle → per-file summaries and the CSV handed to the dashboard, against the corpus's
 * hand-keyed values.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/lib/pipeline/index';
import { REPORT_COLUMN_NAMES } from '../../../src/lib/schema/columns';
import { downloadCsv, sessionFiles } from '../../../src/lib/session/csv';
import { ingestAll, uniqueSources, type DroppedFile, type FileStage } from '../../../src/lib/session/ingest';
import { sha256Hex } from '../../../src/lib/session/sha256';
import {
  importCounts,
  keyColumnsOf,
  summarizeImport,
  type FileSummary,
  type ParsedFile
} from '../../../src/lib/session/summary';
import type { ExportBundle } from '../../../src/lib/export/types';

const CORPUS = resolve(__dirname, '../../fixtures/corpus');
const PDF = '淮安市人民政府_2024';
const HTML = '上海市人民政府办公厅_2019';
const JUNK = 'notes.xlsx';

interface Expected {
  meta: { agency: string; year: number; format: 2019 | 2021 };
  cells: Record<string, number | null>;
  not_scored: string[];
}

function expectedOf(stem: string): Expected {
  return JSON.parse(readFileSync(resolve(CORPUS, 'expected', `${stem}.json`), 'utf8')) as Expected;
}

function fixture(name: string): File {
  return new File([readFileSync(resolve(CORPUS, 'reports', name))], name);
}

function parsed(files: readonly FileSummary[], source: string): ParsedFile {
  const file = files.find((f) => f.source === source);
  if (file?.status !== 'parsed') throw new Error(`${source} did not parse: ${JSON.stringify(file)}`);
  return file;
}

let bundle: ExportBundle;
let summaries: FileSummary[];
const stages: [number, FileStage][] = [];

beforeAll(async () => {
  const files = [fixture(`${PDF}.pdf`), fixture(`${HTML}.html`), new File(['a,b\n1,2\n'], JUNK)];
  const { sources, inputs } = await ingestAll(files, (i, stage) => stages.push([i, stage]));
  bundle = buildBundle(inputs);
  summaries = summarizeImport(sources, bundle);
}, 60_000);

describe('dropped files → summaries', () => {
  it.each([
    [PDF, `${PDF}.pdf`],
    [HTML, `${HTML}.html`]
  ])('%s: year, format and the key figures equal the hand-keyed values', (stem, source) => {
    const expected = expectedOf(stem);
    const file = parsed(summaries, source);
    expect(file.year).toBe(expected.meta.year);
    expect(file.format).toBe(expected.meta.format);
    expect(file.keyCells.map((c) => c.column)).toEqual(keyColumnsOf(expected.meta.format));
    for (const { column, value } of file.keyCells) {
      if (expected.not_scored.includes(column)) continue;
      expect(value, column).toBe(expected.cells[column]);
    }
  });

  it('names the body as the report prints it', () => {
    // Only the HTML: the corpus README scores year, format and cells, and the PDF's name (on its own
    // line above the title) is not read by the parser without a manifest; see the import report.
    expect(parsed(summaries, `${HTML}.html`).agency).toBe(expectedOf(HTML).meta.agency);
  });

  it('counts and lists the findings of each report, errors first', () => {
    // The 上海 report breaks outcome_sum and applicant_sum itself (source_inconsistencies).
    const file = parsed(summaries, `${HTML}.html`);
    expect(file.errors).toBeGreaterThan(0);
    expect(file.findings.length).toBe(file.errors + file.warnings);
    expect(file.findings.slice(0, file.errors).every((f) => f.severity === 'error')).toBe(true);
    expect(file.findings.map((f) => f.rule)).toContain('outcome_sum');
    expect(file.findings.map((f) => f.rule)).toContain('applicant_sum');
    const pdf = parsed(summaries, `${PDF}.pdf`);
    expect(pdf.errors).toBe(0);
  });

  it('rejects the junk file with its clear message and keeps going', () => {
    const junk = summaries.find((f) => f.source === JUNK);
    expect(junk?.status).toBe('rejected');
    if (junk?.status !== 'rejected') return;
    expect(junk.reason).toBe('unsupported_kind');
    expect(junk.message).toContain('不支持的文件类型');
    expect(junk.message).toContain(JUNK);
    expect(importCounts(summaries)).toEqual({ parsed: 2, rejected: 1 });
  });

  it('reports each stage of each file in order, ending in done or failed', () => {
    const of = (i: number): FileStage[] => stages.filter(([j]) => j === i).map(([, s]) => s);
    expect(of(0)).toEqual(['reading', 'parsing', 'done']);
    expect(of(1)).toEqual(['reading', 'parsing', 'done']);
    expect(of(2)).toEqual(['reading', 'failed']);
  });

  it('hashes the bytes like the ingest command (SHA-256 hex)', async () => {
    const bytes = readFileSync(resolve(CORPUS, 'reports', `${HTML}.html`));
    const hex = createHash('sha256').update(bytes).digest('hex');
    expect(await sha256Hex(new Uint8Array(bytes))).toBe(hex);
    expect(bundle.reports.find((r) => r.source === `${HTML}.html`)?.source_sha256).toBe(hex);
  });
});

describe('one bad file never stops the others', () => {
  it('a file that cannot be read becomes an unreadable rejection', async () => {
    const broken: DroppedFile = {
      name: 'broken.txt',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
    };
    const { sources, inputs } = await ingestAll([broken, fixture('孟津区人力资源和社会保障局_2023.txt')]);
    const files = summarizeImport(sources, buildBundle(inputs));
    expect(files[0]).toMatchObject({ status: 'rejected', reason: 'unreadable' });
    expect(files[0].status === 'rejected' && files[0].message).toContain('读取时出错');
    expect(files[1].status).toBe('parsed');
  });

  it('a file over 50 MB is rejected without being read', async () => {
    let read = false;
    const huge: DroppedFile = {
      name: 'huge.pdf',
      size: 60 * 1024 * 1024,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      }
    };
    const { inputs } = await ingestAll([huge]);
    expect(inputs[0].rejection?.reason).toBe('too_large');
    expect(read).toBe(false);
  });

  it('the same file dropped twice: one report, the other a duplicate naming the kept one', async () => {
    const name = '孟津区人力资源和社会保障局_2023.txt';
    const { sources, inputs } = await ingestAll([fixture(name), fixture(name)]);
    expect(sources).toEqual([name, '孟津区人力资源和社会保障局_2023（2）.txt']);
    const files = summarizeImport(sources, buildBundle(inputs));
    expect(files[0].status).toBe('parsed');
    expect(files[1]).toMatchObject({ status: 'rejected', reason: 'duplicate', keptSource: name });
  });

  it('uniqueSources numbers repeated names only', () => {
    expect(uniqueSources(['a.pdf', 'b.pdf', 'a.pdf', 'a.pdf', 'README'])).toEqual([
      'a.pdf',
      'b.pdf',
      'a（2）.pdf',
      'a（3）.pdf',
      'README'
    ]);
    expect(uniqueSources(['x', 'x'])).toEqual(['x', 'x（2）']);
  });
});

describe('CSV for the dashboard and for download', () => {
  function parseCsv(bytes: Uint8Array | string): Record<string, string>[] {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
    return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  }

  it('hands every non-empty table to the dashboard in the contract shape, text exact', () => {
    const files = sessionFiles(bundle);
    expect(files.map((f) => f.table)).toEqual(['reports', 'checks', 'sections', 'provenance', 'rejections']);
    const reports = files.find((f) => f.table === 'reports');
    if (!reports) throw new Error('no reports file');
    const text = new TextDecoder().decode(reports.bytes);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text.split('\n')[0].split(',')).toEqual(REPORT_COLUMN_NAMES);
    const rows = parseCsv(reports.bytes);
    const huaian = rows.find((r) => r.source === `${PDF}.pdf`);
    expect(huaian?.permits).toBe(String(expectedOf(PDF).cells.permits));
    expect(huaian?.origin).toBe('real');
    expect(huaian?.source).toBe(`${PDF}.pdf`);
  });

  it('the download is the formula-safe CSV with a BOM', () => {
    const text = downloadCsv(bundle, 'checks');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text).length).toBe(bundle.checks.length);
  });
});
