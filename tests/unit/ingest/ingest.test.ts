import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEPS, runIngest } from '../../../src/lib/ingest-node/run';
import { EXPORT_COLUMNS, EXPORT_TABLE_NAMES } from '../../../src/lib/export/index';
import { loadExpected } from '../export/bundle-fixture';
import { parquetSchema } from '../export/duckdb-read';
import { CORPUS, DATA_REPORTS, corpusFiles, readCsv, runCli, tempDir } from './helpers';

const dirs: string[] = [];
function scratch(label: string): string {
  const d = tempDir(label);
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('ingest of the corpus folder', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    out = join(scratch('corpus'), 'out');
    run = await runCli(['--out', out, CORPUS]);
  });

  it('parses every real report and exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const reports = readCsv(out, 'reports');
    expect(reports.map((r) => r.source).sort()).toEqual(corpusFiles());
    expect(readCsv(out, 'rejections')).toEqual([]);
    expect(run.stdout).toContain('已解析 parsed: 9');
    expect(run.stdout).toContain('已拒收 rejected: 0');
  });

  it('gives each report the year and format keyed by hand, and its file hash', () => {
    for (const r of readCsv(out, 'reports')) {
      const expected = loadExpected(r.source.replace(/\.[a-z]+$/, ''));
      expect([r.year, r.format], r.source).toEqual([String(expected.meta.year), String(expected.meta.format)]);
      expect(r.origin).toBe('real');
      expect(r.source_sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('sorts every export and counts each report’s findings', () => {
    const reports = readCsv(out, 'reports');
    const ids = reports.map((r) => r.report_id);
    expect(ids).toEqual([...ids].sort());
    const checks = readCsv(out, 'checks');
    for (const r of reports) {
      const mine = checks.filter((c) => c.report_id === r.report_id);
      expect(Number(r.check_errors), r.report_id).toBe(mine.filter((c) => c.severity === 'error').length);
      expect(Number(r.check_warnings), r.report_id).toBe(mine.filter((c) => c.severity === 'warning').length);
    }
    const keys = checks.map((c) => [c.report_id, c.rule, c.column].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
  });

  it('writes Parquet with exactly the contract types', async () => {
    for (const table of EXPORT_TABLE_NAMES) {
      expect(await parquetSchema(join(out, `${table}.parquet`)), table).toEqual(
        EXPORT_COLUMNS[table].map((c) => `${c.name} ${c.type}`)
      );
    }
  });

  it('gives byte-identical files when run again', async () => {
    const again = join(scratch('corpus-again'), 'out');
    expect((await runCli(['--out', again, CORPUS])).code).toBe(0);
    for (const file of readdirSync(out)) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    }
  });
});

describe('ingest with the data/reports manifest', () => {
  it('takes identities from the manifest and skips the manifest file itself', async () => {
    const out = join(scratch('manifest'), 'out');
    const run = await runCli(['--out', out, '--manifest', join(DATA_REPORTS, 'manifest.csv'), DATA_REPORTS]);
    expect(run.code).toBe(0);
    const reports = readCsv(out, 'reports');
    expect(reports).toHaveLength(corpusFiles().length);
    const huaian = reports.find((r) => r.source === '淮安市人民政府_2024.pdf');
    expect(huaian).toMatchObject({
      agency: '淮安市人民政府',
      province: '江苏省',
      city: '淮安市',
      scope: 'jurisdiction'
    });
    const pingtan = reports.filter((r) => r.source.startsWith('平潭综合实验区_'));
    expect(pingtan).toHaveLength(5);
    for (const r of pingtan)
      expect(r).toMatchObject({ agency_id: '350128-管理委员会', province: '福建省', scope: 'jurisdiction' });
    const kewei = reports.find((r) => r.source === '上海市科学技术委员会_2024.md');
    // The title prints 上海市科委; the manifest gives the full name.
    expect(kewei).toMatchObject({ agency: '上海市科学技术委员会', province: '上海市', level: 'province' });
    for (const r of pingtan) expect(r.source_url).toMatch(/^https:\/\/www\.pingtan\.gov\.cn\/zwgk\//);
  });
});

describe('ingest of bad inputs', () => {
  let folder: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    folder = scratch('bad');
    out = join(scratch('bad-out'), 'out');
    const mengjin = '孟津区人力资源和社会保障局_2023.txt';
    copyFileSync(join(CORPUS, mengjin), join(folder, mengjin));
    mkdirSync(join(folder, 'copies'));
    // The same bytes under another name, and the same report with one extra line (other bytes).
    copyFileSync(join(CORPUS, mengjin), join(folder, 'copies', 'same-bytes.txt'));
    writeFileSync(
      join(folder, 'copies', 'same-report.txt'),
      `${readFileSync(join(CORPUS, mengjin), 'utf8')}\n（转载）\n`
    );
    copyFileSync(join(CORPUS, '平潭综合实验区_2021.txt'), join(folder, 'report.xlsx'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'junk.pdf'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    writeFileSync(join(folder, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 197 + 3) % 256)));
    writeFileSync(join(folder, 'notes.md'), '# 会议纪要\n\n今天讨论了绿化工作。\n');
    // A sparse file just over 50 MB: rejected from its size alone.
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 50 * 1024 * 1024 + 1);
    writeFileSync(join(folder, '.hidden.txt'), 'not an input');
    run = await runCli(['--out', out, folder]);
  });

  it('exits 1, writes the rest, and lists every input once in reports or rejections', () => {
    expect(run.code).toBe(1);
    const reports = readCsv(out, 'reports');
    const rejections = readCsv(out, 'rejections');
    expect(reports.map((r) => r.source)).toEqual(['copies/same-bytes.txt']);
    expect(rejections.map((r) => r.source)).toEqual([
      'copies/same-report.txt',
      'empty.txt',
      'huge.txt',
      'junk.pdf',
      'junk.txt',
      'notes.md',
      'report.xlsx',
      '孟津区人力资源和社会保障局_2023.txt'
    ]);
  });

  it('names the kept file for duplicates: same bytes, and the same report_id', () => {
    const byRow = Object.fromEntries(readCsv(out, 'rejections').map((r) => [r.source, r]));
    // Same bytes: the first by path is kept ('copies/…' sorts before '孟…').
    expect(byRow['孟津区人力资源和社会保障局_2023.txt']).toMatchObject({
      reason: 'duplicate',
      kept_source: 'copies/same-bytes.txt'
    });
    expect(byRow['孟津区人力资源和社会保障局_2023.txt'].message).toContain('内容完全相同');
    // Same report_id, other bytes, equal error counts: the first by path.
    expect(byRow['copies/same-report.txt']).toMatchObject({
      reason: 'duplicate',
      kept_source: 'copies/same-bytes.txt'
    });
    expect(byRow['copies/same-report.txt'].message).toContain(readCsv(out, 'reports')[0].report_id);
  });

  it('rejects a wrong kind, an empty file, binary junk, a non-report and a huge file with clear reasons', () => {
    const byRow = Object.fromEntries(readCsv(out, 'rejections').map((r) => [r.source, r]));
    expect(byRow['report.xlsx'].reason).toBe('unsupported_kind');
    expect(byRow['empty.txt'].reason).toBe('empty');
    expect(byRow['huge.txt'].reason).toBe('too_large');
    expect(byRow['huge.txt'].message).toContain('50 MB');
    expect(byRow['junk.pdf'].reason).toBe('unreadable');
    expect(['unreadable', 'not_a_report']).toContain(byRow['junk.txt'].reason);
    expect(byRow['notes.md'].reason).toBe('not_a_report');
    for (const r of Object.values(byRow)) {
      expect(r.message, r.source).toMatch(/[\u4e00-\u9fff]/); // Chinese first …
      expect(r.message, r.source).toMatch(/[A-Za-z]{4,}/); // … then English
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(run.stdout).toContain('已拒收 rejected: 8');
    expect(run.stdout).toContain('report.xlsx [unsupported_kind]');
  });
});

describe('an output folder inside the input folder', () => {
  it('is not read as input on the next run', async () => {
    const folder = scratch('inside');
    copyFileSync(join(CORPUS, '平潭综合实验区_2022.txt'), join(folder, 'a.txt'));
    const first = await runCli(['--out', join(folder, 'out'), folder]);
    const second = await runCli(['--out', join(folder, 'out'), folder]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(readCsv(join(folder, 'out'), 'reports').map((r) => r.source)).toEqual(['a.txt']);
  });
});

describe('a crash inside a reader or the parser', () => {
  it('becomes an unreadable rejection naming the file and the error; the others still parse', async () => {
    const folder = scratch('crash');
    for (const f of ['平潭综合实验区_2021.txt', '平潭综合实验区_2022.txt', '上海市科学技术委员会_2024.md']) {
      copyFileSync(join(CORPUS, f), join(folder, f));
    }
    const result = await runIngest({
      out: join(folder, 'out'),
      paths: [folder],
      deps: {
        readInput: async (bytes, name) => {
          if (name.endsWith('.md')) throw new RangeError('reader blew up');
          return DEFAULT_DEPS.readInput(bytes, name);
        },
        parseReport: (doc, options) => {
          if (options.source.includes('2022')) throw new TypeError('parser blew up');
          return DEFAULT_DEPS.parseReport(doc, options);
        }
      }
    });
    expect(result.bundle.reports.map((r) => r.source)).toEqual(['平潭综合实验区_2021.txt']);
    expect(result.bundle.rejections.map((r) => [r.source, r.reason])).toEqual([
      ['上海市科学技术委员会_2024.md', 'unreadable'],
      ['平潭综合实验区_2022.txt', 'unreadable']
    ]);
    expect(result.bundle.rejections[0].message).toContain('reader blew up');
    expect(result.bundle.rejections[0].message).toContain('上海市科学技术委员会_2024.md');
    expect(result.bundle.rejections[1].message).toContain('parser blew up');
    expect(result.bundle.rejections[1].message).toContain('解析');
  });
});

describe('usage', () => {
  it('exits 2 with the usage text on bad usage', async () => {
    const out = join(scratch('usage'), 'out');
    const cases: string[][] = [
      [],
      [CORPUS],
      ['--out', out],
      ['--out'],
      ['--out', out, '--frobnicate', CORPUS],
      ['--out', out, join(CORPUS, 'no-such-file.txt')],
      ['--out', out, '--manifest', join(CORPUS, 'no-such-manifest.csv'), CORPUS]
    ];
    for (const argv of cases) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toContain('用法 / usage');
    }
    expect(readdirSync(join(out, '..'))).toEqual([]); // nothing written
  });

  it('prints the usage on --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--manifest');
  });

  it('draws a progress bar on a terminal only', async () => {
    const folder = scratch('tty');
    copyFileSync(join(CORPUS, '平潭综合实验区_2023.txt'), join(folder, 'a.txt'));
    const tty = await runCli(['--out', join(folder, 'o1'), join(folder, 'a.txt')], { tty: true });
    expect(tty.stderr).toContain('1/1');
    expect(tty.stderr).toContain('[########################]');
    const pipe = await runCli(['--out', join(folder, 'o2'), join(folder, 'a.txt')]);
    expect(pipe.stderr).toBe('');
  });
});
