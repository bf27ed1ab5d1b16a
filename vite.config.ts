/// <reference types="vitest/config" />
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The bundled datasets are fetched at run time, so dist/ carries them as they are. */
function copyDatasets(): Plugin {
  return {
    name: 'edu-progress:copy-datasets',
    apply: 'build',
    closeBundle() {
      cpSync(`${root}data`, `${root}dist/data`, { recursive: true });
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder of any static host.
  base: './',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173 },
  worker: { format: 'es' },
  build: {
    rollupOptions: {
      input: { index: `${root}index.html`, embed: `${root}embed.html` },
    },
  },
  plugins: [copyDatasets()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
