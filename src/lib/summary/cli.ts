/**
 * `node --import tsx src/lib/summary/cli.ts <data dir>`: prints the summary of the exports under
 * <data dir> as JSON on stdout. The Vite plugin runs it in a child process, so the engine never
 * loads into Vite's own process (nor into the bundled Vite config).
 */
import { dataFileHashes } from '../db/vite-data-plugin';
import { computeSummary } from './compute';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx src/lib/summary/cli.ts <data dir>');
  process.exit(2);
}
const summary = await computeSummary(dir, dataFileHashes(dir));
process.stdout.write(JSON.stringify(summary));
