import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readInput, inputKindOf, MAX_INPUT_BYTES } from '../../../src/lib/input/index';
import { bytesOf, CORPUS, readRejection, SEED_NAME, VARIANTS } from './helpers';

describe('readInput', () => {
  it('picks the reader from the extension', () => {
    expect(['a.TXT', 'b.md', 'c.htm', 'd.html', 'e.pdf', 'f.docx', 'g.doc', 'h'].map(inputKindOf)).toEqual([
      'txt',
      'md',
      'html',
      'html',
      'pdf',
      'docx',
      null,
      null
    ]);
  });

  it('rejects an unsupported kind, naming the file, Chinese first', async () => {
    const r = await readInput(new Uint8Array([1, 2, 3]), '报告.xls');
    expect(r).toEqual({
      rejected: true,
      reason: 'unsupported_kind',
      message:
        '文件「报告.xls」：不支持的文件类型（支持 .txt .md .html .htm .pdf .docx） / 报告.xls: unsupported file kind (supported: .txt .md .html .htm .pdf .docx)'
    });
  });

  it('rejects files over 50 MB before reading them', async () => {
    const r = await readInput(new Uint8Array(MAX_INPUT_BYTES + 1), 'big.pdf');
    expect(r).toMatchObject({ rejected: true, reason: 'too_large' });
  });

  it('rejects empty and whitespace-only files as empty', async () => {
    expect((await readRejection(resolve(VARIANTS, 'empty.txt'))).reason).toBe('empty');
    expect((await readRejection(resolve(VARIANTS, 'whitespace.md'))).reason).toBe('empty');
    const markupOnly = await readInput(
      new TextEncoder().encode('<html><body><script>x()</script></body></html>'),
      'a.html'
    );
    expect(markupOnly).toMatchObject({ rejected: true, reason: 'empty' });
  });

  it('rejects binary junk as unreadable', async () => {
    const r = await readRejection(resolve(VARIANTS, 'junk.txt'));
    expect(r.reason).toBe('unreadable');
    expect(r.message).toMatch(/^文件「junk\.txt」：不是文本文件/);
  });

  it('returns a page that is not a report as text (the parser rejects it)', async () => {
    const r = await readInput(new TextEncoder().encode('<p>今日天气晴</p>'), 'weather.html');
    expect(r).toMatchObject({ text: '今日天气晴', meta: { kind: 'html' } });
  });

  it('never throws on garbage of any kind', async () => {
    const junk = bytesOf(resolve(VARIANTS, 'junk.txt'));
    for (const name of ['a.txt', 'a.md', 'a.html', 'a.pdf', 'a.docx']) {
      const r = await readInput(junk, name);
      expect(r, name).toMatchObject({ rejected: true });
    }
  });

  it('is deterministic: the same bytes give the same result', async () => {
    for (const path of [
      resolve(CORPUS, 'reports', '上海市人民政府办公厅_2019.html'),
      resolve(VARIANTS, `${SEED_NAME}.docx`),
      resolve(VARIANTS, `${SEED_NAME}.pdf`)
    ]) {
      const bytes = bytesOf(path);
      expect(await readInput(bytes, path)).toEqual(await readInput(bytes, path));
    }
  });
});
