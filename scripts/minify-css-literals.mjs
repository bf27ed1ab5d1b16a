// The elements' styles are CSS in tagged template literals (Lit's css`…`, and
// unsafeCSS(`…`) in tokens.ts), which a JavaScript minifier leaves as they are:
// their comments and indentation went to every page. scripts/build-lib.mjs
// minifies them in the bundles it builds: comments dropped, whitespace collapsed,
// and none left beside { } ; or , (never inside a quoted string). The text
// around each ${…} stays as it is, so an interpolation keeps the spaces beside it.

/** Where a CSS template literal opens: css` or unsafeCSS(`. */
const OPENING = /\b(?:css|unsafeCSS\()`/g;

/** The CSS text of a template literal's static part, minified. */
export function minifyCss(text) {
  // Quoted strings ('label label', '') are kept whole; only what lies between them is changed.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1').replace(/;}/g, '}')))
    .join('');
}

/**
 * The module's code with the static parts of its CSS template literals
 * minified, or undefined when it has none. Throws on a literal it cannot read
 * to its end (a backtick inside an interpolation), rather than guess.
 */
export function minifyCssLiterals(code, id = 'module') {
  let changed = false;
  let out = '';
  let from = 0;
  for (const match of code.matchAll(OPENING)) {
    const start = match.index + match[0].length;
    if (start < from) continue;
    out += code.slice(from, start);
    let at = start;
    let part = '';
    // The literal's own start and end: no interpolation beside them.
    let first = true;
    for (;;) {
      const c = code[at];
      if (c === undefined) throw new Error(`minify-css-literals: ${id}: a CSS template literal never closes`);
      if (c === '\\') {
        part += code.slice(at, at + 2);
        at += 2;
      } else if (c === '`') {
        const minified = minifyCss(part).trimEnd();
        out += first ? minified.trimStart() : minified;
        break;
      } else if (c === '$' && code[at + 1] === '{') {
        const minified = minifyCss(part);
        out += first ? minified.trimStart() : minified;
        first = false;
        part = '';
        let depth = 0;
        const open = at;
        at++;
        do {
          const d = code[at];
          if (d === undefined || d === '`') throw new Error(`minify-css-literals: ${id}: an interpolation in a CSS template literal holds a template literal`);
          if (d === '{') depth++;
          if (d === '}') depth--;
          at++;
        } while (depth > 0);
        out += code.slice(open, at);
      } else {
        part += c;
        at++;
      }
    }
    from = at;
    changed = true;
  }
  return changed ? out + code.slice(from) : undefined;
}

/** For the library's Vite builds: the elements' own modules (src/). */
export function minifyCssLiteralsPlugin(srcDir) {
  return {
    name: 'edu-progress:minify-css-literals',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !/\.ts$/.test(id)) return undefined;
      const minified = minifyCssLiterals(code, id);
      return minified === undefined ? undefined : { code: minified, map: null };
    },
  };
}
