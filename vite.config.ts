import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { nianbaoData } from './src/lib/db/vite-data-plugin.js';
import { nianbaoSummary } from './src/lib/summary/vite-plugin.js';

export default defineConfig({
  plugins: [sveltekit(), nianbaoData({ dir: 'data/exports' }), nianbaoSummary({ dir: 'data/exports' })],
  server: { fs: { allow: ['data'] } },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
});
