/**
 * Inputs → the export bundle (pure; runs in the browser too): drop duplicates, run the checks
 * across reports, count each report's findings, and sort every export.
 */
import { checkAcrossReports } from '../checks/index';
import type { ExportBundle } from '../export/types';
import type { Finding, Rejection, ReportRecord } from '../schema/types';
import { dedupe } from './dedupe';
import { sortBundle } from './sort';
import type { ParsedInput, PipelineInput } from './types';
import { unwritableReason } from './writable';

function countFindings(findings: readonly Finding[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    const c = counts.get(f.report_id) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors += 1;
    else c.warnings += 1;
    counts.set(f.report_id, c);
  }
  return counts;
}

export function buildBundle(inputs: readonly PipelineInput[]): ExportBundle {
  const rejections: Rejection[] = [];
  const parsed: ParsedInput[] = [];
  for (const input of inputs) {
    const { source, sha256 } = input;
    if (input.rejection) {
      rejections.push({ source, sha256, ...input.rejection, kept_source: null });
    } else if (input.outcome.kind === 'rejected') {
      rejections.push({
        source,
        sha256,
        reason: input.outcome.reason,
        message: input.outcome.message,
        kept_source: null
      });
    } else {
      const problem = unwritableReason(input.outcome.report);
      if (problem === null) parsed.push({ source, sha256, outcome: input.outcome });
      else {
        const message = `文件「${source}」的解析结果无法写出：${problem} / ${source}: the parsed report cannot be exported: ${problem}`;
        rejections.push({ source, sha256, reason: 'unreadable', message, kept_source: null });
      }
    }
  }

  const { kept, duplicates } = dedupe(parsed);
  rejections.push(...duplicates);

  // The file facts belong to the pipeline, whatever the parser copied into the record.
  const baseReports: ReportRecord[] = kept.map((k) => ({
    ...k.outcome.report,
    source: k.source,
    source_sha256: k.sha256
  }));
  const sections = kept.flatMap((k) => k.outcome.sections);
  const checks = [...kept.flatMap((k) => k.outcome.findings), ...checkAcrossReports(baseReports, sections)];
  const counts = countFindings(checks);
  const reports = baseReports.map((r) => ({
    ...r,
    check_errors: counts.get(r.report_id)?.errors ?? 0,
    check_warnings: counts.get(r.report_id)?.warnings ?? 0
  }));

  const bundle = sortBundle({
    reports,
    checks,
    sections,
    provenance: kept.flatMap((k) => k.outcome.provenance),
    rejections
  });
  assertNothingLost(inputs, bundle);
  return bundle;
}

/** Every input is exactly one row of `reports` or `rejections`. */
function assertNothingLost(inputs: readonly PipelineInput[], bundle: ExportBundle): void {
  const rows = bundle.reports.length + bundle.rejections.length;
  const sources = [...bundle.reports.map((r) => r.source), ...bundle.rejections.map((r) => r.source)].sort();
  const expected = inputs.map((i) => i.source).sort();
  if (rows !== inputs.length || sources.some((s, i) => s !== expected[i])) {
    throw new Error(`pipeline lost inputs: ${inputs.length} inputs but ${rows} rows of reports and rejections`);
  }
}
