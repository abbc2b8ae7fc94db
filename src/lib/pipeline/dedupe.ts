/**
 * Two inputs that are one report: the same bytes (sha256), or the same report_id. One is kept (the
 * one with fewer `error` findings, then the first by path); the other becomes a `duplicate`
 * rejection naming the kept file. Nothing is dropped silently.
 */
import type { Rejection } from '../schema/types';
import { compareText } from './compare';
import type { ParsedInput } from './types';

export interface DedupeResult {
  kept: ParsedInput[];
  duplicates: Rejection[];
}

function errorCount(input: ParsedInput): number {
  return input.outcome.findings.filter((f) => f.severity === 'error').length;
}

function duplicate(dropped: ParsedInput, kept: ParsedInput, why: 'sha256' | 'report_id'): Rejection {
  const zh = why === 'sha256' ? '与该文件内容完全相同' : `与该文件是同一份报告（${kept.outcome.report.report_id}）`;
  const en = why === 'sha256' ? 'has the same bytes as' : `is the same report (${kept.outcome.report.report_id}) as`;
  return {
    source: dropped.source,
    sha256: dropped.sha256,
    reason: 'duplicate',
    message: `文件「${dropped.source}」${zh}：「${kept.source}」，已保留后者 / ${dropped.source} ${en} ${kept.source}, which was kept`,
    kept_source: kept.source
  };
}

/** Keep one input per key; `better(a, b)` says whether `a` should replace the kept `b`. */
function keepOnePer(
  inputs: readonly ParsedInput[],
  key: (i: ParsedInput) => string,
  better: (a: ParsedInput, b: ParsedInput) => boolean,
  why: 'sha256' | 'report_id',
  duplicates: Rejection[]
): ParsedInput[] {
  const keptByKey = new Map<string, ParsedInput>();
  const losers: { dropped: ParsedInput; key: string }[] = [];
  for (const input of inputs) {
    const k = key(input);
    const current = keptByKey.get(k);
    if (current === undefined) keptByKey.set(k, input);
    else if (better(input, current)) {
      losers.push({ dropped: current, key: k });
      keptByKey.set(k, input);
    } else losers.push({ dropped: input, key: k });
  }
  for (const { dropped, key: k } of losers) {
    const kept = keptByKey.get(k);
    if (kept) duplicates.push(duplicate(dropped, kept, why));
  }
  return inputs.filter((i) => keptByKey.get(key(i)) === i);
}

export function dedupe(inputs: readonly ParsedInput[]): DedupeResult {
  const duplicates: Rejection[] = [];
  const sorted = [...inputs].sort((a, b) => compareText(a.source, b.source));
  // Same bytes: the first by path, whatever the findings (the parser gives the same answer for both).
  const uniqueBytes = keepOnePer(
    sorted,
    (i) => i.sha256,
    () => false,
    'sha256',
    duplicates
  );
  const kept = keepOnePer(
    uniqueBytes,
    (i) => i.outcome.report.report_id,
    (a, b) => errorCount(a) < errorCount(b),
    'report_id',
    duplicates
  );
  return { kept, duplicates };
}
