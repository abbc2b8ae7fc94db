/**
 * The committed data: data/reports holds the corpus, and data/exports/real is exactly what the
 * ingest command makes of it (run `npm run data` after changing the parser or the manifest).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_TABLE_NAMES } from '../../../src/lib/export/index';
import type { DataManifest } from '../../../src/lib/ingest-node/data-manifest';
import { CORPUS, DATA_REPORTS, REPO, corpusFiles, readCsv, runCli, tempDir } from './helpers';

const EXPORTS = join(REPO, 'data', 'exports');
const dir = tempDir('data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data/', () => {
  it('data/reports holds a byte copy of every corpus report, plus the manifest', () => {
    expect(readdirSync(DATA_REPORTS).sort()).toEqual([...corpusFiles(), 'manifest.csv'].sort());
    for (const f of corpusFiles()) {
      expect(readFileSync(join(DATA_REPORTS, f)).equals(readFileSync(join(CORPUS, f))), f).toBe(true);
    }
  });

  it('no report is both real and demo: a generated twin of a real report is left out', () => {
    const ids = (origin: string) =>
      new Set(readCsv(join(REPO, 'data', 'exports', origin), 'reports').map((r) => r.report_id));
    const real = ids('real');
    const demo = ids('demo');
    expect(real.size).toBeGreaterThan(0);
    expect(demo.size).toBeGreaterThan(1000);
    expect([...real].filter((id) => demo.has(id))).toEqual([]);
  });

  it('data/exports/manifest.json matches the files: hash, size and rows', () => {
    const manifest = JSON.parse(readFileSync(join(EXPORTS, 'manifest.json'), 'utf8')) as DataManifest;
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      ['real', 'demo'].flatMap((d) => EXPORT_TABLE_NAMES.flatMap((t) => [`${d}/${t}.csv`, `${d}/${t}.parquet`])).sort()
    );
    for (const f of manifest.files) {
      const bytes = readFileSync(join(EXPORTS, f.path));
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.bytes);
      if (f.format === 'csv') expect(readCsv(join(EXPORTS, f.dataset), f.table), f.path).toHaveLength(f.rows);
    }
    expect(manifest.datasets.real.reports).toBe(corpusFiles().length);
    expect(manifest.datasets.real.rejections).toBe(0);
  });

  it('data/exports/real is what the ingest command makes of data/reports today', async () => {
    const out = join(dir, 'real');
    const run = await runCli(['--out', out, '--manifest', join(DATA_REPORTS, 'manifest.csv'), DATA_REPORTS]);
    expect(run.code).toBe(0);
    for (const file of readdirSync(out)) {
      const committed = join(EXPORTS, 'real', file);
      expect(existsSync(committed), file).toBe(true);
      expect(readFileSync(committed).equals(readFileSync(join(out, file))), `${file} is stale: run npm run data`).toBe(
        true
      );
    }
  });
});
