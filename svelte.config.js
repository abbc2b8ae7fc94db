import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// NIANBAO_BUILD_DIR / NIANBAO_KIT_DIR let several builds run side by side (e.g. parallel work on
// one checkout); CI and the README use the defaults.
const buildDir = process.env.NIANBAO_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', precompress: false, strict: true }),
    outDir: process.env.NIANBAO_KIT_DIR ?? '.svelte-kit',
    paths: { relative: true }
  }
};

export default config;
