/**
 * `npm run data`: the real reports in data/reports → data/exports/real/, the demo dataset →
 * data/exports/demo/, and data/exports/manifest.json describing both.
 */
import { join } from 'node:path';
import { generateDemo } from '../demo/index';
import type { ExportBundle } from '../export/types';
import { writeExports } from '../export/write';
import { buildDataManifest, writeDataManifest, type DataManifest } from './data-manifest';
import { runIngest, type IngestResult } from './run';

/** The seed of the published demo dataset (any fixed number; changing it changes every demo row). */
export const DEMO_SEED = 2024;

export interface BuildDataOptions {
  /** The repository root (data/reports and data/exports are below it). */
  root: string;
  builtAt?: string;
  onProgress?: (index: number, total: number, source: string) => void;
}

export interface BuildDataResult {
  real: IngestResult;
  demo: ExportBundle;
  manifest: DataManifest;
}

export async function buildData(options: BuildDataOptions): Promise<BuildDataResult> {
  const reportsDir = join(options.root, 'data', 'reports');
  const exportsDir = join(options.root, 'data', 'exports');
  const real = await runIngest({
    out: join(exportsDir, 'real'),
    manifestPath: join(reportsDir, 'manifest.csv'),
    paths: [reportsDir],
    onProgress: options.onProgress
  });
  // Generated numbers have no source document, so the demo set ships without provenance rows
  // (they would all read `generated` and make up 18 MB of the site).
  const demo = withoutReports(
    generateDemo(DEMO_SEED, { provenance: false }),
    new Set(real.bundle.reports.map((r) => r.report_id))
  );
  await writeExports(join(exportsDir, 'demo'), demo);
  const manifest = await buildDataManifest(
    exportsDir,
    [
      { name: 'real', bundle: real.bundle },
      { name: 'demo', bundle: demo }
    ],
    options.builtAt
  );
  await writeDataManifest(exportsDir, manifest);
  return { real, demo, manifest };
}

/**
 * The demo set models real bodies (洛阳's districts), so it can generate a report a real input also
 * gives (孟津区人社局 2023). One report_id must mean one report: the real one wins and the generated
 * twin, with its findings and texts, is left out of the demo export.
 */
export function withoutReports(bundle: ExportBundle, reportIds: ReadonlySet<string>): ExportBundle {
  const keep = <T extends { report_id: string }>(rows: T[]): T[] => rows.filter((r) => !reportIds.has(r.report_id));
  return {
    reports: keep(bundle.reports),
    checks: keep(bundle.checks),
    sections: keep(bundle.sections),
    provenance: keep(bundle.provenance),
    rejections: bundle.rejections
  };
}
