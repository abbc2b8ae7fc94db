/** `npm run ingest -- --out <dir> [--manifest <csv>] <files or folders...>`; logic in src/lib/ingest-node/. */
import { main } from '../src/lib/ingest-node/cli';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
