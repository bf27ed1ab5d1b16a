/// <reference types="vitest/config" />
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { trustedTypesPatch } from './scripts/trusted-types-patch.mjs';

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

/**
 * In development the demo's embed code points at ./lib/edu-progress.js, as it
 * will in dist/: serve the library that `npm start` builds first from dist/lib.
 */
function serveBuiltLibrary(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain' };
  return {
    name: 'edu-progress:serve-built-library',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/lib/', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0]!).replace(/^\/+/, '');
        const file = `${root}dist/lib/${name}`;
        if (name.includes('..') || !existsSync(file)) return next();
        const extension = name.slice(name.lastIndexOf('.'));
        response.setHeader('content-type', `${types[extension] ?? 'application/octet-stream'}; charset=utf-8`);
        response.setHeader('access-control-allow-origin', '*');
        response.end(readFileSync(file));
      });
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
    // The library's syntax (scripts/build-lib.mjs): embed.html shows its elements to the same readers.
    target: 'es2021',
    // Never inline an asset as a data: URL: the pages must work under a Content-Security-Policy
    // whose img-src and font-src are 'self' (see README, "Content Security Policy").
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: `${root}index.html`, embed: `${root}embed.html` },
    },
  },
  // ECharts' renderer empties its container without HTML, for pages that enforce Trusted Types.
  plugins: [copyDatasets(), serveBuiltLibrary(), trustedTypesPatch()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
