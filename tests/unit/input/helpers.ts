import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readInput } from '../../../src/lib/input/index';
import { isRejection, type DocumentText, type InputRejection } from '../../../src/lib/input/types';

export const CORPUS = resolve(__dirname, '../../fixtures/corpus');
export const VARIANTS = resolve(__dirname, '../../fixtures/variants');
export const SEED_NAME = '孟津区人力资源和社会保障局_2023';

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** Reads a fixture through readInput and fails the test if it was rejected. */
export async function readDoc(path: string): Promise<DocumentText> {
  const result = await readInput(bytesOf(path), basename(path));
  if (isRejection(result)) throw new Error(`unexpected rejection: ${result.message}`);
  return result;
}

/** Reads a fixture through readInput and fails the test unless it was rejected. */
export async function readRejection(path: string): Promise<InputRejection> {
  const result = await readInput(bytesOf(path), basename(path));
  if (!isRejection(result)) throw new Error(`expected a rejection for ${path}`);
  return result;
}

export function lines(doc: DocumentText): string[] {
  return doc.text.split('\n');
}

/** The cells of the first line whose cells include `label` exactly (after trimming). */
export function rowWith(doc: DocumentText, label: string): { index: number; cells: string[] } {
  const all = lines(doc);
  const index = all.findIndex((l) => l.split('\t').some((c) => c.trim() === label));
  if (index < 0) throw new Error(`no line with a cell ${label}`);
  return { index, cells: all[index].split('\t') };
}

/** Only the numeric cells of a row, as numbers. */
export function numbersIn(cells: readonly string[]): number[] {
  return cells.filter((c) => /^\d+(\.\d+)?$/.test(c.trim())).map(Number);
}

export interface Expected {
  meta: { agency: string; year: number; format: number };
  cells: Record<string, number | null>;
  not_scored: string[];
}

export function expectedOf(stem: string): Expected {
  return JSON.parse(readFileSync(resolve(CORPUS, 'expected', `${stem}.json`), 'utf8')) as Expected;
}

export const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;
