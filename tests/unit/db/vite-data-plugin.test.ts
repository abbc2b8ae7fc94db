import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtAtFromManifest, dataModuleSource, listDataFiles } from '../../../src/lib/db/vite-data-plugin';

const root = mkdtempSync(join(tmpdir(), 'nianbao-data-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the data plugin', () => {
  mkdirSync(join(root, 'real'));
  mkdirSync(join(root, 'demo'));
  writeFileSync(join(root, 'real', 'reports.parquet'), 'PAR1 real');
  writeFileSync(join(root, 'demo', 'reports.parquet'), 'PAR1 demo');
  writeFileSync(join(root, '.hidden'), 'x');
  writeFileSync(join(root, 'manifest.json'), JSON.stringify({ builtAt: '2025-11-27T07:00:00Z', files: [] }));

  it('lists every data file, sorted, without hidden ones', () => {
    expect(listDataFiles(root)).toEqual(['demo/reports.parquet', 'manifest.json', 'real/reports.parquet']);
    expect(listDataFiles(join(root, 'nothing-here'))).toEqual([]);
  });

  it('versions each file by a hash of its bytes', async () => {
    const source = dataModuleSource(root);
    const files = JSON.parse(/dataFiles = (\{.*\});/.exec(source)![1]!) as Record<string, string>;
    const expected = createHash('sha256').update('PAR1 real').digest('hex').slice(0, 16);
    expect(files['real/reports.parquet']).toBe(expected);
    expect(files['demo/reports.parquet']).not.toBe(expected);
    expect(source).toContain('export const dataBuiltAt = "2025-11-27T07:00:00Z";');
  });

  it('reads no date from a broken manifest', () => {
    const other = join(root, 'broken');
    mkdirSync(other);
    writeFileSync(join(other, 'manifest.json'), '{ not json');
    expect(builtAtFromManifest(other)).toBeNull();
  });
});
