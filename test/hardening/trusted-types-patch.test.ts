import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchTrustedTypesSinks } from '../../scripts/trusted-types-patch.mjs';

const require = createRequire(import.meta.url);
/** An installed module's path, as a bundler names it. */
const installed = (path: string) => require.resolve(path);

describe('trusted-types-patch', () => {
  it("rewrites the installed painters' innerHTML clears to replaceChildren()", () => {
    for (const path of ['zrender/lib/canvas/Painter.js', 'zrender/lib/svg/Painter.js']) {
      const id = installed(path);
      const patched = patchTrustedTypesSinks(readFileSync(id, 'utf8'), id)!;
      expect(patched, path).not.toMatch(/innerHTML/);
      expect(patched.match(/\.replaceChildren\(\);/g), path).toHaveLength(2);
    }
  });

  it('leaves other modules and code outside ECharts alone', () => {
    const id = installed('zrender/lib/zrender.js');
    expect(patchTrustedTypesSinks(readFileSync(id, 'utf8'), id)).toBeUndefined();
    expect(patchTrustedTypesSinks("el.innerHTML = '';", '/app/src/view.js')).toBeUndefined();
  });

  it('fails when a painter no longer holds the clears it expects', () => {
    expect(() => patchTrustedTypesSinks("this.root.innerHTML = '';", '/x/node_modules/zrender/lib/canvas/Painter.js')).toThrow(
      /expected 2 innerHTML clears in zrender\/lib\/canvas\/Painter\.js, found 1/,
    );
  });

  it('fails on a sink it does not know, in any ECharts or zrender module', () => {
    expect(() => patchTrustedTypesSinks('dom.innerHTML = html;', '/x/node_modules/echarts/lib/component/new.js')).toThrow(/has 1 HTML or script sinks, not 0/);
    expect(() => patchTrustedTypesSinks("root.insertAdjacentHTML('beforeend', s);", '/x/node_modules/zrender/lib/new.js')).toThrow(/sinks/);
  });
});
