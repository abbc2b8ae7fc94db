import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, REPO, readCsv, tempDir } from './helpers';

const dir = tempDir('spawn');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real command, as `npm run ingest` runs it. */
function ingest(args: string[]) {
  return spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000
  });
}

describe('scripts/ingest.ts exit codes', () => {
  it('exits 0 when every input parsed, 1 when any was rejected, 2 on bad usage', () => {
    const good = ingest(['--out', join(dir, 'good'), join(CORPUS, '孟津区人力资源和社会保障局_2023.txt')]);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(readCsv(join(dir, 'good'), 'reports')).toHaveLength(1);

    const folder = join(dir, 'mixed');
    const bad = tempDir('spawn-mixed');
    copyFileSync(join(CORPUS, '平潭综合实验区_2025.txt'), join(bad, 'a.txt'));
    writeFileSync(join(bad, 'b.txt'), '');
    const mixed = ingest(['--out', folder, bad]);
    expect(mixed.status).toBe(1);
    expect(mixed.stdout).toContain('b.txt [empty]');
    expect(readCsv(folder, 'reports').map((r) => r.source)).toEqual(['a.txt']);
    rmSync(bad, { recursive: true, force: true });

    const usage = ingest([CORPUS]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--out');
  });
});
