// The README's element reference, generated from dist/lib/custom-elements.json
// (itself generated from the elements' JSDoc), so the docs never drift.
// `npm run docs` rewrites the section between the markers; test/docs checks it is in step.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- element-reference:start (npm run docs) -->';
export const END = '<!-- element-reference:end -->';

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** Markdown for every custom element in a Custom Elements Manifest. */
export function referenceMarkdown(manifest) {
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
  return tags
    .map((d) => {
      const attributes = new Set((d.attributes ?? []).map((a) => a.fieldName));
      const properties = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !attributes.has(m.name) && !m.static);
      return [
        `#### \`<${d.tagName}>\``,
        (d.summary ?? d.description ?? '').replace(/\s*\n\s*/g, ' '),
        table(['attribute', 'property', 'type', 'default', 'description'], (d.attributes ?? []).map((a) => [`\`${a.name}\``, `\`${a.fieldName}\``, a.type?.text ?? '', a.default ?? '', a.description ?? ''])),
        table(['property only', 'type', 'description'], properties.map((p) => [`\`${p.name}\`${p.readonly ? ' (read-only)' : ''}`, p.type?.text ?? '', p.description ?? ''])),
        table(['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? ''])),
        table(['CSS part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])),
        table(['CSS property', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? ''])),
        table(['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? ''])),
      ]
        .filter((part) => part !== '')
        .join('\n\n');
    })
    .join('\n\n');
}

export function readmeWithReference(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${referenceMarkdown(manifest)}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}dist/lib/custom-elements.json`, 'utf8'));
  const readme = readFileSync(`${root}README.md`, 'utf8');
  writeFileSync(`${root}README.md`, readmeWithReference(readme, manifest));
  console.log('README.md: element reference written from dist/lib/custom-elements.json');
}
