// Every body in data/exports gets a prerendered page. This runs only at build time (Node), so it
// may read the export CSVs from disk; the page itself loads the body's reports in the browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const prerender = true;

const EXPORTS = 'data/exports';

function agencyIds(): string[] {
  if (!existsSync(EXPORTS)) return [];
  const ids = new Set<string>();
  for (const entry of readdirSync(EXPORTS, { withFileTypes: true })) {
    const file = join(EXPORTS, entry.name, 'reports.csv');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    for (const row of parsed.data) if (row.agency_id) ids.add(row.agency_id);
  }
  return [...ids].sort();
}

export function entries(): { id: string }[] {
  return agencyIds().map((id) => ({ id }));
}
