/**
 * Writes the demo dataset (origin = 'demo'): `tsx scripts/generate-demo.ts --out <dir> [--seed N] [--scale N] [--no-provenance]`.
 * `--scale N` multiplies the bodies of every 洛阳 unit with fictional ones (about 1,200 reports per unit
 * of scale) for benchmarks; `--no-provenance` skips the ~200 provenance rows per report, which a
 * 100,000-report benchmark does not need.
 */
import { generateDemo } from '../src/lib/demo/index';
import { writeExports } from '../src/lib/export/write';

const USAGE = 'usage: tsx scripts/generate-demo.ts --out <dir> [--seed N] [--scale N] [--no-provenance]';

interface Args {
  out: string;
  seed: number;
  scale: number;
  provenance: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let out: string | undefined;
  let seed = 1;
  let scale = 1;
  let provenance = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--out') out = value();
      else if (a === '--seed') seed = Number(value());
      else if (a === '--scale') scale = Number(value());
      else if (a === '--no-provenance') provenance = false;
      else return `unknown argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!out) return '--out is required';
  if (!Number.isInteger(seed)) return '--seed must be an integer';
  if (!Number.isFinite(scale) || scale < 1) return '--scale must be a number >= 1';
  return { out, seed, scale, provenance };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const bundle = generateDemo(args.seed, { scale: args.scale, provenance: args.provenance });
  const generated = performance.now();
  await writeExports(args.out, bundle);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.error(
    `demo: ${bundle.reports.length} reports, ${bundle.checks.length} findings, ${bundle.provenance.length} provenance rows ` +
      `(seed ${args.seed}, scale ${args.scale}); generated in ${seconds(generated - started)} s, ` +
      `written to ${args.out} in ${seconds(performance.now() - generated)} s`
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  }
);
