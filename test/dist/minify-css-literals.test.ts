import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';

describe('minify-css-literals', () => {
  it('drops comments and whitespace beside { } ; and ,, never inside a quoted string', () => {
    const css = `
      /* The views: */
      :host([variant='bullet']) .base > .controls,
      .view {
        grid-template-areas: 'label  label' "figure chart";
        font: 1em / 1.2 a, b;
        width: calc(100% - 2px);
      }
    `;
    expect(minifyCss(css)).toBe(
      ` :host([variant='bullet']) .base > .controls,.view{grid-template-areas: 'label  label' "figure chart";font: 1em / 1.2 a,b;width: calc(100% - 2px)}`,
    );
  });

  it('leaves the text beside an interpolation as it is, and code outside CSS literals alone', () => {
    const code = 'const a = css`\n  .x {\n    ${hidden}\n  }\n`;\nconst b = unsafeCSS(`:host { ${d(x)} }`);\nconst c = html`<p>  a  </p>`;';
    expect(minifyCssLiterals(code)).toBe('const a = css`.x{${hidden}}`;\nconst b = unsafeCSS(`:host{${d(x)}}`);\nconst c = html`<p>  a  </p>`;');
    expect(minifyCssLiterals('const c = html`<p>a</p>`;')).toBe(undefined);
  });

  it('minifies every style sheet of the elements, taking only comments and whitespace out', () => {
    const literals = (code: string) => [...code.matchAll(/(?:css|unsafeCSS\()`([^`]*)`/g)].map((m) => m[1]!);
    const bare = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');
    for (const file of ['src/elements/shared/chart-styles.ts', 'src/elements/edu-gauge/edu-gauge.styles.ts', 'src/elements/shared/tokens.ts']) {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const minified = minifyCssLiterals(code, file)!;
      expect(minified.length, file).toBeLessThan(code.length);
      expect(literals(minified).map(bare), file).toEqual(literals(code).map(bare));
      expect(literals(minified).join(''), file).not.toMatch(/\/\*|\n/);
    }
  });

  it('refuses a literal it cannot read to its end', () => {
    expect(() => minifyCssLiterals('css`a { ${`nested`} }`')).toThrow(/holds a template literal/);
    expect(() => minifyCssLiterals('css`a {')).toThrow(/never closes/);
  });
});
