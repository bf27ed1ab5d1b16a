import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { readmeWithReference } from '../../scripts/element-reference.mjs';

const manifestPath = new URL('../../dist/lib/custom-elements.json', import.meta.url);

describe('README element reference', () => {
  it('is in step with the Custom Elements Manifest (run `npm run docs` after changing an element\'s JSDoc)', () => {
    // npm test builds dist/ first; run `npm run build` before running vitest alone.
    expect(existsSync(manifestPath), 'dist/lib/custom-elements.json is missing: run npm run build').toBe(true);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(readme).toBe(readmeWithReference(readme, manifest));
  });
});
