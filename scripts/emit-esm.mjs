// Emits the package's unbundled ES modules (src/ -> dist/esm: one module per
// source module, with its declarations and a source map holding its source),
// with the settings of scripts/tsconfig.esm.json, for apps whose bundler takes
// lit, @lit/context, echarts and d3-dsv from their own dependencies; and the
// same declarations into dist/lib/types, beside the bundles.
//
// Declaration emit keeps JSDoc but drops `// @ts-expect-error` lines, and the
// elements need one where their `dataset` (a Dataset) shadows HTMLElement's:
// without it a consumer compiling with skipLibCheck: false gets TS2416 from our
// .d.ts files. So each class member that carries such a directive in src/ gets
// `// @ts-ignore` right above it in its declaration (ts-ignore, not
// ts-expect-error: with skipLibCheck: true it must not count as unused).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIRECTIVE = /^\/\/\s*@ts-expect-error\b(.*)$/;

function memberKey(className, member) {
  const kind = ts.isGetAccessorDeclaration(member) ? 'get' : ts.isSetAccessorDeclaration(member) ? 'set' : 'member';
  return `${className}#${member.name?.getText() ?? ''}#${kind}`;
}

/** Class members of a source file whose leading comments hold `// @ts-expect-error`, with the reason given. */
function directivesOf(sourceFile) {
  const found = new Map();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        for (const range of ts.getLeadingCommentRanges(sourceFile.text, member.pos) ?? []) {
          const match = DIRECTIVE.exec(sourceFile.text.slice(range.pos, range.end));
          if (match) found.set(memberKey(node.name.text, member), match[1].trim());
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Puts `// @ts-ignore` above each member of the declaration text that had the directive in its source. */
function restoreDirectives(fileName, text, directives) {
  const declarations = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const inserts = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        const reason = directives.get(memberKey(node.name.text, member));
        if (reason === undefined) continue;
        const start = member.getStart(declarations);
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const indent = text.slice(lineStart, start);
        inserts.push({ at: start, text: `// @ts-ignore ${reason}\n${indent}` });
        directives.delete(memberKey(node.name.text, member));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(declarations);
  let result = text;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, insert.at) + insert.text + result.slice(insert.at);
  return result;
}

/**
 * The parse worker's URL, as the page's side names it: its source file in src/ (where Vite and the
 * test runner serve TypeScript), the emitted module in dist/esm, which an app's bundler finds by its
 * `new Worker(new URL(…, import.meta.url))` and builds as a worker.
 */
const WORKER_URL = /new URL\((['"])\.\/parse-worker\.ts\1, import\.meta\.url\)/g;

/** Every module specifier a module's code names: imports, re-exports, import() and the worker's URL. */
function specifiers(code) {
  const found = [];
  for (const m of code.matchAll(/(?:^|[\s;}])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/gm)) {
    found.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  }
  return found;
}

/** Every file below a folder. */
function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Emits dist/esm and copies its declarations to dist/lib/types; throws with the compiler's messages
 * if there are any, and where a module names a file that is not there or a package that is not one
 * of package.json's dependencies.
 */
export function emitEsm() {
  const configPath = `${root}scripts/tsconfig.esm.json`;
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const outDir = parsed.options.outDir;
  rmSync(outDir, { recursive: true, force: true });
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const missing = [];
  let workerUrls = 0;
  const writeFile = (fileName, text, writeByteOrderMark, onError, sourceFiles) => {
    let output = text;
    const source = sourceFiles?.length === 1 ? sourceFiles[0] : undefined;
    if (source && fileName.endsWith('.d.ts')) {
      const directives = directivesOf(source);
      if (directives.size > 0) {
        output = restoreDirectives(fileName, text, directives);
        for (const key of directives.keys()) missing.push(`${relative(root, source.fileName)}: ${key}`);
      }
    } else if (fileName.endsWith('.js')) {
      output = text.replace(WORKER_URL, (_call, quote) => {
        workerUrls++;
        return `new URL(${quote}./parse-worker.js${quote}, import.meta.url)`;
      });
    }
    ts.sys.writeFile(fileName, output, writeByteOrderMark);
  };
  const emitted = program.emit(undefined, writeFile);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
  if (missing.length > 0) throw new Error(`@ts-expect-error members not found in their declarations:\n${missing.join('\n')}`);
  if (workerUrls !== 1) throw new Error(`expected one new URL('./parse-worker.ts', import.meta.url) in the emitted modules, found ${workerUrls}`);

  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const faults = [];
  const files = filesBelow(outDir);
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        if (!existsSync(join(dirname(file), specifier))) faults.push(`${relative(root, file)} names ${specifier}, which is not there`);
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!(name in dependencies)) faults.push(`${relative(root, file)} imports ${specifier}, not from package.json's dependencies`);
      }
    }
  }
  if (faults.length > 0) throw new Error(faults.join('\n'));

  const types = join(root, 'dist/lib/types');
  rmSync(types, { recursive: true, force: true });
  for (const file of files.filter((f) => f.endsWith('.d.ts'))) cpSync(file, join(types, relative(outDir, file)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) emitEsm();
