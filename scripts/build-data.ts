/** `npm run data`: rebuild data/exports/{real,demo}/ and data/exports/manifest.json (src/lib/ingest-node/build-data.ts). */
import { fileURLToPath } from 'node:url';
import { buildData } from '../src/lib/ingest-node/build-data';
import { summarise } from '../src/lib/ingest-node/cli';
import { builtAtFromEnv } from '../src/lib/ingest-node/data-manifest';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = await buildData({ root, builtAt: builtAtFromEnv(process.env) });
process.stdout.write(summarise(result.real, 'data/exports/real'));
process.stdout.write(`演示数据 demo: ${result.demo.reports.length} 份报告 reports → data/exports/demo\n`);
process.stdout.write(`清单 manifest: data/exports/manifest.json (${result.manifest.files.length} files)\n`);
// Every real report is expected to parse: a rejection is worth a failing exit, after writing everything.
process.exitCode = result.real.bundle.rejections.length > 0 ? 1 : 0;
