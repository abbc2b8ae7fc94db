/** Reading the corpus fixtures (tests/fixtures/corpus) the way the input readers hand them to the parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentText } from '../../../src/lib/input/types';

export const CORPUS = join(__dirname, '../../fixtures/corpus');

export interface Expected {
  meta: { agency: string; year: number; format: 2019 | 2021 };
  cells: Record<string, number | null>;
  not_scored: string[];
  source_inconsistencies: string[];
}

export function reportText(file: string): string {
  return readFileSync(join(CORPUS, 'reports', file), 'utf8');
}

export function expected(file: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS, 'expected', file.replace(/\.\w+$/, '.json')), 'utf8')) as Expected;
}

/** Markdown as the .md reader gives it: pipe-table rows become tab-separated cells, separator rows go. */
export function markdownDocument(md: string): DocumentText {
  const lines: string[] = [];
  for (const line of md.split('\n')) {
    const t = line.trim();
    if (/^\|[\s|:-]+\|$/.test(t)) continue;
    if (t.startsWith('|') && t.endsWith('|')) {
      lines.push(
        t
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim())
          .join('\t')
      );
    } else lines.push(line);
  }
  return { text: lines.join('\n'), meta: { kind: 'md' } };
}

export function textDocument(text: string): DocumentText {
  return { text, meta: { kind: 'txt' } };
}

export const OPTIONS = { source: 'fixture', sha256: '0'.repeat(64) };
