// Builds the `edu-progress` command line (src/cli/) into dist/cli/edu-progress.js: one ES
// module for Node, its dependencies (d3-dsv) left to the package's own.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outfile = fileURLToPath(new URL('../dist/cli/edu-progress.js', import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL('../src/cli/edu-progress.ts', import.meta.url))],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: true,
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
